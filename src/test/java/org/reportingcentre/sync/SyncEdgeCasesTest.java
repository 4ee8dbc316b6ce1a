package org.reportingcentre.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.protocol.BatchResponse;
import org.reportingcentre.protocol.ErrorBody;
import org.reportingcentre.protocol.ErrorCode;
import org.reportingcentre.protocol.Health;
import org.reportingcentre.protocol.ItemResult;
import org.reportingcentre.protocol.Protocol;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.SpocLink;
import org.reportingcentre.testing.MutableClock;
import org.reportingcentre.testing.SlowTest;

/**
 * The failures the network and the things on it can produce, scripted exactly with MockWebServer:
 * in every case nothing is marked received, and everything is sent on a later run.
 */
@SlowTest
class SyncEdgeCasesTest {
  private static final int REPORTS = 12;

  @TempDir Path temp;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
  private final FakeSpoc spoc = new FakeSpoc();
  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient http =
      SyncHttp.newClient().newBuilder().readTimeout(Duration.ofMillis(500)).build();
  private CentreStore store;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(spoc);
    server.start(InetAddress.getLoopbackAddress(), 0);
    store = Centre.create(temp.resolve("centre"), clock);
    CentreServices.on(store)
        .sync()
        .saveLink(
            new SpocLink(
                server.url("/").toString().replaceAll("/$", ""),
                FakeSpoc.SERVER_ID,
                "Townsley Library",
                "rcs_test-token",
                clock.instant(),
                Centre.MANAGER));
    CentreServices.on(store).reports().importAll(Centre.reports(0, REPORTS), "test");
  }

  @AfterEach
  void stop() {
    store.close();
    server.close();
  }

  private SyncSummary run() {
    return new SyncService(CentreServices.on(store).sync(), http, spoc.mapper, 5)
        .run(SyncListener.NONE, new CancelToken());
  }

  /** Nothing was marked received, nothing is left half-sent, and a later run sends it all. */
  private void assertNothingReceivedThenAllSentLater(SyncSummary failed, Class<?> why) {
    assertInstanceOf(why, failed.stoppedBy().orElseThrow(), failed.toString());
    assertEquals(0, failed.received());
    assertEquals(REPORTS, failed.stillWaiting());
    assertEquals(REPORTS, Centre.count(store, ReportStatus.SAVED));
    Centre.assertHonest(store);

    SyncSummary later = run();

    assertEquals(Optional.empty(), later.stoppedBy());
    assertEquals(REPORTS, later.received());
    assertEquals(REPORTS, Centre.count(store, ReportStatus.RECEIVED));
    assertEquals(REPORTS, spoc.stored.size());
    Centre.assertHonest(store);
  }

  @Test
  void aServerErrorMarksNothingAndEverythingIsSentLater() {
    spoc.batchFaults.add(
        ids -> spoc.json(500, ErrorBody.of(ErrorCode.SERVER_ERROR, "The SPOC failed.")));

    assertNothingReceivedThenAllSentLater(run(), SyncException.ServerError.class);
  }

  @Test
  void aTimeoutMarksNothingAndEverythingIsSentLater() {
    spoc.batchFaults.add(
        ids ->
            new MockResponse.Builder(spoc.json(200, spoc.store(ids)))
                .headersDelay(3, TimeUnit.SECONDS)
                .build());

    SyncSummary failed = run();

    assertNothingReceivedThenAllSentLater(failed, SyncException.Unreachable.class);
  }

  @Test
  void aConnectionResetInTheMiddleOfTheAnswerMarksNothingAndTheResendIsAnsweredDuplicate() {
    spoc.batchFaults.add(
        ids ->
            new MockResponse.Builder(spoc.json(200, spoc.store(ids)))
                .onResponseBody(new SocketEffect.CloseSocket())
                .build());

    SyncSummary failed = run();
    assertEquals(5, spoc.stored.size(), "the SPOC stored the first batch before the cut");
    assertNothingReceivedThenAllSentLater(failed, SyncException.Unreachable.class);
    assertEquals(REPORTS, spoc.stored.size());
  }

  @Test
  void aCaptivePortalAnsweringTheHealthCheckWithHtmlStopsTheRunBeforeAnythingIsSent()
      throws Exception {
    spoc.healthFaults.add(FakeSpoc.html());

    SyncSummary failed = run();

    assertTrue(failed.stoppedBy().orElseThrow().getMessage().contains("Wi-Fi sign-in page"));
    assertEquals(List.of(), spoc.batchSizes, "no report went to something that is not a SPOC");
    assertNothingReceivedThenAllSentLater(failed, SyncException.NotASpoc.class);
  }

  @Test
  void aPortalAnsweringTheBatchWithHtml200MarksNothing() {
    spoc.batchFaults.add(ids -> FakeSpoc.html());

    assertNothingReceivedThenAllSentLater(run(), SyncException.NotASpoc.class);
  }

  @Test
  void jsonThatIsNotTheSpocsAnswerMarksNothing() {
    spoc.batchFaults.add(ids -> spoc.json(200, java.util.Map.of("ok", true)));

    assertNothingReceivedThenAllSentLater(run(), SyncException.NotASpoc.class);
  }

  @Test
  void answersThatDoNotMatchTheReportsSentProveNothingForThoseReports() {
    spoc.batchFaults.add(
        ids -> {
          BatchResponse real = spoc.store(ids);
          ItemResult.Accepted first = (ItemResult.Accepted) real.results().get(0);
          ItemResult.Accepted second = (ItemResult.Accepted) real.results().get(1);
          // The ids of the first two are swapped: neither answer is about the report at its index.
          return spoc.json(
              200,
              new BatchResponse(
                  List.of(
                      new ItemResult.Accepted(0, second.reportId(), "x", Instant.EPOCH),
                      new ItemResult.Accepted(1, first.reportId(), "y", Instant.EPOCH),
                      real.results().get(2),
                      real.results().get(3),
                      real.results().get(4))));
        });

    SyncSummary summary = run();

    assertEquals(REPORTS - 2, summary.received());
    assertEquals(2, summary.stillWaiting());
    Centre.assertHonest(store);
    assertEquals(REPORTS, run().received() + summary.received());
  }

  @Test
  void unauthorisedOrForbiddenStopsAtOnceAndKeepsTheQueue() {
    spoc.batchFaults.add(
        ids -> spoc.json(401, ErrorBody.of(ErrorCode.UNAUTHORISED, "Unknown token.")));
    SyncSummary first = run();
    assertInstanceOf(SyncException.Unauthorised.class, first.stoppedBy().orElseThrow());
    assertEquals(List.of(5), spoc.batchSizes, "no further batch after a 401");
    assertEquals(REPORTS, Centre.count(store, ReportStatus.SAVED));

    spoc.batchFaults.add(ids -> spoc.json(403, ErrorBody.of(ErrorCode.UNAUTHORISED, "No.")));
    assertInstanceOf(SyncException.Unauthorised.class, run().stoppedBy().orElseThrow());
    assertEquals(REPORTS, Centre.count(store, ReportStatus.SAVED));
  }

  @Test
  void aSpocOfAnotherProtocolVersionIsRefusedInPlainWords() {
    spoc.healthFaults.add(
        spoc.json(200, new Health(Protocol.SERVICE_NAME, 2, FakeSpoc.SERVER_ID, Instant.EPOCH)));

    SyncSummary summary = run();

    SyncException why = summary.stoppedBy().orElseThrow();
    assertInstanceOf(SyncException.WrongVersion.class, why);
    assertEquals(
        "The SPOC speaks protocol version 2; this Reporting Centre speaks version 1. Update"
            + " Reporting Centre. Nothing was sent.",
        why.getMessage());
  }

  @Test
  void aDifferentSpocBehindTheSameAddressGetsNothing() {
    spoc.healthFaults.add(
        spoc.json(
            200, new Health(Protocol.SERVICE_NAME, Protocol.VERSION, "spoc-other", Instant.EPOCH)));

    SyncSummary summary = run();

    assertTrue(summary.stoppedBy().orElseThrow().getMessage().contains("different SPOC"));
    assertEquals(List.of(), spoc.batchSizes);
    assertNothingReceivedThenAllSentLater(summary, SyncException.NotASpoc.class);
  }

  @Test
  void eachBatchGoesGzipWithTheTokenAndTheProtocolVersion() throws Exception {
    run();

    RecordedRequest health = server.takeRequest();
    assertEquals(Protocol.HEALTH_PATH, health.getUrl().encodedPath());
    RecordedRequest batch = server.takeRequest();
    assertEquals(Protocol.BATCH_PATH, batch.getUrl().encodedPath());
    assertEquals("gzip", batch.getHeaders().get("Content-Encoding"));
    assertEquals("Bearer rcs_test-token", batch.getHeaders().get("Authorization"));
    assertEquals("1", batch.getHeaders().get(Protocol.VERSION_HEADER));
    assertEquals(List.of(5, 5, 2), spoc.batchSizes);
  }

  @Test
  void enrollingWithACaptivePortalIsRefusedPlainlyAndKeepsNothing() throws Exception {
    spoc.healthFaults.add(FakeSpoc.html());
    SpocLink before = CentreServices.on(store).sync().link().orElseThrow();

    SyncException e =
        assertThrows(
            SyncException.NotASpoc.class,
            () ->
                new Enrolment(CentreServices.on(store).sync(), http, spoc.mapper, clock)
                    .enrol(
                        server.url("/").toString(),
                        Centre.CODE,
                        "K7QX-3M9A-TW4C".toCharArray(),
                        Centre.MANAGER));

    assertTrue(e.getMessage().contains("did not answer as a SPOC"), e.getMessage());
    assertEquals(Optional.of(before), CentreServices.on(store).sync().link());
  }
}
