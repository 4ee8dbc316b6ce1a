package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportingcentre.store.StoreFixtures.CENTRE;
import static org.reportingcentre.store.StoreFixtures.MANAGER;
import static org.reportingcentre.store.StoreFixtures.MANAGER_PASSWORD;
import static org.reportingcentre.store.StoreFixtures.create;
import static org.reportingcentre.store.StoreFixtures.hashes;
import static org.reportingcentre.store.StoreFixtures.options;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.report.Report;
import org.reportingcentre.testing.SlowTest;

@SlowTest
class CentreStoreTest {
  @TempDir Path folder;

  @Test
  void textWrittenIntoAReportAppearsInNoFileOfTheDataFolder() throws Exception {
    String marker = "MARKER-Qx7-unique-" + System.nanoTime();
    try (CentreStore store = create(folder).store()) {
      CentreServices.on(store)
          .reports()
          .save(StoreFixtures.report(CentreServices.on(store).reports().nextReference(), marker));
      assertEquals(1, CentreServices.on(store).reports().count());
    }
    byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
    assertFalse(StoreFixtures.anyFileContains(folder, needle), "marker found in clear on disk");

    // The same check on a plain H2 database does find it, so the check itself works.
    Path control = folder.resolveSibling(folder.getFileName() + "-control");
    Files.createDirectories(control);
    try (Connection c =
        DriverManager.getConnection("jdbc:h2:file:" + control.resolve("plain"), "sa", "")) {
      c.createStatement().execute("CREATE TABLE t (v VARCHAR(200))");
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?)")) {
        insert.setString(1, marker);
        insert.execute();
      }
    }
    assertTrue(StoreFixtures.anyFileContains(control, needle), "control database should show it");
  }

  @Test
  void theDataFolderIsReachableByItsOwnerOnly() throws Exception {
    create(folder.resolve("data")).store().close();
    assertEquals(
        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"),
        Files.getPosixFilePermissions(folder.resolve("data")));
  }

  @Test
  void aReportSurvivesClosingAndReopening() throws Exception {
    Report saved;
    try (CentreStore store = create(folder).store()) {
      saved =
          StoreFixtures.report(
              CentreServices.on(store).reports().nextReference(), "They spat at me");
      CentreServices.on(store).reports().save(saved);
    }
    try (CentreStore store =
        CentreStore.open(folder, MANAGER, MANAGER_PASSWORD.clone(), options())) {
      assertEquals(
          Optional.of(saved), CentreServices.on(store).reports().view(saved.meta().reference()));
      assertEquals("Townsley Library", store.centreName());
    }
  }

  @Test
  void wrongPasswordAndWrongUserGiveTheSameMessageAndChangeNoFile() throws Exception {
    create(folder).store().close();
    Map<String, String> before = hashes(folder);
    StoreException wrongPassword =
        assertThrows(
            StoreException.WrongCredentials.class,
            () -> CentreStore.open(folder, MANAGER, "not the password".toCharArray(), options()));
    StoreException wrongUser =
        assertThrows(
            StoreException.WrongCredentials.class,
            () -> CentreStore.open(folder, "nobody", MANAGER_PASSWORD.clone(), options()));
    assertEquals(wrongPassword.getMessage(), wrongUser.getMessage());
    assertTrue(
        wrongPassword.getMessage().contains("user name or password"), wrongPassword.getMessage());
    assertEquals(before, hashes(folder));
  }

  @Test
  void failedUnlocksSlowDownButNeverLockOut() throws Exception {
    create(folder).store().close();
    StoreOptions options = options();
    StoreFixtures.SLEPT.clear();
    for (int i = 0; i < 3; i++) {
      assertThrows(
          StoreException.WrongCredentials.class,
          () -> CentreStore.open(folder, MANAGER, "wrong wrong wrong".toCharArray(), options));
    }
    try (CentreStore store = CentreStore.open(folder, MANAGER, MANAGER_PASSWORD.clone(), options)) {
      assertEquals(MANAGER, store.session().user());
    }
    assertEquals(
        java.util.List.of(1L, 2L, 4L),
        StoreFixtures.SLEPT.stream().map(java.time.Duration::toSeconds).toList());
  }

  @Test
  void aTruncatedDatabaseIsReportedAsDamagedAndLeftAsItWas() throws Exception {
    create(folder).store().close();
    Path db = folder.resolve(CentreStore.DATABASE_NAME + ".mv.db");
    try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
      file.setLength(file.length() / 3);
    }
    Map<String, String> before = hashes(folder);
    StoreException e =
        assertThrows(
            StoreException.Damaged.class,
            () -> CentreStore.open(folder, MANAGER, MANAGER_PASSWORD.clone(), options()));
    assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    assertEquals(before, hashes(folder));
  }

  @Test
  void aDatabaseCutShortAnywhereIsEitherRefusedUntouchedOrOpensWithEveryReport() throws Exception {
    List<Report> saved = new java.util.ArrayList<>();
    try (CentreStore store = create(folder).store()) {
      for (int i = 0; i < 20; i++) {
        Report r =
            StoreFixtures.report(
                CentreServices.on(store).reports().nextReference(), "report number " + i);
        CentreServices.on(store).reports().save(r);
        saved.add(r);
      }
    }
    byte[] whole = Files.readAllBytes(folder.resolve(CentreStore.DATABASE_NAME + ".mv.db"));
    int refused = 0;
    for (double fraction : new double[] {0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99}) {
      // A fresh copy each time: one damaged database per folder, as in real life.
      Path copy = folder.resolveSibling(folder.getFileName() + "-cut-" + fraction);
      Files.createDirectories(copy);
      for (String name : new String[] {KeyRing.FILE_NAME, StoreSeal.FILE_NAME}) {
        Files.copy(folder.resolve(name), copy.resolve(name));
      }
      Files.write(
          copy.resolve(CentreStore.DATABASE_NAME + ".mv.db"),
          java.util.Arrays.copyOf(whole, (int) (whole.length * fraction)));
      Map<String, String> before = hashes(copy);
      try (CentreStore store =
          CentreStore.open(copy, MANAGER, MANAGER_PASSWORD.clone(), options())) {
        assertEquals(
            saved.size(),
            CentreServices.on(store).reports().count(),
            "cut at " + fraction + " lost reports");
      } catch (StoreException.Damaged e) {
        refused++;
        assertEquals(before, hashes(copy), "cut at " + fraction + " changed a file");
      }
    }
    assertTrue(refused > 0, "at least the shortest cuts must be refused");
  }

  @Test
  void anOlderCopyOfTheDatabaseIsRefusedBecauseItIsBehindTheSeal() throws Exception {
    Path db = folder.resolve(CentreStore.DATABASE_NAME + ".mv.db");
    byte[] older;
    try (CentreStore store = create(folder).store()) {
      CentreServices.on(store)
          .reports()
          .save(StoreFixtures.report(CentreServices.on(store).reports().nextReference(), "first"));
    }
    older = Files.readAllBytes(db);
    try (CentreStore store =
        CentreStore.open(folder, MANAGER, MANAGER_PASSWORD.clone(), options())) {
      CentreServices.on(store)
          .reports()
          .save(StoreFixtures.report(CentreServices.on(store).reports().nextReference(), "second"));
    }
    Files.write(db, older);
    Map<String, String> before = hashes(folder);
    StoreException e =
        assertThrows(
            StoreException.Damaged.class,
            () -> CentreStore.open(folder, MANAGER, MANAGER_PASSWORD.clone(), options()));
    assertTrue(e.getMessage().contains("older than the last change"), e.getMessage());
    assertEquals(before, hashes(folder));
  }

  @Test
  void aCorruptedDatabaseIsReportedAsDamagedAndLeftAsItWas() throws Exception {
    create(folder).store().close();
    Path db = folder.resolve(CentreStore.DATABASE_NAME + ".mv.db");
    byte[] bytes = Files.readAllBytes(db);
    for (int i = 0; i < bytes.length; i += 7) {
      bytes[i] ^= 0x5A;
    }
    Files.write(db, bytes);
    Map<String, String> before = hashes(folder);
    assertThrows(
        StoreException.Damaged.class,
        () -> CentreStore.open(folder, MANAGER, MANAGER_PASSWORD.clone(), options()));
    assertEquals(before, hashes(folder));
  }

  @Test
  void aStoreOpenInAnotherProcessIsReportedAsInUseAndLeftAsItWas() throws Exception {
    create(folder).store().close();
    Process holder = StoreFixtures.holdOpenInAnotherProcess(folder);
    try {
      Map<String, String> before = hashes(folder);
      StoreException e =
          assertThrows(
              StoreException.InUse.class,
              () -> CentreStore.open(folder, MANAGER, MANAGER_PASSWORD.clone(), options()));
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
      assertEquals(before, hashes(folder));
    } finally {
      holder.getOutputStream().close();
      holder.waitFor();
    }
  }

  @Test
  void aSecondUserUnlocksWithTheirOwnPasswordAndARemovedUserNoLongerCan() throws Exception {
    char[] volunteerPassword = "volunteer secret words".toCharArray();
    try (CentreStore store = create(folder).store()) {
      store.users().add("ben", Role.VOLUNTEER, volunteerPassword.clone());
    }
    try (CentreStore store =
        CentreStore.open(folder, "ben", volunteerPassword.clone(), options())) {
      assertEquals(Role.VOLUNTEER, store.session().role());
      assertThrows(StoreException.NotAllowed.class, () -> store.users().remove(MANAGER));
      assertThrows(
          StoreException.NotAllowed.class,
          () -> CentreServices.on(store).reports().export("json", "test"));
    }
    try (CentreStore store =
        CentreStore.open(folder, MANAGER, MANAGER_PASSWORD.clone(), options())) {
      store.users().remove("ben");
    }
    assertThrows(
        StoreException.WrongCredentials.class,
        () -> CentreStore.open(folder, "ben", volunteerPassword.clone(), options()));
  }

  @Test
  void theRecoveryKeyStillUnlocksAndCanResetTheManagersPassword() throws Exception {
    CentreStore.Created created = create(folder);
    String printed = created.recoveryKey().display();
    created.store().close();
    RecoveryKey typed = RecoveryKey.parse(printed.toLowerCase().replace("-", " "));
    try (CentreStore store = CentreStore.openWithRecovery(folder, typed, options())) {
      store.users().setPassword(MANAGER, "a brand new passphrase".toCharArray());
    }
    assertThrows(
        StoreException.WrongCredentials.class,
        () -> CentreStore.open(folder, MANAGER, MANAGER_PASSWORD.clone(), options()));
    try (CentreStore store =
        CentreStore.open(folder, MANAGER, "a brand new passphrase".toCharArray(), options())) {
      var actions = store.audit().entries().stream().map(AuditEntry::action).toList();
      assertTrue(actions.contains(AuditAction.RECOVER), actions.toString());
      assertTrue(actions.contains(AuditAction.PASSWORD_RESET), actions.toString());
    }
  }

  @Test
  void aWrongRecoveryKeyIsRefused() throws Exception {
    create(folder).store().close();
    RecoveryKey wrong = RecoveryKey.generate(new java.security.SecureRandom());
    assertThrows(
        StoreException.WrongCredentials.class,
        () -> CentreStore.openWithRecovery(folder, wrong, options()));
  }

  @Test
  void editingARoleInTheKeyringMakesThatUserUnableToSignIn() throws Exception {
    char[] volunteerPassword = "volunteer secret words".toCharArray();
    try (CentreStore store = create(folder).store()) {
      store.users().add("ben", Role.VOLUNTEER, volunteerPassword.clone());
    }
    Path keyring = folder.resolve(KeyRing.FILE_NAME);
    String json = Files.readString(keyring);
    int ben = json.indexOf("\"ben\"");
    String promoted =
        json.substring(0, ben) + json.substring(ben).replaceFirst("\"volunteer\"", "\"manager\"");
    Files.writeString(keyring, promoted);
    assertThrows(
        StoreException.WrongCredentials.class,
        () -> CentreStore.open(folder, "ben", volunteerPassword.clone(), options()));
  }

  @Test
  void settingUpTwiceInTheSameFolderChangesNothing() throws Exception {
    create(folder).store().close();
    Map<String, String> before = hashes(folder);
    assertThrows(StoreException.NotSetUp.class, () -> create(folder));
    assertEquals(before, hashes(folder));
  }

  @Test
  void openingAFolderWithNoStoreSaysSoAndCreatesNothing() throws Exception {
    Path empty = folder.resolve("empty");
    Files.createDirectories(empty);
    StoreException e =
        assertThrows(
            StoreException.NotSetUp.class,
            () -> CentreStore.open(empty, MANAGER, MANAGER_PASSWORD.clone(), options()));
    assertTrue(e.getMessage().contains("no Reporting Centre store"), e.getMessage());
    try (var files = Files.list(empty)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void aShortPasswordIsRefusedWithTheRule() {
    StoreException e =
        assertThrows(
            StoreException.BadRequest.class,
            () ->
                CentreStore.create(
                    folder, CENTRE, "Townsley Library", MANAGER, "short".toCharArray(), options()));
    assertTrue(e.getMessage().contains("at least 10 characters"), e.getMessage());
  }
}
