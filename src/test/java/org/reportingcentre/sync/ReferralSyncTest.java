package org.reportingcentre.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.Protocol;
import org.reportingcentre.protocol.ReferralItem;
import org.reportingcentre.protocol.ReferralRequest;
import org.reportingcentre.protocol.ReferralResponse;
import org.reportingcentre.protocol.ReferralResult;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.Referral;
import org.reportingcentre.store.SpocLink;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.testing.MutableClock;
import org.reportingcentre.testing.SlowTest;

/**
 * Referrals travel to the real SPOC on a loopback port after the reports, are marked sent only with
 * its receipt, and are refused by the SPOC itself when the report it holds has no consent for them.
 */
@SlowTest
class ReferralSyncTest {
  private static final MediaType JSON = MediaType.get("application/json");

  @TempDir Path temp;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
  private final OkHttpClient http = SyncHttp.newClient();
  private final ExchangeFormat format = new ExchangeFormat();
  private LoopbackSpoc spoc;
  private CentreStore store;

  /** Victim Support agreed, other services refused (the builder's full report). */
  private final Report report =
      ReportBuilder.full().id(UUID.randomUUID()).reference(new Reference("TWL", 401)).build();

  @BeforeEach
  void start() throws Exception {
    spoc = new LoopbackSpoc(temp.resolve("spoc"), clock);
    store = Centre.create(temp.resolve("centre"), clock);
    CentreServices.on(store).reports().importAll(List.of(report), "test");
  }

  @AfterEach
  void stop() {
    store.close();
    spoc.close();
  }

  static SupportService service(String id, boolean national) {
    return new SupportService(
        id,
        "Service " + id,
        "Helps people.",
        Set.of(),
        Optional.of("020 7946 0000"),
        Optional.empty(),
        List.of("en"),
        Optional.empty(),
        false,
        national,
        Set.of(),
        Optional.empty());
  }

  private SpocLink enrol() throws Exception {
    return new Enrolment(CentreServices.on(store).sync(), http, format.mapper(), clock)
        .enrol(spoc.url(), Centre.CODE, spoc.addCentre(Centre.CODE), Centre.MANAGER);
  }

  private SyncSummary sync() {
    return new SyncService(CentreServices.on(store).sync(), http, format.mapper())
        .run(SyncListener.NONE, new CancelToken());
  }

  private Reference reference() {
    return report.meta().reference();
  }

  @Test
  void aReferralTravelsWithTheNextSyncAndShowsSentOnlyWithTheSpocsReceipt() throws Exception {
    enrol();
    CentreServices.on(store).referrals().refer(reference(), service("victim-support", true));
    assertInstanceOf(
        Referral.State.Waiting.class,
        CentreServices.on(store).referrals().forReport(reference()).get(0).state());

    SyncSummary summary = sync();

    assertEquals(Optional.empty(), summary.stoppedBy());
    assertEquals(new SyncSummary.Referrals(1, 0, 0), summary.referrals());
    Referral sent = CentreServices.on(store).referrals().forReport(reference()).get(0);
    Referral.State.Sent receipt = assertInstanceOf(Referral.State.Sent.class, sent.state());
    var atSpoc = spoc.store.referrals(Optional.of("TWL"), 10);
    assertEquals(1, atSpoc.size());
    assertEquals("victim-support", atSpoc.get(0).serviceId());
    assertEquals(reference().toString(), atSpoc.get(0).reference());
    assertEquals(atSpoc.get(0).receipt().receiptId(), receipt.receiptId());
    assertTrue(
        store.audit().entries().stream()
            .anyMatch(
                e ->
                    e.action() == AuditAction.SYNC
                        && e.detail().equals("referral received by the SPOC")));

    sync();
    assertEquals(1, spoc.store.referrals(Optional.empty(), 10).size());
    assertEquals(List.of(), CentreServices.on(store).referrals().waiting());
  }

