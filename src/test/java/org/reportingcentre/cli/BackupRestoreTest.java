package org.reportingcentre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Reference;
import org.reportingcentre.testing.Files2;
import org.reportingcentre.testing.SlowTest;
import org.reportingcentre.testing.TestReports;

@SlowTest
class BackupRestoreTest {
  @TempDir static Path shared;
  static Path pristine;
  static Path pristineBackup;

  @TempDir Path temp;
  Path data;
  Cli cli;

  /** Once: a store with the sample reports and a volunteer, and a backup of it. */
  @BeforeAll
  static void storeAndBackupOnce() {
    pristine = shared.resolve("data");
    Cli setup = new Cli(pristine);
    assertEquals(0, setup.init().code());
    assertEquals(0, setup.asManager("import", "sample-data/reports.json").code());
    setup.env.put("RC_NEW_PASSWORD", "volunteer password");
    assertEquals(0, setup.asManager("user", "add", "ben", "--role", "volunteer").code());
    setup.env.remove("RC_NEW_PASSWORD");
    pristineBackup = shared.resolve("backup.zip");
    Cli.Result made = setup.asManager("backup", pristineBackup.toString());
    assertEquals(0, made.code(), made.toString());
    assertTrue(made.out().contains("Backed up 69 reports"), made.out());
  }

  @BeforeEach
  void setUp() {
    data = temp.resolve("data");
    cli = new Cli(data);
  }

  /** This test's own copy of the store and its backup. */
  private Path storeAndBackup() throws Exception {
    copyTree(pristine, data);
    return Files.copy(pristineBackup, temp.resolve("backup.zip"));
  }

  private Path importFile(int sequence) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ExchangeFormat()
        .writeAll(
            List.of(TestReports.report(new Reference("TWL", sequence), "Later report")), bytes);
    return Files.write(temp.resolve("later-" + sequence + ".json"), bytes.toByteArray());
  }

  private List<String> siblingsOfTheDataFolder() throws Exception {
    try (Stream<Path> all = Files.list(temp)) {
      return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".data")).toList();
    }
  }

  @Test
  void backupWipeRestoreGivesBackTheSameReportsUsersAndAuditChain() throws Exception {
    Path backup = storeAndBackup();
    String reports = cli.asManager("list").out();
    String users = cli.asManager("user", "list").out();

    try (ZipFile zip = new ZipFile(backup.toFile())) {
      assertEquals(
          List.of("centre.mv.db", "centre.seal", "keyring.json", "manifest.json"),
          zip.stream().map(ZipEntry::getName).sorted().toList());
      for (ZipEntry entry : zip.stream().toList()) {
        String content =
            new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
        assertFalse(content.contains("example.org"), entry.getName() + " holds a readable email");
        assertFalse(content.contains("07700 900"), entry.getName() + " holds a readable phone");
      }
    }

    deleteTree(data);
    Cli.Result restored = cli.asManager("restore", backup.toString());
    assertEquals(0, restored.code(), restored.toString());
    assertTrue(restored.out().contains("Restored 69 reports"), restored.out());

    assertEquals(reports, cli.asManager("list").out());
    assertEquals(users, cli.asManager("user", "list").out());
    Cli.Result verify = cli.asManager("audit", "verify");
    assertEquals(0, verify.code(), verify.toString());
    cli.env.put("RC_PASSWORD", "volunteer password");
    assertEquals(0, cli.run("list", "--user", "ben").code());
    assertEquals(List.of(), siblingsOfTheDataFolder(), "no staging folder is left behind");
  }

  @Test
  void aCorruptedOrTruncatedBackupIsRefusedAndTheStoreIsUntouched() throws Exception {
    Path backup = storeAndBackup();
    byte[] whole = Files.readAllBytes(backup);
    Map<String, String> before = Files2.hashes(data);

    byte[] flipped = whole.clone();
    flipped[flipped.length / 2] ^= 0x5A;
    Path corrupted = Files.write(temp.resolve("corrupted.zip"), flipped);
    Path truncated =
        Files.write(temp.resolve("truncated.zip"), Arrays.copyOf(whole, whole.length * 2 / 3));
    Path notABackup = Files.writeString(temp.resolve("notes.zip"), "not a backup");

    for (Path bad : List.of(corrupted, truncated, notABackup)) {
      Cli.Result refused = cli.asManager("restore", bad.toString(), "--replace-newer");
      assertEquals(ExitCode.INVALID_INPUT, refused.code(), bad + "\n" + refused);
      assertTrue(refused.err().contains("cannot be restored"), refused.err());
      assertTrue(refused.err().contains("Nothing was changed"), refused.err());
      assertEquals(before, Files2.hashes(data), bad.toString());
    }
    assertEquals(List.of(), siblingsOfTheDataFolder());
  }

  @Test
  void aStoreChangedSinceTheBackupIsNotReplacedUnlessAskedTo() throws Exception {
    Path backup = storeAndBackup();
    String atBackup = cli.asManager("list").out();

    Cli.Result unchanged = cli.asManager("restore", backup.toString());
    assertEquals(
        0, unchanged.code(), "an unchanged store is replaced without asking\n" + unchanged);

    assertEquals(0, cli.asManager("import", importFile(900).toString()).code());
    String newer = cli.asManager("list").out();
    Map<String, String> before = Files2.hashes(data);
    Cli.Result refused = cli.asManager("restore", backup.toString());
    assertEquals(ExitCode.INVALID_INPUT, refused.code(), refused.toString());
    assertTrue(refused.err().contains("after the backup was made"), refused.err());
    assertTrue(refused.err().contains("--replace-newer"), refused.err());
    assertEquals(before, Files2.hashes(data));
    assertEquals(newer, cli.asManager("list").out());

    Cli.Result replaced = cli.asManager("restore", backup.toString(), "--replace-newer");
    assertEquals(0, replaced.code(), replaced.toString());
    assertTrue(replaced.out().contains("is kept"), replaced.out());
    assertEquals(atBackup, cli.asManager("list").out());
    assertEquals(0, cli.asManager("audit", "verify").code());
  }

  @Test
  void aWrongPasswordRestoresNothing() throws Exception {
    Path backup = storeAndBackup();
    Map<String, String> before = Files2.hashes(data);
    cli.env.put("RC_PASSWORD", "not the password at all");
    Cli.Result refused = cli.run("restore", backup.toString(), "--replace-newer");
    assertEquals(ExitCode.WRONG_USER_OR_PASSWORD, refused.code(), refused.toString());
    assertEquals(before, Files2.hashes(data));
    Cli.Result volunteer = cli.run("backup", temp.resolve("b2.zip").toString(), "--user", "ben");
    assertEquals(ExitCode.WRONG_USER_OR_PASSWORD, volunteer.code());
    assertFalse(Files.exists(temp.resolve("b2.zip")));
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  private static void deleteTree(Path root) throws Exception {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
