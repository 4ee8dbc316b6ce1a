package org.reportingcentre.spoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportingcentre.protocol.BatchResponse;
import org.reportingcentre.protocol.ErrorBody;
import org.reportingcentre.protocol.Health;
import org.reportingcentre.protocol.ItemResult;
import org.reportingcentre.protocol.Protocol;
import org.reportingcentre.report.Report;
import org.reportingcentre.testing.SlowTest;
import org.slf4j.LoggerFactory;

/**
 * Malformed and hostile requests, each against the real server: each gets the right 4xx with a
 * clear message, the server stays up, and nothing is stored.
 */
@SlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {
  private static final byte[] EMPTY_BATCH = "{\"reports\":[]}".getBytes(StandardCharsets.UTF_8);

  @TempDir static Path dataDir;
  private SpocTestServer spoc;
  private String token;
  private String revokedToken;

  enum Who {
    NOBODY,
    CENTRE,
    REVOKED,
    STRANGER
  }

  /** One hostile request and what the SPOC must answer. */
  record Case(
      String name,
      String method,
      String path,
      Who who,
      Map<String, String> headers,
      byte[] body,
      int status,
      String error,
      String messageSays) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  void start() throws Exception {
    spoc = new SpocTestServer(dataDir, java.time.Clock.systemUTC());
    token = spoc.enrol("TWL");
    revokedToken = spoc.enrol("OLD");
    spoc.admin.revoke("OLD");
  }

  @AfterAll
  void stop() {
    spoc.close();
  }

  @AfterEach
  void serverIsStillUpAndStoredNothing() {
    assertEquals(200, spoc.get(Protocol.HEALTH_PATH, null).status());
    assertEquals(0, spoc.store.reportCount());
  }

  Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    // Who is asking
    cases.add(batch("no token at all", Who.NOBODY, EMPTY_BATCH, 401, "unauthorised", "token"));
    cases.add(batch("a revoked token", Who.REVOKED, EMPTY_BATCH, 401, "unauthorised", "revoked"));
    cases.add(
        batch("a token nobody was given", Who.STRANGER, EMPTY_BATCH, 401, "unauthorised", "token"));
    cases.add(
        withHeaders(
            "Basic instead of Bearer",
            Map.of("Authorization", "Basic dXNlcjpwYXNz"),
            401,
            "unauthorised",
            "Bearer"));
    cases.add(
        withHeaders(
            "Bearer with no token",
            Map.of("Authorization", "Bearer"),
            401,
            "unauthorised",
            "Bearer"));
    cases.add(
        withHeaders(
            "a token thousands of characters long",
            Map.of("Authorization", "Bearer " + "x".repeat(5000)),
            401,
            "unauthorised",
            "Bearer"));
    cases.add(
        new Case(
            "outcomes without a token",
            "GET",
            Protocol.OUTCOMES_PATH,
            Who.NOBODY,
            Map.of(),
            null,
            401,
            "unauthorised",
            "token"));
    cases.add(
        new Case(
            "directory with a revoked token",
            "GET",
            Protocol.DIRECTORY_PATH,
            Who.REVOKED,
            Map.of(),
            null,
            401,
            "unauthorised",
            "revoked"));
    // What is sent
    cases.add(batch("an empty body", Who.CENTRE, new byte[0], 400, "bad-request", "empty"));
    cases.add(
        batch(
            "truncated JSON",
            Who.CENTRE,
            utf8("{\"reports\":[{\"schemaVersion\":1,\"meta\":{\"id\":"),
            400,
            "bad-request",
            "not valid JSON"));
    cases.add(
        batch("plain text", Who.CENTRE, utf8("hello SPOC"), 400, "bad-request", "not valid JSON"));
    cases.add(batch("a JSON list", Who.CENTRE, utf8("[]"), 400, "bad-request", "JSON object"));
    cases.add(batch("a JSON number", Who.CENTRE, utf8("42"), 400, "bad-request", "JSON object"));
    cases.add(batch("JSON null", Who.CENTRE, utf8("null"), 400, "bad-request", "JSON object"));
    cases.add(
        batch(
            "reports is an object",
            Who.CENTRE,
            utf8("{\"reports\":{}}"),
            400,
            "bad-request",
            "list"));
    cases.add(
        batch(
            "reports is a string",
            Who.CENTRE,
            utf8("{\"reports\":\"all of them\"}"),
            400,
            "bad-request",
            "list"));
    cases.add(batch("no reports field", Who.CENTRE, utf8("{}"), 400, "bad-request", "reports"));
    cases.add(
        batch(
            "an unknown field beside reports",
            Who.CENTRE,
            utf8("{\"reports\":[],\"admin\":true}"),
            400,
            "bad-request",
            "admin"));
    cases.add(
        batch(
            "reports given twice",
            Who.CENTRE,
            utf8("{\"reports\":[],\"reports\":[{}]}"),
            400,
            "bad-request",
            "Duplicate field"));
    cases.add(
        batch(
            "two JSON documents one after the other",
            Who.CENTRE,
            utf8("{\"reports\":[]} {\"reports\":[]}"),
            400,
            "bad-request",
            "not valid JSON"));
    cases.add(
        batch(
            "nesting ten thousand deep",
            Who.CENTRE,
            utf8("{\"reports\":[" + "[".repeat(10_000) + "]".repeat(10_000) + "]}"),
            400,
            "bad-request",
            "nesting depth"));
    cases.add(
        batch(
            "a string of two million characters",
            Who.CENTRE,
            utf8("{\"reports\":[{\"x\":\"" + "a".repeat(2_000_000) + "\"}]}"),
            400,
            "bad-request",
            "String value length"));
    cases.add(
        batch(
            "a number of a thousand digits",
            Who.CENTRE,
            utf8("{\"reports\":[" + "9".repeat(1000) + "]}"),
            400,
            "bad-request",
            "Number value length"));
    cases.add(
        batch(
            "invalid UTF-8",
            Who.CENTRE,
            concat(utf8("{\"reports\":[\""), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("\"]}")),
            400,
            "bad-request",
            "UTF-8"));
    cases.add(
        batch(
            "a raw control character inside a string",
            Who.CENTRE,
            utf8("{\"reports\":[\"a\u0001b\"]}"),
            400,
            "bad-request",
            "not valid JSON"));
    cases.add(
        batch(
            "single quotes instead of double",
            Who.CENTRE,
            utf8("{'reports':[]}"),
            400,
            "bad-request",
            "not valid JSON"));
    cases.add(
        batch(
            "more reports than a batch may hold",
            Who.CENTRE,
            utf8(
                "{\"reports\":["
                    + String.join(",", java.util.Collections.nCopies(201, "{}"))
                    + "]}"),
            413,
            "too-large",
            "at most 200"));
    cases.add(
        batch(
            "a body over the size limit",
            Who.CENTRE,
            utf8("{\"reports\":[\"" + "b".repeat((int) Protocol.MAX_REQUEST_BYTES) + "\"]}"),
            413,
            "too-large",
            "larger than the SPOC takes"));
    // How it is encoded
    cases.add(
        encoded(
            "a gzip bomb",
            gzip(new byte[(int) Protocol.MAX_JSON_BYTES + 1024]),
            "gzip",
            413,
            "too-large",
            "once unzipped"));
    cases.add(
        encoded(
            "gzip announced but plain JSON sent", EMPTY_BATCH, "gzip", 400, "bad-request", "gzip"));
    byte[] zipped = gzip(EMPTY_BATCH);
    cases.add(
        encoded(
            "gzip cut short",
            java.util.Arrays.copyOf(zipped, zipped.length / 2),
            "gzip",
            400,
            "bad-request",
            "gzip"));
    cases.add(
        encoded(
            "brotli, which the SPOC does not take",
            EMPTY_BATCH,
            "br",
            415,
            "unsupported-media-type",
            "gzip"));
    cases.add(
        withHeaders(
            "a body that says it is text",
            Map.of("Content-Type", "text/plain"),
            415,
            "unsupported-media-type",
            "JSON"));
    cases.add(
        withHeaders(
            "a centre speaking protocol version 2",
            Map.of(Protocol.VERSION_HEADER, "2"),
            400,
            "protocol-version",
            "version 1"));
    // Where it is sent
    cases.add(
        new Case(
            "GET on the batch address",
            "GET",
            Protocol.BATCH_PATH,
            Who.CENTRE,
            Map.of(),
            null,
            405,
            "method-not-allowed",
            "GET"));
    cases.add(
        new Case(
            "a protocol version this SPOC does not have",
            "POST",
            "/api/v2/reports/batch",
            Who.CENTRE,
            Map.of(),
            EMPTY_BATCH,
            404,
            "not-found",
            "protocol version 1"));
    cases.add(
        new Case(
            "an outcomes cursor the SPOC never gave",
            "GET",
            Protocol.OUTCOMES_PATH + "?since=abc'%20OR%201=1",
            Who.CENTRE,
            Map.of(),
            null,
            400,
            "bad-request",
            "cursor"));
    cases.add(
        new Case(
            "an outcomes page of a million",
            "GET",
            Protocol.OUTCOMES_PATH + "?limit=1000000",
            Who.CENTRE,
            Map.of(),
            null,
            400,
            "bad-request",
            "limit"));
    // Enrolment
    cases.add(
        enrol(
            "an enrolment code nobody issued",
            "{\"centreCode\":\"TWL\",\"enrolmentCode\":\"AAAA-BBBB-CCCC\"}",
            401,
            "enrolment-refused",
            "new code"));
    cases.add(
        enrol(
            "an enrolment request that is not JSON",
            "centre=TWL",
            400,
            "bad-request",
            "enrolmentCode"));
    cases.add(
        enrol(
            "an enrolment request with a field missing",
            "{\"centreCode\":\"TWL\"}",
            400,
            "bad-request",
            "enrolmentCode"));
    cases.add(
        enrol(
            "an enrolment for a malformed centre code",
            "{\"centreCode\":\"twl; drop\",\"enrolmentCode\":\"AAAA\"}",
            400,
            "bad-request",
            "capital letters"));
    cases.add(
        enrol(
            "an enrolment code as long as a novel",
            "{\"centreCode\":\"TWL\",\"enrolmentCode\":\"" + "A".repeat(5000) + "\"}",
            413,
            "too-large",
            "larger"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachHostileRequestGetsTheRightRefusalWithAClearMessage(Case c) {
    Request.Builder request = new Request.Builder().url(spoc.url(c.path()));
    if (c.method().equals("GET")) {
      request.get();
    } else {
      request.post(RequestBody.create(c.body(), (MediaType) null));
      if (!c.headers().containsKey("Content-Type")) {
        request.header("Content-Type", "application/json");
      }
    }
    String credential =
        switch (c.who()) {
          case NOBODY -> null;
          case CENTRE -> token;
          case REVOKED -> revokedToken;
          case STRANGER -> "rcs_" + "A".repeat(43);
        };
    Map<String, String> headers = new LinkedHashMap<>(c.headers());
    SpocTestServer.Answer answer = spoc.call(request, credential, headers);

    assertEquals(c.status(), answer.status(), answer.toString());
    ErrorBody error = answer.error();
    assertEquals(c.error(), error.error(), answer.toString());
    assertTrue(
        error.message().contains(c.messageSays()),
        "the message should say \"" + c.messageSays() + "\": " + error.message());
    assertTrue(error.message().length() < 400, "a message is short: " + error.message());
    if (c.status() == 413) {
      assertTrue(error.limit().isPresent(), "a 413 gives the limit");
    }
  }

  @Test
  void thereAreAtLeastThirtyHostileCases() throws IOException {
    assertTrue(cases().count() >= 30);
  }

  @Test
  void reportsThatAreNotValidAreRejectedOneByOneAndNothingIsStored() {
    Report good = TestReports.report("TWL", 7);
    ObjectNode wrongVersion = spoc.format.toTree(good);
    wrongVersion.put("schemaVersion", 99);
    ObjectNode wrongType = spoc.format.toTree(good);
    ((ObjectNode) wrongType.get("meta")).put("formVersion", "one");
    ObjectNode unknownCode = spoc.format.toTree(good);
    ((ObjectNode) unknownCode.get("reporter")).put("role", "superuser");
    ObjectNode missingMeta = spoc.format.toTree(good);
    missingMeta.remove("meta");
    ObjectNode hugeDescription = spoc.format.toTree(good);
    ((ObjectNode) hugeDescription.get("incident")).put("description", "x".repeat(30_000));
    ObjectNode otherCentre = spoc.format.toTree(TestReports.report("HBC", 7));
    List<ObjectNode> items =
        List.of(wrongVersion, wrongType, unknownCode, missingMeta, hugeDescription, otherCentre);

    SpocTestServer.Answer answer;
    try {
      answer =
          spoc.post(
              Protocol.BATCH_PATH,
              token,
              spoc.mapper.writeValueAsBytes(Map.of("reports", items)),
              Map.of());
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    assertEquals(200, answer.status());
    BatchResponse response = answer.as(BatchResponse.class);
    assertEquals(items.size(), response.results().size());
    for (ItemResult result : response.results()) {
      ItemResult.Rejected rejected = assertInstanceOf(ItemResult.Rejected.class, result);
      assertFalse(rejected.problems().isEmpty());
      assertFalse(rejected.received());
    }
    assertTrue(
        ((ItemResult.Rejected) response.results().get(0))
            .problems()
            .get(0)
            .message()
            .contains("version 99"));
    assertEquals(
        good.meta().id(),
        ((ItemResult.Rejected) response.results().get(1)).reportId().orElseThrow());
  }

  @Test
  void nothingATokenOrAReportSaysReachesTheLogs() {
    ch.qos.logback.classic.Logger root =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root.addAppender(captured);
    // Whatever logback.xml says, capture everything the SPOC and the libraries would log.
    ch.qos.logback.classic.Level rootLevel = root.getLevel();
    root.setLevel(ch.qos.logback.classic.Level.ALL);
    ch.qos.logback.classic.Logger spocLogger =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.reportingcentre.spoc");
    spocLogger.setLevel(ch.qos.logback.classic.Level.INFO);
    try {
      String secret = spoc.enrol("LOG");
      Report report = TestReports.report("LOG", 0);
      spoc.sendBatch(secret, List.of(report));
      spoc.get(Protocol.OUTCOMES_PATH, secret);
      spoc.store.revokeCentre("LOG", Instant.now());
      String all =
          captured.list.stream()
              .map(e -> e.getFormattedMessage() + " " + e.getThrowableProxy())
              .reduce("", String::concat);
      assertTrue(all.contains("Batch from centre LOG"), "the batch is logged, by counts");
      assertFalse(all.contains(secret), "the token is never logged");
      assertFalse(all.contains("Fictional Person"), "no name is logged");
      assertFalse(all.contains("headscarf"), "no description is logged");
      assertFalse(all.contains("07700 900123"), "no phone number is logged");
    } finally {
      root.setLevel(rootLevel);
      spocLogger.setLevel(null);
      root.detachAppender(captured);
      spoc.database.dsl().execute("DELETE FROM received_report WHERE centre_code = 'LOG'");
    }
  }

  @Test
  void jettyAndJooqAreNeverLeftAtDebugWhereTheyWouldLogTokensAndReports() {
    ch.qos.logback.classic.Logger jetty =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.eclipse.jetty");
    ch.qos.logback.classic.Logger jooq =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.jooq");
    ch.qos.logback.classic.Level jettyBefore = jetty.getLevel();
    ch.qos.logback.classic.Level jooqBefore = jooq.getLevel();
    try {
      jetty.setLevel(ch.qos.logback.classic.Level.DEBUG);
      jooq.setLevel(ch.qos.logback.classic.Level.TRACE);
      QuietLogs.apply();
      assertTrue(jetty.getEffectiveLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO));
      assertTrue(jooq.getEffectiveLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO));
    } finally {
      jetty.setLevel(jettyBefore);
      jooq.setLevel(jooqBefore);
    }
  }

  @Test
  void healthAnswersAsASpocToAnyone() {
    assertEquals(
        Protocol.SERVICE_NAME, spoc.get(Protocol.HEALTH_PATH, null).as(Health.class).service());
  }

  private static Case batch(
      String name, Who who, byte[] body, int status, String error, String says) {
    return new Case(name, "POST", Protocol.BATCH_PATH, who, Map.of(), body, status, error, says);
  }

  private static Case withHeaders(
      String name, Map<String, String> headers, int status, String error, String says) {
    Who who = headers.containsKey("Authorization") ? Who.NOBODY : Who.CENTRE;
    return new Case(
        name, "POST", Protocol.BATCH_PATH, who, headers, EMPTY_BATCH, status, error, says);
  }

  private static Case encoded(
      String name, byte[] body, String encoding, int status, String error, String says) {
    return new Case(
        name,
        "POST",
        Protocol.BATCH_PATH,
        Who.CENTRE,
        Map.of("Content-Encoding", encoding),
        body,
        status,
        error,
        says);
  }

  private static Case enrol(String name, String body, int status, String error, String says) {
    return new Case(
        name, "POST", Protocol.ENROL_PATH, Who.NOBODY, Map.of(), utf8(body), status, error, says);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(data);
    }
    return out.toByteArray();
  }
}
