package org.reportingcentre.spoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;

/**
 * What every {@link SpocStore} must do. Subclasses give a fresh, empty store for each test: an
 * embedded H2 file, and a real PostgreSQL server.
 */
abstract class SpocStoreContract {
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private final ExchangeFormat format = new ExchangeFormat();

  /** A fresh, empty, migrated store. */
  abstract SpocStore store();

  private SpocStore.IncomingReport incoming(String centre, Report report, String receipt) {
    return new SpocStore.IncomingReport(
        report.meta().id(),
        centre,
        report.meta().reference().toString(),
        format.contentHash(report),
        new String(format.write(report), StandardCharsets.UTF_8),
        receipt,
        NOW);
  }

  private SpocStore storeWithCentres(String... codes) {
    SpocStore store = store();
    for (String code : codes) {
      store.addCentre(code, "Centre " + code, NOW);
    }
    return store;
  }

  @Test
  void theServerIdIsMadeOnceAndKept() {
    SpocStore store = store();
    String id = store.serverId();
    assertTrue(id.startsWith("spoc-"));
    assertEquals(id, store.serverId());
  }

  @Test
  void addingACentreTwiceKeepsTheFirstNameAndSaysSo() {
    SpocStore store = store();
    assertTrue(store.addCentre("TWL", "Tower Library", NOW));
    assertFalse(store.addCentre("TWL", "Somebody Else", NOW));
    assertEquals(Optional.of("Tower Library"), store.centreName("TWL"));
    assertEquals(1, store.centres(NOW).size());
  }

  @Test
  void anEnrolmentCodeWorksOnceAndGivesATokenThatFindsItsCentre() {
    SpocStore store = storeWithCentres("TWL");
    store.addEnrolmentCode("TWL", "code-hash", NOW, NOW.plusSeconds(3600));
    assertEquals(
        Optional.of("Centre TWL"), store.redeemEnrolmentCode("TWL", "code-hash", "token-1", NOW));
    assertEquals(Optional.empty(), store.redeemEnrolmentCode("TWL", "code-hash", "token-2", NOW));
    assertEquals(Optional.of("TWL"), store.centreForToken("token-1"));
    assertEquals(Optional.empty(), store.centreForToken("token-2"));
  }

  @Test
  void anExpiredCodeOrACodeForAnotherCentreGivesNoToken() {
    SpocStore store = storeWithCentres("TWL", "HBC");
    store.addEnrolmentCode("TWL", "code-hash", NOW, NOW.plusSeconds(3600));
    assertEquals(Optional.empty(), store.redeemEnrolmentCode("HBC", "code-hash", "token-1", NOW));
    assertEquals(
        Optional.empty(),
        store.redeemEnrolmentCode("TWL", "code-hash", "token-1", NOW.plusSeconds(3600)));
    assertEquals(Optional.empty(), store.centreForToken("token-1"));
    assertEquals(1, store.centres(NOW).get(1).openEnrolmentCodes(), "the code is still open");
    assertEquals(0, store.centres(NOW.plusSeconds(3600)).get(1).openEnrolmentCodes());
  }

  @Test
  void revokingACentreEndsItsTokensAndWithdrawsItsUnusedCodes() {
    SpocStore store = storeWithCentres("TWL", "HBC");
    store.addEnrolmentCode("TWL", "used", NOW, NOW.plusSeconds(3600));
    store.addEnrolmentCode("TWL", "unused", NOW, NOW.plusSeconds(3600));
    store.addEnrolmentCode("HBC", "other", NOW, NOW.plusSeconds(3600));
    store.redeemEnrolmentCode("TWL", "used", "token-twl", NOW);
    store.redeemEnrolmentCode("HBC", "other", "token-hbc", NOW);

    assertEquals(1, store.revokeCentre("TWL", NOW));

    assertEquals(Optional.empty(), store.centreForToken("token-twl"));
    assertEquals(Optional.empty(), store.redeemEnrolmentCode("TWL", "unused", "token-3", NOW));
    assertEquals(Optional.of("HBC"), store.centreForToken("token-hbc"));
  }

  @Test
  void aNewReportIsStoredOnceAndTheSameReportAgainGetsTheOriginalReceipt() {
    SpocStore store = storeWithCentres("TWL");
    Report report = TestReports.report("TWL", 1);
    SpocStore.Ingest first = store.ingest(incoming("TWL", report, "rcpt-1"));
    SpocStore.Ingest second = store.ingest(incoming("TWL", report, "rcpt-2"));

    assertEquals(new SpocStore.Ingest.Stored(new SpocStore.Receipt("rcpt-1", NOW)), first);
    assertEquals(new SpocStore.Ingest.AlreadyStored(new SpocStore.Receipt("rcpt-1", NOW)), second);
    assertEquals(1, store.reportCount());
  }