  @Test
  void aReferralTheCentreMadeCountsInTheStatisticsWhetherOrNotItWasSent() throws Exception {
    var service = new org.reportingcentre.stats.StatisticsService(store, clock, ZoneOffset.UTC);
    java.time.LocalDate day =
        report.meta().completedAt().orElseThrow().atZone(ZoneOffset.UTC).toLocalDate();
    var period = org.reportingcentre.stats.StatisticsPeriod.between(day, day);
    // The builder's full report already has an outcome from the SPOC listing its own referrals.
    long fromTheSpoc = service.compute(period).outcomes().referrals();

    CentreServices.on(store).referrals().refer(reference(), service("victim-support", true));

    var outcomes = service.compute(period).outcomes();
    assertEquals(fromTheSpoc + 1, outcomes.referrals());
    assertEquals(1, outcomes.withReferrals());
    // The facts read one by one (the way the figures are checked in memory) agree.
    var facts =
        service
            .data()
            .completedBetween(
                day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    assertEquals(fromTheSpoc + 1, facts.get(0).referrals());
  }

  @Test
  void theCentreRefusesAReferralWithoutTheMatchingConsentOrToAnEmergencyNumber() {
    assertThrows(
        StoreException.BadRequest.class,
        () ->
            CentreServices.on(store)
                .referrals()
                .refer(reference(), service("emergency-999", true)));
    StoreException.BadRequest refused =
        assertThrows(
            StoreException.BadRequest.class,
            () ->
                CentreServices.on(store)
                    .referrals()
                    .refer(reference(), service("open-doors-lgbt", false)));

    assertTrue(refused.getMessage().contains("does not record"), refused.getMessage());
    assertEquals(List.of(), CentreServices.on(store).referrals().forReport(reference()));
    assertTrue(store.audit().entries().stream().noneMatch(e -> e.action() == AuditAction.REFER));
  }

  private ReferralResponse post(SpocLink link, ReferralItem... items) throws Exception {
    Request request =
        new Request.Builder()
            .url(link.baseUrl() + Protocol.REFERRALS_PATH)
            .header("Authorization", "Bearer " + link.token())
            .post(
                RequestBody.create(
                    format.mapper().writeValueAsBytes(new ReferralRequest(List.of(items))), JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      assertEquals(200, response.code());
      return format.mapper().readValue(response.body().bytes(), ReferralResponse.class);
    }
  }

  private ReferralItem item(UUID reportId, String service, ConsentPurpose consent) {
    return new ReferralItem(
        UUID.randomUUID(),
        reportId,
        reference().toString(),
        service,
        consent,
        clock.instant(),
        Centre.MANAGER);
  }

  @Test
  void theSpocItselfRefusesAReferralTheReportGaveNoConsentFor() throws Exception {
    SpocLink link = enrol();
    sync();

    ReferralResponse answer =
        post(link, item(report.meta().id(), "open-doors-lgbt", ConsentPurpose.OTHER_SERVICES));

    ReferralResult.Rejected rejected =
        assertInstanceOf(ReferralResult.Rejected.class, answer.results().get(0));
    assertEquals("consent", rejected.problems().get(0).field());
    assertEquals(List.of(), spoc.store.referrals(Optional.empty(), 10));
  }

  @Test
  void aResendIsAnsweredWithTheOriginalReceiptAndAnUnknownReportStoresNothing() throws Exception {
    SpocLink link = enrol();
    sync();
    ReferralItem item = item(report.meta().id(), "victim-support", ConsentPurpose.VICTIM_SUPPORT);

    var first = assertInstanceOf(ReferralResult.Accepted.class, post(link, item).results().get(0));
    var again = assertInstanceOf(ReferralResult.Duplicate.class, post(link, item).results().get(0));
    var unknown =
        post(link, item(UUID.randomUUID(), "victim-support", ConsentPurpose.VICTIM_SUPPORT));

    assertEquals(first.receiptId(), again.receiptId());
    assertInstanceOf(ReferralResult.ReportNotHeld.class, unknown.results().get(0));
    assertEquals(1, spoc.store.referrals(Optional.empty(), 10).size());
  }

  private SpocLink link(MockWebServer server) {
    return new SpocLink(
        server.url("/").toString().replaceAll("/$", ""),
        "spoc-x",
        "Townsley Library",
        "rcs_test-token",
        clock.instant(),
        Centre.MANAGER);
  }

  private void assertNothingSentAfter(MockResponse answer, Class<?> failure) throws Exception {
    CentreServices.on(store).referrals().refer(reference(), service("victim-support", true));
    try (MockWebServer server = new MockWebServer()) {
      server.start(InetAddress.getLoopbackAddress(), 0);
      server.enqueue(answer);
      SpocLink link = link(server);
      ReferralSender sender =
          new ReferralSender(CentreServices.on(store).referrals(), http, format.mapper());

      assertInstanceOf(failure, assertThrows(SyncException.class, () -> sender.send(link)));

      assertEquals(Protocol.REFERRALS_PATH, server.takeRequest().getUrl().encodedPath());
    }
    Referral kept = CentreServices.on(store).referrals().forReport(reference()).get(0);
    assertInstanceOf(Referral.State.Waiting.class, kept.state());
    assertEquals(1, CentreServices.on(store).referrals().waiting().size());
  }

  @Test
  void aServerErrorMarksNothingSent() throws Exception {
    assertNothingSentAfter(
        new MockResponse.Builder()
            .code(500)
            .addHeader("Content-Type", "application/json")
            .body("{\"error\":\"server-error\",\"message\":\"The SPOC failed.\"}")
            .build(),
        SyncException.ServerError.class);
  }

  @Test
  void aTwoHundredFromSomethingThatIsNotASpocMarksNothingSent() throws Exception {
    assertNothingSentAfter(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html")
            .body("<html>Sign in to the Wi-Fi</html>")
            .build(),
        SyncException.NotASpoc.class);
  }

  @Test
  void aRefusalIsKeptWithTheSpocsReasonAndAReportNotHeldYetStaysWaiting() throws Exception {
    Report second =
        ReportBuilder.full().id(UUID.randomUUID()).reference(new Reference("TWL", 405)).build();
    CentreServices.on(store).reports().importAll(List.of(second), "test");
    CentreServices.on(store).referrals().refer(reference(), service("victim-support", true));
    clock.advance(java.time.Duration.ofMinutes(1));
    CentreServices.on(store)
        .referrals()
        .refer(second.meta().reference(), service("victim-support", true));
    List<Referral> waiting = CentreServices.on(store).referrals().waiting();
    String answer =
        "{\"results\":[{\"result\":\"rejected\",\"index\":0,\"referralId\":\""
            + waiting.get(0).id()
            + "\",\"problems\":[{\"field\":\"consent\",\"message\":\"No consent here.\"}]},"
            + "{\"result\":\"report-not-held\",\"index\":1,\"referralId\":\""
            + waiting.get(1).id()
            + "\",\"message\":\"Not yet.\"}]}";
    try (MockWebServer server = new MockWebServer()) {
      server.start(InetAddress.getLoopbackAddress(), 0);
      server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body(answer)
              .build());

      ReferralSender sender =
          new ReferralSender(CentreServices.on(store).referrals(), http, format.mapper());
      int held = sender.send(link(server));

      assertEquals(0, held);
      assertEquals(0, sender.received());
      assertEquals(1, sender.refused(), "the rejected one; the one not held yet is not refused");
    }
    Referral refused = CentreServices.on(store).referrals().forReport(reference()).get(0);
    assertEquals(
        "No consent here.",
        assertInstanceOf(Referral.State.NeedsAttention.class, refused.state()).reason());
    assertEquals(
        List.of(waiting.get(1).id()),
        CentreServices.on(store).referrals().waiting().stream().map(Referral::id).toList());
  }
}
