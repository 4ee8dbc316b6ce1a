package org.reportingcentre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.spoc.JooqSpocStore;
import org.reportingcentre.spoc.Secrets;
import org.reportingcentre.spoc.ServerSettings;
import org.reportingcentre.spoc.SpocAdmin;
import org.reportingcentre.spoc.SpocCommand;
import org.reportingcentre.spoc.SpocDatabase;
import org.reportingcentre.spoc.SpocServer;
import org.reportingcentre.spoc.StoreLocation;
import org.reportingcentre.testing.SlowTest;
import picocli.CommandLine;

/**
 * The centre's enrol, sync and purge commands end to end, beside a real {@code spoc serve} process
 * (the SPOC's own program): the sample data reaches the SPOC and the SPOC's own count matches.
 */
@SlowTest
class SyncCommandTest {
  private static final Pattern CODE = Pattern.compile("enrolment code: ([A-Z0-9-]+)");
  private static final int SAMPLE_REPORTS = 69;

  @TempDir Path temp;

  @Test
  void initImportServeEnrolSyncAndTheSpocCountsEverySampleReportOnce() throws Exception {
    Path spocDir = temp.resolve("spoc");
    Cli cli = new Cli(temp.resolve("centre"));
    assertEquals(0, cli.init().code());
    Cli.Result imported = cli.asManager("import", "sample-data/reports.json");
    assertEquals(0, imported.code(), imported.toString());
    int port = freePort();
    Process server = serve(spocDir, port);
    try {
      String url = "http://127.0.0.1:" + port;
      String code = newCode(cli, "add", "--code", "TWL", "--name", "Townsley Library");

      Cli.Result notYet = cli.asManager("enrol");
      assertTrue(notYet.out().contains("not enrolled"), notYet.toString());
      cli.env.put("RC_ENROL_CODE", code);
      Cli.Result enrolled = cli.asManager("enrol", "--spoc", url);
      cli.env.remove("RC_ENROL_CODE");
      assertEquals(0, enrolled.code(), enrolled.toString());
      assertTrue(
          enrolled.out().contains("sends its reports to the SPOC at " + url), enrolled.out());
      assertTrue(cli.asManager("enrol").out().contains(url));

      Cli.Result synced = cli.asManager("sync");

      assertEquals(ExitCode.OK, synced.code(), synced.toString());
      assertTrue(synced.err().contains("Sent 69 of 69"), synced.err());
      assertTrue(synced.out().contains("Received by the SPOC: 69"), synced.out());
      assertTrue(synced.out().contains("Still waiting: 0"), synced.out());
      Cli.Result stats = spoc("stats", "--data-dir", spocDir.toString());
      assertTrue(
          stats.out().lines().anyMatch(l -> l.matches("TOTAL\\s+" + SAMPLE_REPORTS)),
          stats.toString());
      List<String> listed = Cli.lines(cli.asManager("list").out());
      assertEquals(SAMPLE_REPORTS, listed.size());
      assertTrue(
          listed.stream().allMatch(l -> l.contains("Received by the SPOC, receipt ")),
          listed.get(0));

      String reference = listed.get(3).split("\\s+")[0];
      assertEquals(
          0,
          spoc(
                  "outcome",
                  "set",
                  reference,
                  "--status",
                  "closed",
                  "--message",
                  "Thank you for reporting.",
                  "--data-dir",
                  spocDir.toString())
              .code());
      Cli.Result news = cli.asManager("sync");
      assertTrue(news.out().contains("1 report has news"), news.out());
      String listedNews = cli.asManager("list").out();
      assertTrue(listedNews.contains(reference + " "), listedNews);
      assertTrue(listedNews.contains("; news: closed"), listedNews);
      assertTrue(!listedNews.contains("Thank you for reporting."), "no message text in list");

      Cli.Result revoked = spoc("centre", "revoke", "TWL", "--data-dir", spocDir.toString());
      assertEquals(0, revoked.code(), revoked.toString());
      Cli.Result refused = cli.asManager("sync");
      assertEquals(ExitCode.WRONG_USER_OR_PASSWORD, refused.code(), refused.toString());
      assertTrue(refused.out().contains("enrol again"), refused.out());

      Cli.Result purgedNone = cli.asManager("purge");
      assertTrue(purgedNone.out().contains("from 0 reports"), purgedNone.out());
      Cli.Result stillNone = cli.asManager("purge", "--days", "1");
      assertTrue(stillNone.out().contains("from 0 reports"), stillNone.out());
      Cli.Result set = cli.asManager("purge", "--set-days", "0");
      assertEquals(0, set.code(), set.toString());
      assertTrue(set.out().contains("removed 0 days after"), set.out());
      Cli.Result purgedAll = cli.asManager("purge");
      assertEquals(0, purgedAll.code(), purgedAll.toString());
      assertTrue(purgedAll.out().contains("from 69 reports"), purgedAll.out());
    } finally {
      server.destroy();
      server.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void reportsStillWaitingWhenTheSpocCannotBeReachedExitSix() throws Exception {
    Cli cli = new Cli(temp.resolve("centre"));
    assertEquals(0, cli.init().code());
    var clock = java.time.Clock.systemUTC();
    try (SpocDatabase database =
            SpocDatabase.open(new StoreLocation.H2Folder(temp.resolve("spoc")));
        SpocServer server =
            new SpocServer(
                new JooqSpocStore(database.dsl()),
                clock,
                new Secrets(new SecureRandom()),
                ServerSettings.loopback(0))) {
      int port = server.start();
      SpocAdmin admin =
          new SpocAdmin(new JooqSpocStore(database.dsl()), new Secrets(new SecureRandom()), clock);
      cli.env.put("RC_ENROL_CODE", admin.addCentre("TWL", "Townsley").enrolmentCode());
      assertEquals(0, cli.asManager("enrol", "--spoc", "http://127.0.0.1:" + port).code());
    }
    assertEquals(0, cli.asManager("import", "sample-data/reports.json").code());

    Cli.Result offline = cli.asManager("sync");

    assertEquals(ExitCode.REPORTS_WAITING, offline.code(), offline.toString());
    assertTrue(offline.out().contains("Still waiting: 69"), offline.out());
    assertTrue(offline.out().contains("could not be reached"), offline.out());
    assertTrue(
        Cli.lines(cli.asManager("list").out()).stream()
            .allMatch(l -> l.contains("Saved on this computer")));
  }

  private static String newCode(Cli cli, String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("centre"));
    all.addAll(List.of(args));
    all.add("--data-dir");
    all.add(cli.dataDir.resolveSibling("spoc").toString());
    Cli.Result result = spoc(all.toArray(String[]::new));
    Matcher m = CODE.matcher(result.out());
    assertTrue(m.find(), result.toString());
    return m.group(1);
  }

  /** Runs the SPOC's own program, as its staff would beside the running server. */
  private static Cli.Result spoc(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new SpocCommand(Clock.systemUTC(), Map.of()));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int code = command.execute(args);
    return new Cli.Result(code, out.toString(), err.toString());
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Starts {@code spoc serve} in its own JVM and waits until it listens. */
  private static Process serve(Path spocDir, int port) throws Exception {
    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SpocCommand.class.getName(),
                "serve",
                "--port",
                String.valueOf(port),
                "--data-dir",
                spocDir.toString())
            .redirectErrorStream(true)
            .start();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.contains("SPOC listening on")) {
        Thread drain = new Thread(() -> lines.lines().forEach(l -> {}));
        drain.setDaemon(true);
        drain.start();
        return server;
      }
    }
    throw new AssertionError("spoc serve did not start");
  }
}