  @Test
  void theSameIdWithOtherContentChangesNothing() {
    SpocStore store = storeWithCentres("TWL");
    Report report = TestReports.report("TWL", 1);
    store.ingest(incoming("TWL", report, "rcpt-1"));
    String before = store.report(report.meta().id()).orElseThrow().reportJson();

    SpocStore.Ingest again =
        store.ingest(incoming("TWL", TestReports.changed(report, "Changed."), "rcpt-2"));

    assertInstanceOf(SpocStore.Ingest.DifferentContent.class, again);
    assertEquals(before, store.report(report.meta().id()).orElseThrow().reportJson());
    assertEquals("rcpt-1", store.report(report.meta().id()).orElseThrow().receipt().receiptId());
  }

  @Test
  void theSameIdFromAnotherCentreIsNeverTakenAsADuplicate() {
    SpocStore store = storeWithCentres("TWL", "HBC");
    Report report = TestReports.report("TWL", 1);
    store.ingest(incoming("TWL", report, "rcpt-1"));
    assertInstanceOf(
        SpocStore.Ingest.DifferentContent.class, store.ingest(incoming("HBC", report, "rcpt-2")));
  }

  @Test
  void aReferenceAlreadyUsedByAnotherReportIsRefusedAndNothingIsStored() {
    SpocStore store = storeWithCentres("TWL");
    Report first = TestReports.report("TWL", 1);
    store.ingest(incoming("TWL", first, "rcpt-1"));
    Report sameReference = TestReports.report("TWL", 1);
    SpocStore.IncomingReport other =
        new SpocStore.IncomingReport(
            UUID.randomUUID(),
            "TWL",
            sameReference.meta().reference().toString(),
            "another-hash",
            "{}",
            "rcpt-2",
            NOW);
    assertInstanceOf(SpocStore.Ingest.ReferenceTaken.class, store.ingest(other));
    assertEquals(1, store.reportCount());
  }

  @Test
  void manyReportsAtOnceGetTheSameAnswersAsOneAtATimeInOrder() {
    SpocStore store = storeWithCentres("TWL");
    Report held = TestReports.report("TWL", 1);
    Report changedLater = TestReports.report("TWL", 2);
    store.ingest(incoming("TWL", held, "rcpt-held"));
    store.ingest(incoming("TWL", changedLater, "rcpt-changed"));
    Report fresh = TestReports.report("TWL", 3);
    SpocStore.IncomingReport sameReference =
        new SpocStore.IncomingReport(
            UUID.randomUUID(), "TWL", held.meta().reference().toString(), "h", "{}", "rcpt-x", NOW);

    List<SpocStore.Ingest> answers =
        store.ingestAll(
            List.of(
                incoming("TWL", fresh, "rcpt-fresh"),
                incoming("TWL", held, "rcpt-again"),
                incoming("TWL", TestReports.changed(changedLater, "Other words."), "rcpt-c2"),
                sameReference));

    assertEquals(
        new SpocStore.Ingest.Stored(new SpocStore.Receipt("rcpt-fresh", NOW)), answers.get(0));
    assertEquals(
        new SpocStore.Ingest.AlreadyStored(new SpocStore.Receipt("rcpt-held", NOW)),
        answers.get(1));
    assertInstanceOf(SpocStore.Ingest.DifferentContent.class, answers.get(2));
    assertInstanceOf(SpocStore.Ingest.ReferenceTaken.class, answers.get(3));
    assertEquals(3, store.reportCount());
    assertEquals(List.of(), store.ingestAll(List.of()));
  }

  @Test
  void theSameReportTwiceInOneCallIsStoredOnceAndTheSecondIsADuplicate() {
    SpocStore store = storeWithCentres("TWL");
    Report report = TestReports.report("TWL", 1);
    List<SpocStore.Ingest> answers =
        store.ingestAll(
            List.of(incoming("TWL", report, "rcpt-1"), incoming("TWL", report, "rcpt-2")));
    assertInstanceOf(SpocStore.Ingest.Stored.class, answers.get(0));
    assertEquals(
        new SpocStore.Ingest.AlreadyStored(new SpocStore.Receipt("rcpt-1", NOW)), answers.get(1));
    assertEquals(1, store.reportCount());
  }

