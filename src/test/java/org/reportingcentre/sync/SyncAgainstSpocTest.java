package org.reportingcentre.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.SpocLink;
import org.reportingcentre.store.SyncDetails;
import org.reportingcentre.testing.MutableClock;
import org.reportingcentre.testing.SlowTest;

/** The centre's sync against the real SPOC server on a loopback port. */
@SlowTest
class SyncAgainstSpocTest {
  @TempDir Path temp;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
  private final OkHttpClient http = SyncHttp.newClient();
  private final ExchangeFormat format = new ExchangeFormat();
  private LoopbackSpoc spoc;
  private CentreStore store;

  @BeforeEach
  void start() throws Exception {
    spoc = new LoopbackSpoc(temp.resolve("spoc"), clock);
    store = Centre.create(temp.resolve("centre"), clock);
  }

  @AfterEach
  void stop() {
    store.close();
    spoc.close();
  }

  private SpocLink enrol() throws Exception {
    return new Enrolment(CentreServices.on(store).sync(), http, format.mapper(), clock)
        .enrol(spoc.url(), Centre.CODE, spoc.addCentre(Centre.CODE), Centre.MANAGER);
  }

  private SyncService service(int batchSize) {
    return new SyncService(CentreServices.on(store).sync(), http, format.mapper(), batchSize);
  }

