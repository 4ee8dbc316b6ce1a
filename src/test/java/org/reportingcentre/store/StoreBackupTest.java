package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.report.Reference;
import org.reportingcentre.testing.SlowTest;

class StoreBackupTest {

  @TempDir Path temp;

  @Test
  void theManifestDescribesEveryFileAndHoldsNoPersonalData() throws Exception {
    Path backup = temp.resolve("backup.zip");
    BackupManifest manifest;
    try (CentreStore store = StoreFixtures.createFast(temp.resolve("data")).store()) {
      CentreServices.on(store)
          .reports()
          .save(StoreFixtures.report(new Reference("TWL", 1), "Zainab's own words"));
      manifest = StoreBackup.create(store, backup, Clock.systemUTC());
      assertThrows(
          StoreException.BadRequest.class,
          () -> StoreBackup.create(store, backup, Clock.systemUTC()),
          "an existing file is never overwritten");
      AuditEntry last = store.audit().entries().get(store.audit().entries().size() - 1);
      assertEquals(AuditAction.BACKUP, last.action());
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
  @SlowTest
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

  @Test
  void twoRestoresInTheSameSecondBothWorkAndKeepBothReplacedStores() throws Exception {
    Path data = temp.resolve("data");
    Path backup = temp.resolve("backup.zip");
    try (CentreStore store = StoreFixtures.createFast(data).store()) {
      CentreServices.on(store).reports().save(StoreFixtures.report(new Reference("TWL", 1), "One"));
      StoreBackup.create(store, backup, Clock.systemUTC());
    }
    Clock stopped = Clock.fixed(java.time.Instant.parse("2026-11-25T21:18:26Z"), ZoneOffset.UTC);
    StoreOptions sameSecond = StoreFixtures.fastAt(stopped);

    for (int i = 0; i < 2; i++) {
      StoreBackup.restore(
          backup,
          data,
          Optional.empty(),
          StoreFixtures.MANAGER_PASSWORD.clone(),
          explanation -> true,
          sameSecond);
    }

    assertTrue(Files.isDirectory(temp.resolve("data.before-restore-20261125-211826")));
    assertTrue(Files.isDirectory(temp.resolve("data.before-restore-20261125-211826-2")));
    try (CentreStore store =
        CentreStore.open(
            data,
            StoreFixtures.MANAGER,
            StoreFixtures.MANAGER_PASSWORD.clone(),
            StoreFixtures.FAST)) {
      assertTrue(store.audit().verify().intact());
    }
  }

  @Test
  void backupAndRestoreAreTheirOwnLinksOfTheAuditChain() throws Exception {
    Path data = temp.resolve("data");
    Path backup = temp.resolve("backup.zip");
    List<AuditEntry> atBackup;
    try (CentreStore store = StoreFixtures.createFast(data).store()) {
      CentreServices.on(store).reports().save(StoreFixtures.report(new Reference("TWL", 1), "One"));
      StoreBackup.create(store, backup, Clock.systemUTC());
      atBackup = store.audit().entries();
    }
    AuditEntry made = atBackup.get(atBackup.size() - 1);
    assertEquals(AuditAction.BACKUP, made.action());
    StoreBackup.restore(
        backup,
        data,
        Optional.empty(),
        StoreFixtures.MANAGER_PASSWORD.clone(),
        explanation -> true,
        StoreFixtures.FAST);
    try (CentreStore store =
        CentreStore.open(
            data,
            StoreFixtures.MANAGER,
            StoreFixtures.MANAGER_PASSWORD.clone(),
            StoreFixtures.FAST)) {
      List<AuditEntry> chain = store.audit().entries();
      assertTrue(store.audit().verify().intact());
      assertEquals(atBackup, chain.subList(0, atBackup.size()));
      AuditEntry restored = chain.get(atBackup.size());
      assertEquals(AuditAction.RESTORE, restored.action());
      assertEquals(made.seq() + 1, restored.seq());
      assertEquals("backup", restored.subject());
    }
  }

  @Test
  void checkingABackupFromTheOpenStoreChangesNothingAndSaysWhenTheStoreIsNewer() throws Exception {
    Path data = temp.resolve("data");
    Path backup = temp.resolve("backup.zip");
    try (CentreStore store = StoreFixtures.createFast(data).store()) {
      StoreBackup.create(store, backup, Clock.systemUTC());
      StoreBackup.Checked same =
          StoreBackup.check(
              store, backup, StoreFixtures.MANAGER_PASSWORD.clone(), StoreFixtures.FAST);
      assertEquals(Optional.empty(), same.newer(), "nothing changed since the backup");
      CentreServices.on(store)
          .reports()
          .save(StoreFixtures.report(new Reference("TWL", 1), "Made after the backup"));
      long entries = store.audit().entries().size();
      StoreBackup.Checked later =
          StoreBackup.check(
              store, backup, StoreFixtures.MANAGER_PASSWORD.clone(), StoreFixtures.FAST);
      assertTrue(later.newer().orElseThrow().contains("Restoring would lose those changes"));
      assertEquals(0, later.manifest().reports());
      assertThrows(
          StoreException.WrongCredentials.class,
          () ->
              StoreBackup.check(
                  store, backup, "not the password".toCharArray(), StoreFixtures.FAST));
      byte[] whole = Files.readAllBytes(backup);
      Path truncated =
          Files.write(temp.resolve("half.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));
      StoreException.BadRequest refused =
          assertThrows(
              StoreException.BadRequest.class,
              () ->
                  StoreBackup.check(
                      store,
                      truncated,
                      StoreFixtures.MANAGER_PASSWORD.clone(),
                      StoreFixtures.FAST));
      assertTrue(refused.getMessage().contains("cannot be restored"), refused.getMessage());
      assertEquals(entries, store.audit().entries().size(), "checking writes nothing");
      assertEquals(1, CentreServices.on(store).reports().count());
    }
    try (var siblings = Files.list(temp)) {
      assertEquals(
          List.of(),
          siblings.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
          "no unpacked copy is left behind");
    }
  }
}