  @Test
  void manyThreadsSendingTheSameReportsAtOnceStoreEachExactlyOnce() throws Exception {
    SpocStore store = storeWithCentres("TWL");
    List<Report> reports = TestReports.reports("TWL", 0, 10);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<SpocStore.Ingest>>> senders = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        int t = thread;
        senders.add(
            () -> {
              List<SpocStore.Ingest> answers = new ArrayList<>();
              if (t % 2 == 0) {
                for (Report r : reports) {
                  answers.add(store.ingest(incoming("TWL", r, "r" + t + "-" + r.meta().id())));
                }
              } else {
                answers.addAll(
                    store.ingestAll(
                        reports.stream()
                            .map(r -> incoming("TWL", r, "r" + t + "-" + r.meta().id()))
                            .toList()));
              }
              return answers;
            });
      }
      int stored = 0;
      Set<String> receipts = new HashSet<>();
      for (Future<List<SpocStore.Ingest>> answers : pool.invokeAll(senders)) {
        for (SpocStore.Ingest answer : answers.get()) {
          if (answer instanceof SpocStore.Ingest.Stored s) {
            stored++;
            receipts.add(s.receipt().receiptId());
          } else {
            receipts.add(((SpocStore.Ingest.AlreadyStored) answer).receipt().receiptId());
          }
        }
      }
      assertEquals(10, stored);
      assertEquals(10, receipts.size(), "every sender was told the one receipt of each report");
      assertEquals(10, store.reportCount());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void outcomesComeInTheOrderTheyWereRecordedAndOnlyToTheReportsCentre() {
    SpocStore store = storeWithCentres("TWL", "HBC");
    Report twl = TestReports.report("TWL", 1);
    Report hbc = TestReports.report("HBC", 1);
    store.ingest(incoming("TWL", twl, "rcpt-1"));
    store.ingest(incoming("HBC", hbc, "rcpt-2"));
    Reference ref = twl.meta().reference();

    store.recordOutcome(ref, OutcomeStatus.UNDER_REVIEW, Optional.empty(), NOW);
    store.recordOutcome(hbc.meta().reference(), OutcomeStatus.REFERRED, Optional.empty(), NOW);
    store.recordOutcome(ref, OutcomeStatus.CLOSED, Optional.of("Thank you."), NOW);

    List<SpocStore.StoredOutcome> forTwl = store.outcomesAfter("TWL", 0, 100);
    assertEquals(
        List.of(OutcomeStatus.UNDER_REVIEW, OutcomeStatus.CLOSED),
        forTwl.stream().map(SpocStore.StoredOutcome::status).toList());
    assertTrue(forTwl.get(0).seq() < forTwl.get(1).seq());
    assertEquals(Optional.of("Thank you."), forTwl.get(1).messageForVictim());
    assertTrue(forTwl.get(1).closedOn().isPresent());
    assertEquals(List.of(), store.outcomesAfter("TWL", forTwl.get(1).seq(), 100));
    assertEquals(1, store.outcomesAfter("HBC", 0, 100).size());
    assertEquals(
        Optional.of(OutcomeStatus.CLOSED),
        store.report(twl.meta().id()).orElseThrow().latestStatus());
  }

  @Test
  void anOutcomeForAnUnknownReferenceChangesNothing() {
    SpocStore store = storeWithCentres("TWL");
    assertEquals(
        Optional.empty(),
        store.recordOutcome(new Reference("TWL", 99), OutcomeStatus.CLOSED, Optional.empty(), NOW));
    assertEquals(List.of(), store.outcomesAfter("TWL", 0, 100));
  }

  @Test
  void eachPublishedDirectoryIsTheNextVersionAndTheLatestIsCurrent() {
    SpocStore store = store();
    assertEquals(Optional.empty(), store.currentDirectory());
    assertEquals(1, store.publishDirectory("{\"services\":[]}", NOW).version());
    assertEquals(2, store.publishDirectory("{\"services\":[1]}", NOW).version());
    assertEquals(2, store.currentDirectory().orElseThrow().version());
    assertEquals("{\"services\":[1]}", store.currentDirectory().orElseThrow().directoryJson());
  }

  @Test
  void reportsAreCountedByCentreAndLatestStatus() {
    SpocStore store = storeWithCentres("TWL", "HBC");
    for (Report r : TestReports.reports("TWL", 0, 3)) {
      store.ingest(incoming("TWL", r, "rcpt-" + r.meta().id()));
    }
    Report hbc = TestReports.report("HBC", 0);
    store.ingest(incoming("HBC", hbc, "rcpt-hbc"));
    store.recordOutcome(
        TestReports.report("TWL", 0).meta().reference(),
        OutcomeStatus.PASSED_TO_POLICE,
        Optional.empty(),
        NOW);

    assertEquals(
        List.of(
            new SpocStore.StatusCount("HBC", OutcomeStatus.RECEIVED, 1),
            new SpocStore.StatusCount("TWL", OutcomeStatus.PASSED_TO_POLICE, 1),
            new SpocStore.StatusCount("TWL", OutcomeStatus.RECEIVED, 2)),
        store.countsByCentreAndStatus());
  }