  @Test
  void enrolmentKeepsTheTokenOnlyInsideTheEncryptedStoreAndIsAudited() throws Exception {
    SpocLink link = enrol();

    assertEquals(spoc.url(), link.baseUrl());
    assertEquals(spoc.store.serverId(), link.serverId());
    assertEquals(Optional.of(link), CentreServices.on(store).sync().link());
    assertFalse(link.toString().contains(link.token()));
    assertTrue(
        store.audit().entries().stream()
            .anyMatch(e -> e.action() == AuditAction.SYNC && e.detail().contains(spoc.url())));
    store.close();
    byte[] token = link.token().getBytes(StandardCharsets.UTF_8);
    try (var files = Files.walk(temp.resolve("centre"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertFalse(contains(Files.readAllBytes(file), token), file + " holds the token in clear");
      }
    }
    store = Centre.open(temp.resolve("centre"), clock);
    assertEquals(link.token(), CentreServices.on(store).sync().link().orElseThrow().token());
  }

  @Test
  void aUsedEnrolmentCodeIsRefusedAndNothingIsKept() throws Exception {
    char[] code = spoc.addCentre(Centre.CODE);
    Enrolment enrolment =
        new Enrolment(CentreServices.on(store).sync(), http, format.mapper(), clock);
    enrolment.enrol(spoc.url(), Centre.CODE, code.clone(), Centre.MANAGER);
    SpocLink first = CentreServices.on(store).sync().link().orElseThrow();

    SyncException e =
        assertThrows(
            SyncException.class,
            () -> enrolment.enrol(spoc.url(), Centre.CODE, code, Centre.MANAGER));

    assertInstanceOf(SyncException.EnrolmentRefused.class, e);
    assertEquals(Optional.of(first), CentreServices.on(store).sync().link());
  }

  @Test
  void everyReportIsReceivedWithItsReceiptInBatchesWithProgress() throws Exception {
    enrol();
    CentreServices.on(store).reports().importAll(Centre.reports(0, 25), "test");
    List<String> progress = new ArrayList<>();

    SyncSummary summary =
        service(10)
            .run(
                new SyncListener() {
                  @Override
                  public void progress(int done, int total) {
                    progress.add(done + "/" + total);
                  }
                },
                new CancelToken());

    assertEquals(List.of("0/25", "10/25", "20/25", "25/25"), progress);
    assertEquals(25, summary.received());
    assertEquals(0, summary.stillWaiting());
    assertTrue(summary.allDone());
    assertEquals(25, spoc.store.reportCount());
    assertEquals(25, Centre.count(store, ReportStatus.RECEIVED));
    Centre.assertHonest(store);
    SyncDetails one = CentreServices.on(store).sync().allDetails().get(0);
    String receipt = one.receiptId().orElseThrow();
    assertEquals(
        receipt,
        spoc.store.report(one.id()).orElseThrow().receipt().receiptId(),
        "the receipt kept is the SPOC's");
  }

  @Test
  void aSecondRunSendsNothingAndTheSameReportsAreNeverStoredTwice() throws Exception {
    enrol();
    CentreServices.on(store).reports().importAll(Centre.reports(0, 5), "test");
    service(100).run(SyncListener.NONE, new CancelToken());

    SyncSummary again = service(100).run(SyncListener.NONE, new CancelToken());

    assertEquals(0, again.received());
    assertEquals(5, spoc.store.reportCount());
  }

  @Test
  void aRejectedReportNeedsAttentionWithTheReasonWhileItsBatchMatesAreReceived() throws Exception {
    enrol();
    List<Report> reports = new ArrayList<>(Centre.reports(0, 3));
    Report invalid = org.reportingcentre.spoc.TestReports.changed(reports.get(1), "");
    reports.set(1, invalid);
    CentreServices.on(store).reports().importAll(reports, "test");

    SyncSummary summary = service(100).run(SyncListener.NONE, new CancelToken());

    assertEquals(2, summary.received());
    assertEquals(1, summary.needingAttention());
    assertFalse(summary.allDone());
    SyncDetails bad =
        CentreServices.on(store).sync().details(invalid.meta().reference()).orElseThrow();
    assertEquals(ReportStatus.NEEDS_ATTENTION, bad.status());
    assertTrue(bad.attention().orElseThrow().contains("incident.description"), bad.toString());
    assertTrue(bad.attention().orElseThrow().contains("What to do"));
    assertEquals(2, Centre.count(store, ReportStatus.RECEIVED));
    Centre.assertHonest(store);

    SyncSummary again = service(100).run(SyncListener.NONE, new CancelToken());
    assertEquals(0, again.needingAttention(), "a rejected report is not resent blindly");
    assertEquals(1, again.attentionInStore());
  }

  @Test
  void outcomesSetAtTheSpocAppearOnTheReportAfterTheNextSyncAndCountAsNews() throws Exception {
    enrol();
    List<Report> reports = Centre.reports(0, 4);
    CentreServices.on(store).reports().importAll(reports, "test");
    service(100).run(SyncListener.NONE, new CancelToken());
    String reference = reports.get(2).meta().reference().toString();
    spoc.admin.setOutcome(
        reference, OutcomeStatus.CLOSED, Optional.of("The police spoke to them."));
    spoc.admin.setOutcome(
        reports.get(3).meta().reference().toString(), OutcomeStatus.UNDER_REVIEW, Optional.empty());

    SyncSummary summary = service(100).run(SyncListener.NONE, new CancelToken());

    assertEquals(2, summary.newOutcomes());
    assertEquals(2, CentreServices.on(store).sync().reportsWithNews());
    SyncDetails details =
        CentreServices.on(store).sync().details(reports.get(2).meta().reference()).orElseThrow();
    assertEquals(OutcomeStatus.CLOSED, details.outcome().orElseThrow().status());
    assertEquals(
        Optional.of("The police spoke to them."), details.outcome().get().messageForVictim());
    assertTrue(details.news());
    assertEquals(
        OutcomeStatus.CLOSED,
        CentreServices.on(store)
            .reports()
            .view(reports.get(2).meta().reference())
            .orElseThrow()
            .outcome()
            .orElseThrow()
            .status(),
        "the outcome is on the report itself too, for exports and statistics");
    CentreServices.on(store).sync().markSeen(reports.get(2).meta().reference());
    assertEquals(1, CentreServices.on(store).sync().reportsWithNews());

    SyncSummary quiet = service(100).run(SyncListener.NONE, new CancelToken());
    assertEquals(0, quiet.newOutcomes(), "the cursor moved on");
  }

  @Test
  void theDirectoryIsCachedForOfflineUseAndNotFetchedAgainWhenUnchanged() throws Exception {
    enrol();
    spoc.admin.loadDirectory(Path.of("sample-data/directory.json"));

    SyncSummary first = service(100).run(SyncListener.NONE, new CancelToken());

    var cached = CentreServices.on(store).sync().directory().orElseThrow();
    assertEquals(Optional.of(1), first.directoryVersion());
    assertFalse(cached.directory().services().isEmpty());
    assertEquals(Optional.of("\"directory-1\""), cached.etag());
    Instant fetched = cached.fetchedAt();
    clock.advance(java.time.Duration.ofHours(1));
    SyncSummary second = service(100).run(SyncListener.NONE, new CancelToken());
    assertEquals(Optional.of(1), second.directoryVersion());
    assertEquals(
        fetched,
        CentreServices.on(store).sync().directory().orElseThrow().fetchedAt(),
        "304: kept as is");
  }

  @Test
  void aRevokedTokenStopsSendingSaysSoAndKeepsEverythingQueued() throws Exception {
    enrol();
    spoc.admin.revoke(Centre.CODE);
    CentreServices.on(store).reports().importAll(Centre.reports(0, 3), "test");

    SyncSummary summary = service(100).run(SyncListener.NONE, new CancelToken());

    assertInstanceOf(SyncException.Unauthorised.class, summary.stoppedBy().orElseThrow());
    assertTrue(summary.whyWaiting().orElseThrow().contains("enrol again"));
    assertEquals(3, summary.stillWaiting());
    assertEquals(3, Centre.count(store, ReportStatus.SAVED));
    assertEquals(0, spoc.store.reportCount());
  }

  @Test
  void aBatchTooLargeForTheSpocIsSplitAndEverythingStillArrives() throws Exception {
    spoc.close();
    spoc =
        new LoopbackSpoc(
            temp.resolve("spoc"),
            clock,
            new org.reportingcentre.spoc.ServerSettings.Limits(7, 8L << 20, 16L << 20));
    enrol();
    CentreServices.on(store).reports().importAll(Centre.reports(0, 20), "test");

    SyncSummary summary = service(20).run(SyncListener.NONE, new CancelToken());

    assertEquals(20, summary.received());
    assertEquals(20, spoc.store.reportCount());
    Centre.assertHonest(store);
  }

  @Test
  void cancellingBeforeTheNextBatchLeavesTheRestQueuedAndNothingFalselyReceived() throws Exception {
    enrol();
    CentreServices.on(store).reports().importAll(Centre.reports(0, 30), "test");
    CancelToken cancel = new CancelToken();

    SyncSummary summary =
        service(10)
            .run(
                new SyncListener() {
                  @Override
                  public void progress(int done, int total) {
                    if (done == 10) {
                      cancel.cancel();
                    }
                  }
                },
                cancel);

    assertInstanceOf(SyncException.Cancelled.class, summary.stoppedBy().orElseThrow());
    // The next batch is prepared and sent while the first one's answer is recorded, so it may
    // already be at the SPOC when Cancel is pressed: at most that one more batch is received.
    assertTrue(
        summary.received() == 10 || summary.received() == 20, "received " + summary.received());
    assertEquals(30 - summary.received(), summary.stillWaiting());
    assertEquals(summary.stillWaiting(), Centre.count(store, ReportStatus.SAVED));
    assertTrue(spoc.store.reportCount() >= summary.received());
    Centre.assertHonest(store);
  }

  @Test
  void automaticSendingRunsOnItsOwnThreadAndTheCallerNeverWaits() throws Exception {
    enrol();
    CentreServices.on(store).reports().importAll(Centre.reports(0, 5), "test");
    var executor = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    var firstRun = new java.util.concurrent.CompletableFuture<SyncSummary>();
    var runThread = new java.util.concurrent.CompletableFuture<Thread>();
    try (SyncScheduler scheduler =
        SyncServices.of(store, http, clock)
            .scheduler(
                executor,
                new java.util.Random(1),
                new SyncListener() {
                  @Override
                  public void started(int total) {
                    runThread.complete(Thread.currentThread());
                  }
                },
                state -> {
                  if (state instanceof SyncScheduler.State.Waiting w && w.last().isPresent()) {
                    firstRun.complete(w.last().get());
                  }
                })) {
      scheduler.start();

      SyncSummary summary = firstRun.get(60, java.util.concurrent.TimeUnit.SECONDS);
      assertEquals(5, summary.received());
      assertFalse(runThread.get() == Thread.currentThread(), "the run is off the caller's thread");
    } finally {
      executor.shutdownNow();
    }
    assertEquals(5, spoc.store.reportCount());
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
