package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.report.Reference;

class StoreBackupTest {
  /** Few key-derivation rounds: these tests are not about the keyring. */
  static final StoreOptions FAST =
      new StoreOptions(
          Clock.systemUTC(),
          new java.security.SecureRandom(),
          UnlockThrottle.inMemory(),
          d -> {},
          1_000);

  static CentreStore.Created create(Path folder) throws StoreException {
    return CentreStore.create(
        folder,
        StoreFixtures.CENTRE,
        "Townsley Library",
        StoreFixtures.MANAGER,
        StoreFixtures.MANAGER_PASSWORD.clone(),
        FAST);
  }

  @TempDir Path temp;

  @Test
  void theManifestDescribesEveryFileAndHoldsNoPersonalData() throws Exception {
    Path backup = temp.resolve("backup.zip");
    BackupManifest manifest;
    try (CentreStore store = create(temp.resolve("data")).store()) {
      store.reports().save(StoreFixtures.report(new Reference("TWL", 1), "Zainab's own words"));
      manifest = StoreBackup.create(store, backup, Clock.systemUTC());
      assertThrows(
          StoreException.BadRequest.class,
          () -> StoreBackup.create(store, backup, Clock.systemUTC()),
          "an existing file is never overwritten");
      AuditEntry last = store.audit().entries().get(store.audit().entries().size() - 1);
      assertEquals(AuditAction.EXPORT, last.action());
      assertEquals("backup", last.subject());
      assertEquals(last.seq(), manifest.lastAuditSeq());
    }
    assertEquals(1, manifest.reports());
    assertEquals(
        List.of("keyring.json", "centre.seal", "centre.mv.db"),
        manifest.files().stream().map(BackupManifest.FileEntry::name).toList());
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      String text =
          new String(
              zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(text.contains(manifest.storeId().toString()));
      assertFalse(text.contains("Zainab"));
      byte[] database = zip.getInputStream(zip.getEntry("centre.mv.db")).readAllBytes();
      assertFalse(
          new String(database, StandardCharsets.ISO_8859_1).contains("Zainab"),
          "the database in the backup is still encrypted");
    }
  }

  @Test
  void aStoreOpenInAnotherProgramIsNotReplaced() throws Exception {
    Path data = temp.resolve("data");
    Path backup = temp.resolve("backup.zip");
    try (CentreStore store = StoreFixtures.create(data).store()) {
      StoreBackup.create(store, backup, Clock.systemUTC());
    }
    Process holder = StoreFixtures.holdOpenInAnotherProcess(data);
    try {
      Map<String, String> before = StoreFixtures.hashes(data);
      assertThrows(
          StoreException.InUse.class,
          () ->
              StoreBackup.restore(
                  backup,
                  data,
                  Optional.empty(),
                  StoreFixtures.MANAGER_PASSWORD.clone(),
                  explanation -> true,
                  StoreFixtures.options()));
      assertEquals(before, StoreFixtures.hashes(data));
    } finally {
      holder.getOutputStream().close();
      holder.waitFor();
    }
    try (var siblings = Files.list(temp)) {
      assertEquals(
          List.of(), siblings.filter(p -> p.getFileName().toString().startsWith(".")).toList());
    }
  }
}
