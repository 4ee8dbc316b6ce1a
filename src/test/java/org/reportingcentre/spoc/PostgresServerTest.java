package org.reportingcentre.spoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportingcentre.protocol.BatchResponse;
import org.reportingcentre.protocol.ItemResult;
import org.reportingcentre.report.Report;
import org.reportingcentre.testing.SlowTest;
import picocli.CommandLine;

/**
 * The SPOC on PostgreSQL from the command line, as an operator runs it: {@code --db} with the user
 * in {@code --db-user} and the password only in {@code SPOC_DB_PASSWORD}. Skipped with a message
 * when no PostgreSQL is reachable (see {@link PostgresSpocStoreTest}).
 */
@SlowTest
class PostgresServerTest {
  private String adminUrl;
  private String schema;
  private String urlWithoutCredentials;
  private String user;
  private String password;

  @BeforeEach
  void freshSchema() throws Exception {
    adminUrl = PostgresSpocStoreTest.postgresUrlOrSkip();
    schema = "spoc_cli_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(adminUrl);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    URI uri = URI.create(adminUrl.substring("jdbc:".length()));
    Map<String, String> query = new java.util.HashMap<>();
    for (String pair : uri.getQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      query.put(kv[0], kv[1]);
    }
    user = query.get("user");
    password = query.get("password");
    urlWithoutCredentials =
        "jdbc:postgresql://"
            + uri.getHost()
            + ":"
            + uri.getPort()
            + uri.getPath()
            + "?currentSchema="
            + schema;
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (schema != null && adminUrl != null) {
      try (Connection c = DriverManager.getConnection(adminUrl);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private int spoc(Map<String, String> environment, StringWriter out, String... args) {
    CommandLine command = new CommandLine(new SpocCommand(Clock.systemUTC(), environment));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(out, true));
    return command.execute(args);
  }

  @Test
  void anOperatorRunsTheSpocOnPostgresWithThePasswordOnlyInTheEnvironment() throws Exception {
    StringWriter out = new StringWriter();
    int added =
        spoc(
            Map.of("SPOC_DB_PASSWORD", password),
            out,
            "centre",
            "add",
            "--code",
            "TWL",
            "--name",
            "Tower Library",
            "--db",
            urlWithoutCredentials,
            "--db-user",
            user);
    assertEquals(0, added, out.toString());
    Matcher code = Pattern.compile("enrolment code: ([A-Z0-9-]+)").matcher(out.toString());
    assertTrue(code.find());

    StoreLocation location =
        new StoreLocation.Jdbc(urlWithoutCredentials, Optional.of(user), Optional.of(password));
    List<Report> reports = TestReports.reports("TWL", 0, 5);
    try (SpocDatabase database = SpocDatabase.open(location);
        SpocServer server =
            new SpocServer(
                new JooqSpocStore(database.dsl()),
                Clock.systemUTC(),
                new Secrets(new SecureRandom()),
                ServerSettings.loopback(0))) {
      server.start();
      SpocTestServer.Answer enrolled = callEnrol(server.port(), "TWL", code.group(1));
      assertEquals(200, enrolled.status(), enrolled.toString());
      String token = enrolled.as(org.reportingcentre.protocol.EnrolResponse.class).token();
      BatchResponse first = sendBatch(server.port(), token, reports);
      BatchResponse second = sendBatch(server.port(), token, reports);
      for (int i = 0; i < reports.size(); i++) {
        assertInstanceOf(ItemResult.Accepted.class, first.results().get(i));
        assertEquals(
            ((ItemResult.Accepted) first.results().get(i)).receiptId(),
            assertInstanceOf(ItemResult.Duplicate.class, second.results().get(i)).receiptId());
      }
    }

    StringWriter stats = new StringWriter();
    assertEquals(
        0,
        spoc(
            Map.of("SPOC_DB_PASSWORD", password),
            stats,
            "stats",
            "--db",
            urlWithoutCredentials,
            "--db-user",
            user));
    assertTrue(stats.toString().matches("(?s).*TOTAL\\s+5.*"), stats.toString());
  }

  @Test
  void aWrongDatabasePasswordIsACredentialError() {
    StringWriter out = new StringWriter();
    int code =
        spoc(
            Map.of("SPOC_DB_PASSWORD", "not-the-password"),
            out,
            "stats",
            "--db",
            urlWithoutCredentials,
            "--db-user",
            user);
    assertEquals(3, code, out.toString());
    assertTrue(!out.toString().contains("not-the-password"), "the password is never printed");
  }

  private static final okhttp3.OkHttpClient HTTP = new okhttp3.OkHttpClient();

  private static SpocTestServer.Answer callEnrol(int port, String centre, String code)
      throws Exception {
    okhttp3.Request request =
        new okhttp3.Request.Builder()
            .url("http://127.0.0.1:" + port + org.reportingcentre.protocol.Protocol.ENROL_PATH)
            .post(
                okhttp3.RequestBody.create(
                    "{\"centreCode\":\"" + centre + "\",\"enrolmentCode\":\"" + code + "\"}",
                    SpocTestServer.JSON))
            .build();
    try (okhttp3.Response response = HTTP.newCall(request).execute()) {
      return new SpocTestServer.Answer(
          response.code(),
          response.body().string(),
          response.headers(),
          org.reportingcentre.protocol.ExchangeFormat.newObjectMapper());
    }
  }

  private static BatchResponse sendBatch(int port, String token, List<Report> reports)
      throws Exception {
    org.reportingcentre.protocol.ExchangeFormat format =
        new org.reportingcentre.protocol.ExchangeFormat();
    okhttp3.Request request =
        new okhttp3.Request.Builder()
            .url("http://127.0.0.1:" + port + org.reportingcentre.protocol.Protocol.BATCH_PATH)
            .header("Authorization", "Bearer " + token)
            .post(
                okhttp3.RequestBody.create(
                    format
                        .mapper()
                        .writeValueAsBytes(
                            org.reportingcentre.protocol.BatchRequest.of(reports, format)),
                    SpocTestServer.JSON))
            .build();
    try (okhttp3.Response response = HTTP.newCall(request).execute()) {
      return format.mapper().readValue(response.body().bytes(), BatchResponse.class);
    }
  }
}
