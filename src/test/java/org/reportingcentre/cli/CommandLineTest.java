package org.reportingcentre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.testing.SlowTest;
import org.reportingcentre.testing.TestReports;

@SlowTest
class CommandLineTest {
  @TempDir Path temp;
  Path data;
  Cli cli;

  @BeforeEach
  void setUp() {
    data = temp.resolve("data");
    cli = new Cli(data);
  }

  private Path reportsFile(List<Report> reports) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ExchangeFormat().writeAll(reports, bytes);
    Path file = temp.resolve("reports-" + System.nanoTime() + ".json");
    Files.write(file, bytes.toByteArray());
    return file;
  }

  private static List<Report> reports(int count, long firstSequence) {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      reports.add(
          TestReports.report(new Reference("TWL", firstSequence + i), "Account number " + i));
    }
    return reports;
  }

  @Test
  void initPrintsTheRecoveryKeyOnceAndARecoveredManagerGetsBackIn() throws Exception {
    Cli.Result init = cli.init();
    assertEquals(0, init.code(), init.toString());
    Matcher key = Pattern.compile("([2-9A-Z]{4}(-[2-9A-Z]{4}){7})").matcher(init.out());
    assertTrue(key.find(), init.out());
    assertFalse(Files.readString(data.resolve("keyring.json")).contains(key.group(1)));

    cli.env.put("RC_RECOVERY_KEY", key.group(1));
    cli.env.put("RC_NEW_PASSWORD", "the new long password");
    Cli.Result recover = cli.run("recover", "--user", "amira");
    assertEquals(0, recover.code(), recover.toString());
    cli.env.put("RC_PASSWORD", "the new long password");
    assertEquals(0, cli.run("list").code());
  }

  @Test
  void initTwiceRefusesAndChangesNothing() throws Exception {
    cli.init();
    var before = org.reportingcentre.testing.Files2.hashes(data);
    Cli.Result again = cli.init();
    assertEquals(ExitCode.STORE_ERROR, again.code(), again.toString());
    assertTrue(again.err().contains("already a store"), again.err());
    assertEquals(before, org.reportingcentre.testing.Files2.hashes(data));
  }

  @Test
  void aPasswordIsNeverTakenAsAnArgument() {
    cli.init();
    Cli.Result r = cli.run("list", "--password", Cli.MANAGER_PASSWORD);
    assertEquals(ExitCode.USAGE, r.code(), r.toString());
  }

  @Test
  void wrongPasswordAndWrongUserExitWithThreeAndTheSameMessageAndChangeNoFile() throws Exception {
    cli.init();
    var before = org.reportingcentre.testing.Files2.hashes(data);
    cli.env.put("RC_PASSWORD", "definitely not it");
    Cli.Result wrongPassword = cli.run("list");
    cli.env.put("RC_PASSWORD", Cli.MANAGER_PASSWORD);
    Cli.Result wrongUser = cli.run("list", "--user", "nobody");
    assertEquals(ExitCode.WRONG_USER_OR_PASSWORD, wrongPassword.code(), wrongPassword.toString());
    assertEquals(ExitCode.WRONG_USER_OR_PASSWORD, wrongUser.code(), wrongUser.toString());
    assertEquals(wrongPassword.err(), wrongUser.err());
    assertTrue(wrongPassword.err().contains("user name or password is not right"));
    assertEquals(before, org.reportingcentre.testing.Files2.hashes(data));
  }

  @Test
  void thePasswordCanComeFromAFileOrFromTheInput() throws Exception {
    cli.init();
    Path file = temp.resolve("pw.txt");
    Files.writeString(file, Cli.MANAGER_PASSWORD + "\n");
    assertEquals(0, cli.run("list", "--password-file", file.toString()).code());
    cli.stdin = Cli.MANAGER_PASSWORD + "\n";
    Cli.Result prompted = cli.run("list");
    assertEquals(0, prompted.code(), prompted.toString());
    assertTrue(prompted.err().contains("Password for amira"));
  }

  @Test
  void volunteersAreAddedListedAndRemovedAndARemovedVolunteerCannotSignIn() {
    cli.init();
    cli.env.put("RC_NEW_PASSWORD", "volunteer passphrase");
    Cli.Result add = cli.asManager("user", "add", "ben", "--role", "volunteer");
    assertEquals(0, add.code(), add.toString());
    Cli.Result list = cli.asManager("user", "list");
    assertTrue(list.out().contains("ben") && list.out().contains("volunteer"), list.out());

    cli.env.put("RC_PASSWORD", "volunteer passphrase");
    assertEquals(0, cli.run("list", "--user", "ben").code());
    Cli.Result volunteerExport = cli.run("export", "--format", "json", "--user", "ben");
    assertEquals(ExitCode.WRONG_USER_OR_PASSWORD, volunteerExport.code());
    assertTrue(volunteerExport.err().contains("Only a manager can export"), volunteerExport.err());
    Cli.Result volunteerAdds = cli.run("user", "add", "cara", "--role", "manager", "--user", "ben");
    assertEquals(ExitCode.WRONG_USER_OR_PASSWORD, volunteerAdds.code());

    assertEquals(0, cli.asManager("user", "remove", "ben").code());
    cli.env.put("RC_PASSWORD", "volunteer passphrase");
    assertEquals(ExitCode.WRONG_USER_OR_PASSWORD, cli.run("list", "--user", "ben").code());
  }

  @Test
  void aVolunteerChangesTheirOwnPasswordAndTheOldOneStopsWorking() {
    cli.init();
    cli.env.put("RC_NEW_PASSWORD", "volunteer passphrase");
    cli.asManager("user", "add", "ben", "--role", "volunteer");
    cli.env.put("RC_PASSWORD", "volunteer passphrase");
    cli.env.put("RC_NEW_PASSWORD", "a fresh passphrase");
    Cli.Result change = cli.run("user", "passwd", "ben", "--user", "ben");
    assertEquals(0, change.code(), change.toString());
    assertEquals(ExitCode.WRONG_USER_OR_PASSWORD, cli.run("list", "--user", "ben").code());
    cli.env.put("RC_PASSWORD", "a fresh passphrase");
    assertEquals(0, cli.run("list", "--user", "ben").code());
  }

  @Test
  void badUserNamesRolesAndShortPasswordsAreRefusedInPlainWords() {
    cli.init();
    cli.env.put("RC_NEW_PASSWORD", "short");
    Cli.Result shortPassword = cli.asManager("user", "add", "ben", "--role", "volunteer");
    assertEquals(ExitCode.INVALID_INPUT, shortPassword.code());
    assertTrue(shortPassword.err().contains("too short"), shortPassword.err());
    Cli.Result badName = cli.asManager("user", "add", "Ben Smith", "--role", "volunteer");
    assertEquals(ExitCode.INVALID_INPUT, badName.code());
    Cli.Result badRole = cli.asManager("user", "add", "ben", "--role", "boss");
    assertEquals(ExitCode.USAGE, badRole.code());
    assertTrue(badRole.err().contains("volunteer or manager"), badRole.err());
  }

  @Test
  void importThenListShowsReferencesDatesAndStatusButNoPersonalDetails() throws Exception {
    cli.init();
    Path file = reportsFile(reports(3, 1));
    Cli.Result imported = cli.asManager("import", file.toString());
    assertEquals(0, imported.code(), imported.toString());
    assertTrue(imported.out().contains("Imported 3 reports"));
    Cli.Result list = cli.asManager("list");
    assertEquals(3, Cli.lines(list.out()).size(), list.out());
    assertTrue(list.out().contains(new Reference("TWL", 1).toString()));
    assertTrue(list.out().contains("Saved on this computer"));
    assertFalse(list.out().contains("Account number"));
    assertFalse(list.out().contains("Zainab"));
    assertEquals("", cli.asManager("list", "--status", "received").out());
  }

  @Test
  void theSampleDataImportsWhole() throws Exception {
    cli.init();
    Cli.Result imported = cli.asManager("import", "sample-data/reports.json");
    assertEquals(0, imported.code(), imported.toString());
    int expected =
        new ExchangeFormat()
            .readAll(Files.newInputStream(Path.of("sample-data/reports.json")))
            .size();
    assertTrue(expected >= 60, "the sample has at least 60 reports");
    assertEquals(expected, Cli.lines(cli.asManager("list").out()).size());
    assertEquals(0, cli.asManager("audit", "verify").code());
  }

  @Test
  void importWithOneBadReportAmongGoodOnesWritesNothingAndNamesTheBadOne() throws Exception {
    cli.init();
    Path good = reportsFile(reports(5, 1));
    String json = Files.readString(good, StandardCharsets.UTF_8);
    // Break the third report: no incident types at all.
    int third = nthIndexOf(json, "\"types\"", 3);
    int open = json.indexOf('[', third);
    int close = json.indexOf(']', open);
    Path bad = temp.resolve("bad.json");
    Files.writeString(bad, json.substring(0, open + 1) + json.substring(close));

    Cli.Result r = cli.asManager("import", bad.toString());
    assertEquals(ExitCode.INVALID_INPUT, r.code(), r.toString());
    assertTrue(r.err().contains("Nothing was imported"), r.err());
    assertTrue(r.err().contains("report 3"), r.err());
    assertTrue(r.err().contains("incident.types"), r.err());
    assertFalse(r.err().contains("report 1 "), r.err());
    assertEquals("", cli.asManager("list").out());
  }

  @Test
  void importOfMalformedJsonSaysWhereAndWritesNothing() throws Exception {
    cli.init();
    Path file = temp.resolve("broken.json");
    Files.writeString(file, "[ { \"schemaVersion\": 1, \"meta\": ");
    Cli.Result r = cli.asManager("import", file.toString());
    assertEquals(ExitCode.INVALID_INPUT, r.code());
    assertTrue(r.err().contains("not valid JSON") && r.err().contains("line"), r.err());
    Cli.Result missing = cli.asManager("import", temp.resolve("nope.json").toString());
    assertEquals(ExitCode.INVALID_INPUT, missing.code());
    assertTrue(missing.err().contains("There is no file"), missing.err());
  }

  @Test
  void importingTheSameReportsTwiceIsRefusedTheSecondTime() throws Exception {
    cli.init();
    Path file = reportsFile(reports(2, 1));
    assertEquals(0, cli.asManager("import", file.toString()).code());
    Cli.Result again = cli.asManager("import", file.toString());
    assertEquals(ExitCode.INVALID_INPUT, again.code());
    assertTrue(again.err().contains("already in the store"), again.err());
    assertEquals(2, Cli.lines(cli.asManager("list").out()).size());
  }

  @Test
  void exportAsJsonRoundTripsAndIsAudited() throws Exception {
    cli.init();
    List<Report> reports = reports(2, 1);
    cli.asManager("import", reportsFile(reports).toString());
    Path out = temp.resolve("export.json");
    Cli.Result export = cli.asManager("export", "--format", "json", "--out", out.toString());
    assertEquals(0, export.code(), export.toString());
    var items = new ExchangeFormat().readAll(Files.newInputStream(out));
    assertEquals(reports, items.stream().map(i -> i.report().orElseThrow()).toList());
    Cli.Result again = cli.asManager("export", "--format", "json", "--out", out.toString());
    assertEquals(ExitCode.INVALID_INPUT, again.code());
  }

  @Test
  void exportAsCsvHasAHeaderAndOneRowPerReportWithFormulasDefused() throws Exception {
    cli.init();
    Report formula = TestReports.report(new Reference("TWL", 1), "=HYPERLINK(\"http://x\")");
    cli.asManager("import", reportsFile(List.of(formula)).toString());
    Cli.Result csv = cli.asManager("export", "--format", "csv");
    assertEquals(0, csv.code(), csv.toString());
    List<String> lines = Cli.lines(csv.out());
    assertTrue(lines.get(0).startsWith("reference,id,"), lines.get(0));
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).contains("\"'=HYPERLINK(\"\"http://x\"\")\""), lines.get(1));
  }

  @Test
  void auditVerifyPassesOnAnUntouchedStore() {
    cli.init();
    cli.asManager("list");
    Cli.Result r = cli.asManager("audit", "verify");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("intact"));
  }

  @Test
  void aCorruptedDatabaseExitsWithFiveAndChangesNoFile() throws Exception {
    cli.init();
    Path db = data.resolve("centre.mv.db");
    byte[] bytes = Files.readAllBytes(db);
    for (int i = 100; i < bytes.length; i += 5) {
      bytes[i] ^= 0x33;
    }
    Files.write(db, bytes);
    var before = org.reportingcentre.testing.Files2.hashes(data);
    Cli.Result r = cli.asManager("list");
    assertEquals(ExitCode.STORE_ERROR, r.code(), r.toString());
    assertTrue(r.err().contains("damaged"), r.err());
    assertEquals(before, org.reportingcentre.testing.Files2.hashes(data));
  }

  @Test
  void aMissingDatabaseFileExitsWithFiveAndCreatesNothing() throws Exception {
    cli.init();
    Files.delete(data.resolve("centre.mv.db"));
    var before = org.reportingcentre.testing.Files2.hashes(data);
    Cli.Result r = cli.asManager("list");
    assertEquals(ExitCode.STORE_ERROR, r.code(), r.toString());
    assertTrue(r.err().contains("missing"), r.err());
    assertEquals(before, org.reportingcentre.testing.Files2.hashes(data));
  }

  @Test
  void noStoreYetSaysHowToMakeOne() {
    Cli.Result r = cli.asManager("list");
    assertEquals(ExitCode.STORE_ERROR, r.code());
    assertTrue(r.err().contains("Set one up first"), r.err());
  }

  @Test
  void unknownCommandsAndMissingOptionsAreUsageErrors() {
    assertEquals(ExitCode.USAGE, cli.run("frobnicate").code());
    assertEquals(ExitCode.USAGE, cli.run("init", "--centre-code", "TWL").code());
    assertEquals(ExitCode.USAGE, cli.asManager("export").code());
  }

  private static int nthIndexOf(String text, String needle, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = text.indexOf(needle, at + 1);
    }
    return at;
  }
}
