package org.reportingcentre.spoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.protocol.BatchResponse;
import org.reportingcentre.protocol.Health;
import org.reportingcentre.protocol.ItemResult;
import org.reportingcentre.protocol.OutcomesPage;
import org.reportingcentre.protocol.Protocol;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Report;
import org.reportingcentre.testing.SlowTest;
import picocli.CommandLine;

/** The {@code spoc} command line: what it prints, its exit codes, and working beside a server. */
@SlowTest
class SpocCommandTest {
  private static final Pattern CODE = Pattern.compile("enrolment code: ([A-Z0-9-]+)");

  @TempDir Path dataDir;
  private java.time.Clock clock =
      java.time.Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);

  /** What one run of the command gave. */
  record Run(int exitCode, String out, String err) {}

  private Run spoc(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new SpocCommand(clock, Map.of()));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of(args));
    if (!all.contains("--db") && !all.contains("--help")) {
      all.add("--data-dir");
      all.add(dataDir.toString());
    }
    int code = command.execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void centreAddPrintsAOneTimeCodeAndListShowsTheCentre() {
    Run added = spoc("centre", "add", "--code", "TWL", "--name", "Tower Library");
    assertEquals(0, added.exitCode(), added.err());
    Matcher code = CODE.matcher(added.out());
    assertTrue(code.find(), added.out());
    assertTrue(added.out().contains("2026-06-08 09:00 UTC"), "says when the code expires");

    Run list = spoc("centre", "list");
    assertEquals(0, list.exitCode());
    assertTrue(list.out().contains("TWL"));
    assertTrue(list.out().contains("Tower Library"));
    assertTrue(!list.out().contains(code.group(1)), "the code is never shown again");
  }

  @Test
  void badInputGivesExitCodeFourAndUsageErrorsGiveTwo() {
    assertEquals(0, spoc("centre", "add", "--code", "TWL", "--name", "Tower Library").exitCode());
    Run again = spoc("centre", "add", "--code", "TWL", "--name", "Other");
    assertEquals(4, again.exitCode());
    assertTrue(again.err().contains("already a centre TWL"), again.err());
    assertEquals(4, spoc("centre", "add", "--code", "tw1", "--name", "X").exitCode());
    assertEquals(4, spoc("centre", "revoke", "NOPE").exitCode());
    assertEquals(4, spoc("outcome", "set", "TWL-22223A", "--status", "closed").exitCode());
    assertEquals(4, spoc("outcome", "set", "not-a-reference", "--status", "closed").exitCode());
    assertEquals(2, spoc("outcome", "set", "TWL-22223A", "--status", "finished").exitCode());
    assertEquals(2, spoc("centre", "add", "--code", "TWL").exitCode());
    assertEquals(2, spoc("centre", "frobnicate").exitCode());
    assertEquals(2, spoc("spoc-without-subcommand-options", "x").exitCode());
  }

  @Test
  void directoryLoadPublishesTheSampleAndRefusesABrokenFile() throws Exception {
    Run loaded = spoc("directory", "load", SpocServerTest.sampleDirectory().toString());
    assertEquals(0, loaded.exitCode(), loaded.err());
    assertTrue(loaded.out().contains("version 1"));

    Path broken = dataDir.resolve("broken.json");
    Files.writeString(broken, "{\"services\": [{\"id\": \"x\", \"name\": ");
    Run refused = spoc("directory", "load", broken.toString());
    assertEquals(4, refused.exitCode());
    assertTrue(refused.err().contains("not in the directory format"), refused.err());
    assertEquals(
        4, spoc("directory", "load", dataDir.resolve("missing.json").toString()).exitCode());
  }

  @Test
  void anUnknownKindOfDatabaseIsAStoreError() {
    Run run = spoc("stats", "--db", "jdbc:mysql://localhost/spoc");
    assertEquals(5, run.exitCode());
    assertTrue(run.err().contains("PostgreSQL"), run.err());
  }

  @Test
  void statsCountReportsByCentreAndStatusWithATotal() throws Exception {
    try (SpocTestServer server = new SpocTestServer(dataDir, java.time.Clock.systemUTC())) {
      String token = server.enrol("TWL");
      server.sendBatch(token, TestReports.reports("TWL", 0, 3));
      server.admin.setOutcome(
          TestReports.report("TWL", 0).meta().reference().toString(),
          OutcomeStatus.CLOSED,
          java.util.Optional.empty());
      Run stats = spoc("stats");
      assertEquals(0, stats.exitCode(), stats.err());
      assertTrue(stats.out().matches("(?s).*TWL\\s+closed\\s+1.*"), stats.out());
      assertTrue(stats.out().matches("(?s).*TWL\\s+received\\s+2.*"), stats.out());
      assertTrue(stats.out().matches("(?s).*TOTAL\\s+3.*"), stats.out());
    }
  }

  @Test
  void referralListAndStatsShowTheReferralsTheSpocTookAndNoOthers() throws Exception {
    try (SpocTestServer server = new SpocTestServer(dataDir, java.time.Clock.systemUTC())) {
      String token = server.enrol("TWL");
      server.sendBatch(token, TestReports.reports("TWL", 0, 3));
      org.reportingcentre.report.Report agreed = TestReports.report("TWL", 2);
      java.util.function.Function<String, byte[]> referral =
          service ->
              ("{\"referrals\":[{\"referralId\":\""
                      + java.util.UUID.randomUUID()
                      + "\",\"reportId\":\""
                      + agreed.meta().id()
                      + "\",\"reference\":\""
                      + agreed.meta().reference()
                      + "\",\"serviceId\":\""
                      + service
                      + "\",\"consent\":\""
                      + (service.equals("victim-support") ? "victim-support" : "other-services")
                      + "\",\"madeAt\":\"2026-06-01T09:00:00Z\",\"madeBy\":\"ben\"}]}")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8);

      java.util.function.BiFunction<String, byte[], SpocTestServer.Answer> send =
          (who, body) ->
              server.post(
                  org.reportingcentre.protocol.Protocol.REFERRALS_PATH,
                  who,
                  body,
                  java.util.Map.of());

      var accepted = send.apply(token, referral.apply("victim-support"));
      var refused = send.apply(token, referral.apply("open-doors-lgbt"));
      var broken = send.apply(token, "{\"referrals\":[{\"referralId\":1}]}".getBytes());
      var noToken = send.apply(null, referral.apply("victim-support"));

      assertTrue(accepted.body().contains("\"result\":\"accepted\""), accepted.body());
      assertTrue(refused.body().contains("\"result\":\"rejected\""), refused.body());
      assertTrue(refused.body().contains("\"field\":\"consent\""), refused.body());
      assertEquals(400, broken.status(), broken.body());
      assertEquals(401, noToken.status(), noToken.body());
      Run list = spoc("referral", "list");
      assertEquals(0, list.exitCode(), list.err());
      assertTrue(list.out().contains(agreed.meta().reference().toString()), list.out());
      assertTrue(list.out().contains("victim-support"), list.out());
      assertFalse(list.out().contains("open-doors-lgbt"), list.out());
      Run stats = spoc("stats");
      assertTrue(stats.out().matches("(?s).*REFERRALS\\s+TWL\\s+1\\s+TOTAL\\s+1.*"), stats.out());
      assertEquals(2, spoc("referral").exitCode(), "a group alone prints its usage");
    }
  }

  @Test
  void adminCommandsWorkWhileTheServerRunsInAnotherProcess() throws Exception {
    clock = java.time.Clock.systemUTC();
    Process server = startServerProcess();
    try {
      String base = listeningAddress(server);

      // Admin commands in this process reach the database the server process holds.
      Run added = spoc("centre", "add", "--code", "TWL", "--name", "Tower Library");
      assertEquals(0, added.exitCode(), added.err());
      Matcher code = CODE.matcher(added.out());
      assertTrue(code.find());

      OkHttpClient http = new OkHttpClient();
      SpocTestServer.Answer enrolled =
          call(
              http,
              new Request.Builder()
                  .url(base + Protocol.ENROL_PATH)
                  .post(
                      okhttp3.RequestBody.create(
                          "{\"centreCode\":\"TWL\",\"enrolmentCode\":\"" + code.group(1) + "\"}",
                          SpocTestServer.JSON)));
      assertEquals(200, enrolled.status(), enrolled.toString());
      String token = enrolled.as(org.reportingcentre.protocol.EnrolResponse.class).token();

      Report report = TestReports.report("TWL", 4);
      org.reportingcentre.protocol.ExchangeFormat format =
          new org.reportingcentre.protocol.ExchangeFormat();
      SpocTestServer.Answer sent =
          call(
              http,
              new Request.Builder()
                  .url(base + Protocol.BATCH_PATH)
                  .header("Authorization", "Bearer " + token)
                  .post(
                      okhttp3.RequestBody.create(
                          format
                              .mapper()
                              .writeValueAsBytes(
                                  org.reportingcentre.protocol.BatchRequest.of(
                                      List.of(report), format)),
                          SpocTestServer.JSON)));
      assertTrue(
          sent.as(BatchResponse.class).results().get(0) instanceof ItemResult.Accepted,
          sent.toString());

      Run outcome =
          spoc(
              "outcome",
              "set",
              report.meta().reference().toString(),
              "--status",
              "action-taken",
              "--message",
              "A warning letter was sent.");
      assertEquals(0, outcome.exitCode(), outcome.err());

      SpocTestServer.Answer pulled =
          call(
              http,
              new Request.Builder()
                  .url(base + Protocol.OUTCOMES_PATH)
                  .header("Authorization", "Bearer " + token)
                  .get());
      OutcomesPage page = pulled.as(OutcomesPage.class);
      assertEquals(1, page.changes().size());
      assertEquals(OutcomeStatus.ACTION_TAKEN, page.changes().get(0).outcome().status());
      Health health =
          call(http, new Request.Builder().url(base + Protocol.HEALTH_PATH)).as(Health.class);
      assertTrue(health.matchesThisBuild());
    } finally {
      server.destroy();
      assertTrue(server.waitFor(20, TimeUnit.SECONDS), "the server stops on SIGTERM");
    }
  }

  @Test
  void reportsAcceptedJustBeforeTheServerProcessIsKilledAreStillThere() throws Exception {
    clock = java.time.Clock.systemUTC();
    Process server = startServerProcess();
    List<Report> reports = TestReports.reports("TWL", 0, 20);
    try {
      String base = listeningAddress(server);
      Run added = spoc("centre", "add", "--code", "TWL", "--name", "Tower Library");
      Matcher code = CODE.matcher(added.out());
      assertTrue(code.find(), added.out() + added.err());
      OkHttpClient http = new OkHttpClient();
      String token =
          call(
                  http,
                  new Request.Builder()
                      .url(base + Protocol.ENROL_PATH)
                      .post(
                          okhttp3.RequestBody.create(
                              "{\"centreCode\":\"TWL\",\"enrolmentCode\":\""
                                  + code.group(1)
                                  + "\"}",
                              SpocTestServer.JSON)))
              .as(org.reportingcentre.protocol.EnrolResponse.class)
              .token();
      org.reportingcentre.protocol.ExchangeFormat format =
          new org.reportingcentre.protocol.ExchangeFormat();
      for (Report report : reports) {
        SpocTestServer.Answer sent =
            call(
                http,
                new Request.Builder()
                    .url(base + Protocol.BATCH_PATH)
                    .header("Authorization", "Bearer " + token)
                    .post(
                        okhttp3.RequestBody.create(
                            format
                                .mapper()
                                .writeValueAsBytes(
                                    org.reportingcentre.protocol.BatchRequest.of(
                                        List.of(report), format)),
                            SpocTestServer.JSON)));
        assertTrue(
            sent.as(BatchResponse.class).results().get(0) instanceof ItemResult.Accepted,
            sent.toString());
      }
    } finally {
      // No shutdown, no flush: as if the power went the moment the last receipt was sent.
      server.destroyForcibly();
      assertTrue(server.waitFor(20, TimeUnit.SECONDS));
    }
    try (SpocDatabase database = SpocDatabase.open(new StoreLocation.H2Folder(dataDir))) {
      SpocStore store = new JooqSpocStore(database.dsl());
      assertEquals(20, store.reportCount());
      for (Report report : reports) {
        assertTrue(store.report(report.meta().id()).isPresent());
      }
    }
  }

  private Process startServerProcess() throws Exception {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            SpocCommand.class.getName(),
            "serve",
            "--port",
            "0",
            "--data-dir",
            dataDir.toString())
        .redirectErrorStream(true)
        .start();
  }

  /** Reads the server's output until it says where it listens; then drains the rest. */
  private static String listeningAddress(Process server) throws Exception {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    Pattern listening = Pattern.compile("SPOC listening on (http://[0-9.]+:[0-9]+)");
    String base = null;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      Matcher m = listening.matcher(line);
      if (m.find()) {
        base = m.group(1);
        break;
      }
    }
    assertTrue(base != null, "the server said where it listens");
    Thread drain = new Thread(() -> lines.lines().forEach(l -> {}));
    drain.setDaemon(true);
    drain.start();
    return base;
  }

  private static SpocTestServer.Answer call(OkHttpClient http, Request.Builder request)
      throws Exception {
    try (Response response = http.newCall(request.build()).execute()) {
      return new SpocTestServer.Answer(
          response.code(),
          response.body().string(),
          response.headers(),
          org.reportingcentre.protocol.ExchangeFormat.newObjectMapper());
    }
  }
}