  private static SpocStore.IncomingReferral referral(
      UUID referralId, Report report, String centre, String service, String hash, String receipt) {
    return new SpocStore.IncomingReferral(
        referralId,
        report.meta().id(),
        centre,
        service,
        "other-services",
        NOW.minusSeconds(60),
        "amira",
        hash,
        new SpocStore.Receipt(receipt, NOW));
  }

  @Test
  void aReferralIsStoredOnceAndSendingItAgainGetsTheOriginalReceipt() {
    SpocStore store = storeWithCentres("TWL");
    Report report = TestReports.report("TWL", 1);
    store.ingest(incoming("TWL", report, "rcpt-1"));
    UUID id = UUID.randomUUID();

    SpocStore.ReferralIngest first =
        store.recordReferral(referral(id, report, "TWL", "open-doors", "h1", "rcpt-r1"));
    SpocStore.ReferralIngest again =
        store.recordReferral(referral(id, report, "TWL", "open-doors", "h1", "rcpt-r2"));

    assertEquals(new SpocStore.ReferralIngest.Stored(new SpocStore.Receipt("rcpt-r1", NOW)), first);
    assertEquals(
        new SpocStore.ReferralIngest.AlreadyStored(new SpocStore.Receipt("rcpt-r1", NOW)), again);
    List<SpocStore.StoredReferral> held = store.referrals(Optional.empty(), 10);
    assertEquals(1, held.size());
    assertEquals(report.meta().reference().toString(), held.get(0).reference());
    assertEquals("open-doors", held.get(0).serviceId());
    assertEquals(List.of(new SpocStore.CentreCount("TWL", 1)), store.referralCounts());
  }

  @Test
  void aReferralWithTheSameIdAndOtherContentChangesNothing() {
    SpocStore store = storeWithCentres("TWL");
    Report report = TestReports.report("TWL", 1);
    store.ingest(incoming("TWL", report, "rcpt-1"));
    UUID id = UUID.randomUUID();
    store.recordReferral(referral(id, report, "TWL", "open-doors", "h1", "rcpt-r1"));

    assertInstanceOf(
        SpocStore.ReferralIngest.DifferentContent.class,
        store.recordReferral(referral(id, report, "TWL", "faith-together", "h2", "rcpt-r2")));
    assertEquals("open-doors", store.referrals(Optional.empty(), 10).get(0).serviceId());
  }

  @Test
  void aReferralForAReportNotHeldFromThatCentreIsNotStored() {
    SpocStore store = storeWithCentres("TWL", "HBC");
    Report report = TestReports.report("TWL", 1);
    store.ingest(incoming("TWL", report, "rcpt-1"));
    Report notSent = TestReports.report("TWL", 2);

    assertInstanceOf(
        SpocStore.ReferralIngest.ReportNotHeld.class,
        store.recordReferral(
            referral(UUID.randomUUID(), notSent, "TWL", "open-doors", "h", "rcpt-r1")));
    assertInstanceOf(
        SpocStore.ReferralIngest.ReportNotHeld.class,
        store.recordReferral(
            referral(UUID.randomUUID(), report, "HBC", "open-doors", "h", "rcpt-r2")));
    assertEquals(List.of(), store.referrals(Optional.empty(), 10));
    assertEquals(List.of(), store.referralCounts());
  }

  @Test
  void referralsAreListedForOneCentreOnly() {
    SpocStore store = storeWithCentres("TWL", "HBC");
    Report twl = TestReports.report("TWL", 1);
    Report hbc = TestReports.report("HBC", 1);
    store.ingest(incoming("TWL", twl, "rcpt-1"));
    store.ingest(incoming("HBC", hbc, "rcpt-2"));
    store.recordReferral(referral(UUID.randomUUID(), twl, "TWL", "open-doors", "h", "rcpt-r1"));
    store.recordReferral(referral(UUID.randomUUID(), hbc, "HBC", "open-doors", "h", "rcpt-r2"));

    List<SpocStore.StoredReferral> twlOnly = store.referrals(Optional.of("TWL"), 10);
    assertEquals(1, twlOnly.size());
    assertEquals("TWL", twlOnly.get(0).centreCode());
    assertEquals(
        List.of(new SpocStore.CentreCount("HBC", 1), new SpocStore.CentreCount("TWL", 1)),
        store.referralCounts());
  }
}
