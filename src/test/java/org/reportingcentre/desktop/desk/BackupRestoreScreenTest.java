package org.reportingcentre.desktop.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.sample.SampleReports;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.AuditEntry;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.KeyRing;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Backup and restore through the screens on a real encrypted store: back up, wipe the centre, set
 * it up afresh, restore, sign in to the same reports, users and audit chain; a damaged file is
 * refused with the store untouched.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class BackupRestoreScreenTest {
  @TempDir Path temp;
  private AppFixture fixture;
  private FolderFiles files;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  /** Few key-derivation rounds: these tests are about backups, not about the keyring. */
  static AppFixture fast(Path data, int daysLater) {
    AppFixture made = new AppFixture(data);
    made.kdfIterations = 1_000;
    made.clock.advance(java.time.Duration.ofDays(daysLater));
    return made;
  }

  private Ui startApp(FxRobot robot, Path data, int daysLater) throws Exception {
    fixture = fast(data, daysLater);
    files = new FolderFiles(Files.createDirectories(temp.resolve("usb")));
    robot.interact(() -> fixture.start(stage).deskFiles(files));
    return Ui.fast(robot);
  }

  private static void signIn(Ui ui) {
    ui.fill("user", AppFixture.MANAGER).fill("password", AppFixture.PASSWORD).click("sign-in");
    assertEquals("What do you want to do?", ui.heading());
  }

  private Path backUp(Ui ui) {
    signIn(ui);
    ui.click("desk-backup");
    assertEquals("Backup and restore", ui.heading());
    ui.click("make-backup");
    Path backup = files.saved.get(files.saved.size() - 1);
    assertTrue(
        ui.text("backup-status").startsWith("The backup is written to " + backup),
        ui.text("backup-status"));
    assertTrue(Files.isRegularFile(backup));
    return backup;
  }

  @Test
  void backupWipeAndRestoreThroughTheScreensGivesBackTheSameCentre(FxRobot robot) throws Exception {
    Path data = temp.resolve("data");
    AppFixture setUp = fast(data, 0).withStore();
    List<AuditEntry> chainBefore;
    try (CentreStore store = setUp.open(AppFixture.MANAGER)) {
      CentreServices.on(store).reports().importAll(SampleReports.sample(), "test");
    }
    Ui ui = startApp(robot, data, 0);
    Path backup = backUp(ui);
    ui.click("back-home").click("lock");
    try (CentreStore store = fixture.open(AppFixture.MANAGER)) {
      chainBefore = store.audit().entries();
    }

    // The disk is lost: the centre is set up afresh, empty, with the same manager.
    deleteTree(data);
    fast(data, 1).withStore();
    ui = startApp(robot, data, 1);
    signIn(ui);
    ui.click("desk-backup");
    files.toOpen = backup;
    ui.click("choose-backup").fill("restore-password", AppFixture.PASSWORD).click("check-backup");
    assertTrue(ui.showing("confirm-restore"), ui.text("restore-status"));
    assertTrue(
        ui.text("backup-found")
            .startsWith(
                "The backup is whole: " + SampleReports.sampleSize() + " reports of centre TWL"),
        ui.text("backup-found"));
    assertTrue(
        ui.text("backup-newer").startsWith("Warning: The store in"),
        "the fresh store has entries after the backup: " + ui.text("backup-newer"));
    ui.click("restore-backup");
    assertEquals("The backup is restored", ui.heading());
    assertTrue(
        ui.text("restore-result")
            .startsWith("Restored " + SampleReports.sampleSize() + " reports"));
    ui.click("sign-in-again");
    signIn(ui);
    ui.click("lock");

    try (CentreStore store = fixture.open(AppFixture.MANAGER)) {
      assertEquals(SampleReports.sampleSize(), CentreServices.on(store).reports().count());
      assertEquals(
          List.of(AppFixture.MANAGER, AppFixture.VOLUNTEER),
          store.users().list().stream().map(KeyRing.User::name).sorted().toList());
      List<AuditEntry> chain = store.audit().entries();
      assertTrue(store.audit().verify().intact());
      assertEquals(chainBefore, chain.subList(0, chainBefore.size()), "the old chain, unchanged");
      AuditEntry backedUp = chainBefore.get(chainBefore.size() - 1);
      assertTrue(
          chainBefore.stream().anyMatch(e -> e.action() == AuditAction.BACKUP),
          "the backup records its own making");
      assertTrue(
          chain.stream().skip(chainBefore.size()).anyMatch(e -> e.action() == AuditAction.RESTORE),
          "the restore is the next link of the restored chain, after " + backedUp.seq());
    }
  }

  @Test
  void aTruncatedOrDeclinedBackupChangesNothingAndSaysWhy(FxRobot robot) throws Exception {
    Path data = temp.resolve("data");
    fast(data, 0).withStore();
    Ui ui = startApp(robot, data, 0);
    Path backup = backUp(ui);
    ui.click("check-backup");
    assertEquals("Choose the backup file to restore.", ui.text("error-choose-backup"));
    assertEquals("Enter your password.", ui.text("error-restore-password"));
    byte[] whole = Files.readAllBytes(backup);
    Path truncated =
        Files.write(temp.resolve("truncated.zip"), Arrays.copyOf(whole, whole.length / 2));
    java.util.Map<String, byte[]> before = contents(data);

    files.toOpen = truncated;
    ui.click("choose-backup").fill("restore-password", AppFixture.PASSWORD).click("check-backup");
    assertFalse(ui.showing("confirm-restore"));
    assertTrue(ui.text("restore-status").contains("cannot be restored"), ui.text("restore-status"));
    assertEquals("Backup and restore", ui.heading(), "still signed in, on the same screen");
    java.util.Map<String, byte[]> after = contents(data);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, after.get(name)), name));

    // A whole backup checked, then declined: nothing changes either.
    files.toOpen = backup;
    ui.click("choose-backup").fill("restore-password", AppFixture.PASSWORD).click("check-backup");
    assertTrue(ui.showing("confirm-restore"));
    ui.click("cancel-restore");
    assertFalse(ui.showing("confirm-restore"));
    assertEquals("Nothing was restored and nothing was changed.", ui.text("restore-status"));
    assertEquals("Backup and restore", ui.heading());
  }

  private static java.util.Map<String, byte[]> contents(Path folder) throws Exception {
    java.util.Map<String, byte[]> all = new java.util.TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().endsWith(".lock.db")) {
          all.put(folder.relativize(p).toString(), Files.readAllBytes(p));
        }
      }
    }
    return all;
  }

  private static void deleteTree(Path root) throws Exception {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
