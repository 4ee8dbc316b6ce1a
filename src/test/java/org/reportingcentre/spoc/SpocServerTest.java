package org.reportingcentre.spoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.protocol.BatchResponse;
import org.reportingcentre.protocol.Directory;
import org.reportingcentre.protocol.EnrolRequest;
import org.reportingcentre.protocol.Health;
import org.reportingcentre.protocol.ItemResult;
import org.reportingcentre.protocol.OutcomesPage;
import org.reportingcentre.protocol.Protocol;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Report;
import org.reportingcentre.testing.MutableClock;
import org.reportingcentre.testing.SlowTest;

/** The SPOC end to end: real server on loopback, real H2 file, real HTTP client. */
@SlowTest
class SpocServerTest {
  @TempDir Path dataDir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
  private SpocTestServer spoc;

  @BeforeEach
  void start() {
    spoc = new SpocTestServer(dataDir, clock);
  }

  @AfterEach
  void stop() {
    spoc.close();
  }

  @Test
  void healthSaysThisIsASpocWithItsProtocolVersionServerIdAndTime() {
    SpocTestServer.Answer answer = spoc.get(Protocol.HEALTH_PATH, null);
    Health health = answer.as(Health.class);
    assertEquals(200, answer.status());
    assertTrue(health.matchesThisBuild());
    assertEquals(spoc.store.serverId(), health.serverId());
    assertEquals(clock.instant(), health.time());
    assertEquals("1", answer.headers().get(Protocol.VERSION_HEADER));
  }

  @Test
  void sendingTheSameBatchTwiceStoresEachReportOnceAndAnswersDuplicateWithTheOriginalReceipt() {
    String token = spoc.enrol("TWL");
    List<Report> reports = TestReports.reports("TWL", 0, 5);

    BatchResponse first = spoc.sendBatch(token, reports);
    BatchResponse second = spoc.sendBatch(token, reports);

    assertEquals(5, spoc.store.reportCount());
    for (int i = 0; i < 5; i++) {
      ItemResult.Accepted accepted =
          assertInstanceOf(ItemResult.Accepted.class, first.results().get(i));
      ItemResult.Duplicate duplicate =
          assertInstanceOf(ItemResult.Duplicate.class, second.results().get(i));
      assertEquals(i, accepted.index());
      assertEquals(reports.get(i).meta().id(), accepted.reportId());
      assertEquals(accepted.receiptId(), duplicate.receiptId());
      assertEquals(accepted.receivedAt(), duplicate.receivedAt());
      assertTrue(duplicate.received());
    }
  }

  @Test
  void theSameIdWithChangedContentAnswersConflictAndChangesNothing() {
    String token = spoc.enrol("TWL");
    Report report = TestReports.report("TWL", 1);
    spoc.sendBatch(token, List.of(report));
    String before = spoc.store.report(report.meta().id()).orElseThrow().reportJson();

    BatchResponse answer =
        spoc.sendBatch(token, List.of(TestReports.changed(report, "Something else entirely.")));

    ItemResult.Conflict conflict =
        assertInstanceOf(ItemResult.Conflict.class, answer.results().get(0));
    assertEquals(report.meta().id(), conflict.reportId());
    assertTrue(conflict.message().contains("Nothing was changed"));
    assertEquals(before, spoc.store.report(report.meta().id()).orElseThrow().reportJson());
    assertEquals(1, spoc.store.reportCount());
  }

  @Test
  void oneBadReportInABatchDoesNotStopTheOthers() {
    String token = spoc.enrol("TWL");
    Report good1 = TestReports.report("TWL", 1);
    Report invalid = TestReports.changed(TestReports.report("TWL", 2), "");
    Report good2 = TestReports.report("TWL", 3);

    BatchResponse answer = spoc.sendBatch(token, List.of(good1, invalid, good2));

    assertInstanceOf(ItemResult.Accepted.class, answer.results().get(0));
    ItemResult.Rejected rejected =
        assertInstanceOf(ItemResult.Rejected.class, answer.results().get(1));
    assertEquals(Optional.of(invalid.meta().id()), rejected.reportId());
    assertEquals("incident.description", rejected.problems().get(0).field());
    assertInstanceOf(ItemResult.Accepted.class, answer.results().get(2));
    assertEquals(2, spoc.store.reportCount());
  }

  @Test
  void aCentreCannotSendAnotherCentresReportsWithItsToken() {
    spoc.enrol("HBC");
    String twlToken = spoc.enrol("TWL");
    Report hbcReport = TestReports.report("HBC", 1);

    BatchResponse answer = spoc.sendBatch(twlToken, List.of(hbcReport));

    ItemResult.Rejected rejected =
        assertInstanceOf(ItemResult.Rejected.class, answer.results().get(0));
    assertTrue(rejected.problems().get(0).message().contains("can only send its own reports"));
    assertEquals(0, spoc.store.reportCount());
  }

  @Test
  void anOutcomeSentByACentreIsNotKeptAndDoesNotChangeTheContentHash() {
    String token = spoc.enrol("TWL");
    Report report = TestReports.report("TWL", 1);
    spoc.sendBatch(token, List.of(report));
    Report withOutcome =
        report.withOutcome(
            new org.reportingcentre.report.Outcome(
                OutcomeStatus.CLOSED,
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                clock.instant()));

    BatchResponse answer = spoc.sendBatch(token, List.of(withOutcome));

    assertInstanceOf(ItemResult.Duplicate.class, answer.results().get(0));
    assertTrue(
        !spoc.store.report(report.meta().id()).orElseThrow().reportJson().contains("outcome\":{"));
  }

  @Test
  void anEnrolmentCodeWorksOnceAndNotAfterItExpires() throws Exception {
    SpocAdmin.IssuedCode code = spoc.admin.addCentre("TWL", "Tower Library");
    SpocAdmin.IssuedCode later = spoc.admin.newEnrolmentCode("TWL");
    byte[] first = spoc.mapper.writeValueAsBytes(new EnrolRequest("TWL", code.enrolmentCode()));
    byte[] typedLoosely =
        spoc.mapper.writeValueAsBytes(
            new EnrolRequest("TWL", " " + later.enrolmentCode().toLowerCase().replace("-", " ")));

    assertEquals(200, spoc.post(Protocol.ENROL_PATH, null, first, Map.of()).status());
    SpocTestServer.Answer again = spoc.post(Protocol.ENROL_PATH, null, first, Map.of());
    assertEquals(401, again.status());
    assertEquals("enrolment-refused", again.error().error());

    clock.advance(SpocAdmin.ENROLMENT_CODE_VALIDITY.plus(Duration.ofMinutes(1)));
    SpocTestServer.Answer expired = spoc.post(Protocol.ENROL_PATH, null, typedLoosely, Map.of());
    assertEquals(401, expired.status());
    assertEquals(1, spoc.admin.centres().get(0).liveTokens());
  }

  @Test
  void aCodeTypedWithOtherCaseAndSpacesStillWorks() throws Exception {
    SpocAdmin.IssuedCode code = spoc.admin.addCentre("TWL", "Tower Library");
    byte[] typed =
        spoc.mapper.writeValueAsBytes(
            new EnrolRequest("TWL", code.enrolmentCode().toLowerCase().replace("-", " ")));
    assertEquals(200, spoc.post(Protocol.ENROL_PATH, null, typed, Map.of()).status());
  }

  @Test
  void aRevokedTokenIsRefusedAndANewCodeEnrolsTheCentreAgain() throws Exception {
    String token = spoc.enrol("TWL");
    spoc.sendBatch(token, TestReports.reports("TWL", 0, 2));

    assertEquals(1, spoc.admin.revoke("TWL"));
    SpocTestServer.Answer refused = spoc.get(Protocol.DIRECTORY_PATH, token);
    assertEquals(401, refused.status());
    assertEquals("unauthorised", refused.error().error());

    SpocAdmin.IssuedCode code = spoc.admin.newEnrolmentCode("TWL");
    SpocTestServer.Answer enrolled =
        spoc.post(
            Protocol.ENROL_PATH,
            null,
            spoc.mapper.writeValueAsBytes(new EnrolRequest("TWL", code.enrolmentCode())),
            Map.of());
    assertEquals(200, enrolled.status());
    assertEquals(2, spoc.store.reportCount(), "revoking keeps the centre's reports");
  }

  @Test
  void outcomesComeBackToTheirOwnCentreOnlyWithACursorThatMovesOn() throws Exception {
    String twl = spoc.enrol("TWL");
    String hbc = spoc.enrol("HBC");
    Report twlReport = TestReports.report("TWL", 1);
    spoc.sendBatch(twl, List.of(twlReport, TestReports.report("TWL", 2)));
    spoc.sendBatch(hbc, List.of(TestReports.report("HBC", 1)));
    String reference = twlReport.meta().reference().toString();

    spoc.admin.setOutcome(reference, OutcomeStatus.PASSED_TO_POLICE, Optional.empty());
    spoc.admin.setOutcome(
        TestReports.report("HBC", 1).meta().reference().toString(),
        OutcomeStatus.REFERRED,
        Optional.empty());
    spoc.admin.setOutcome(
        reference, OutcomeStatus.CLOSED, Optional.of("The police spoke to them."));

    OutcomesPage first = spoc.get(Protocol.OUTCOMES_PATH + "?limit=1", twl).as(OutcomesPage.class);
    assertEquals(1, first.changes().size());
    assertTrue(first.more());
    assertEquals(OutcomeStatus.PASSED_TO_POLICE, first.changes().get(0).outcome().status());
    OutcomesPage second =
        spoc.get(Protocol.OUTCOMES_PATH + "?since=" + first.nextCursor(), twl)
            .as(OutcomesPage.class);
    assertEquals(1, second.changes().size());
    assertEquals(reference, second.changes().get(0).reference());
    assertEquals(
        Optional.of("The police spoke to them."),
        second.changes().get(0).outcome().messageForVictim());
    assertEquals(false, second.more());
    OutcomesPage none =
        spoc.get(Protocol.OUTCOMES_PATH + "?since=" + second.nextCursor(), twl)
            .as(OutcomesPage.class);
    assertEquals(List.of(), none.changes());
    assertEquals(second.nextCursor(), none.nextCursor());

    OutcomesPage forHbc = spoc.get(Protocol.OUTCOMES_PATH, hbc).as(OutcomesPage.class);
    assertEquals(1, forHbc.changes().size());
    assertEquals(OutcomeStatus.REFERRED, forHbc.changes().get(0).outcome().status());
  }

  @Test
  void theDirectoryComesWithItsVersionAndIsNotResentWhenUnchanged() throws Exception {
    String token = spoc.enrol("TWL");
    Directory empty = spoc.get(Protocol.DIRECTORY_PATH, token).as(Directory.class);
    assertEquals(0, empty.version());

    spoc.admin.loadDirectory(sampleDirectory());
    SpocTestServer.Answer loaded = spoc.get(Protocol.DIRECTORY_PATH, token);
    Directory directory = loaded.as(Directory.class);
    assertEquals(1, directory.version());
    assertTrue(directory.services().size() >= 5);
    assertTrue(directory.services().stream().anyMatch(s -> s.nationalPublicNumber()));

    SpocTestServer.Answer unchanged =
        spoc.call(
            new okhttp3.Request.Builder().url(spoc.url(Protocol.DIRECTORY_PATH)).get(),
            token,
            Map.of("If-None-Match", loaded.headers().get("ETag")));
    assertEquals(304, unchanged.status());
  }

  @Test
  void restartingTheServerKeepsReportsReceiptsTokensOutcomesAndTheDirectory() throws Exception {
    String token = spoc.enrol("TWL");
    List<Report> reports = TestReports.reports("TWL", 0, 3);
    BatchResponse before = spoc.sendBatch(token, reports);
    spoc.admin.setOutcome(
        reports.get(0).meta().reference().toString(), OutcomeStatus.UNDER_REVIEW, Optional.empty());
    spoc.admin.loadDirectory(sampleDirectory());
    String serverId = spoc.store.serverId();

    spoc.restart();

    assertEquals(serverId, spoc.get(Protocol.HEALTH_PATH, null).as(Health.class).serverId());
    BatchResponse after = spoc.sendBatch(token, reports);
    for (int i = 0; i < 3; i++) {
      ItemResult.Accepted accepted = (ItemResult.Accepted) before.results().get(i);
      ItemResult.Duplicate duplicate =
          assertInstanceOf(ItemResult.Duplicate.class, after.results().get(i));
      assertEquals(accepted.receiptId(), duplicate.receiptId());
    }
    assertEquals(3, spoc.store.reportCount());
    assertEquals(
        1, spoc.get(Protocol.OUTCOMES_PATH, token).as(OutcomesPage.class).changes().size());
    assertEquals(1, spoc.get(Protocol.DIRECTORY_PATH, token).as(Directory.class).version());
  }

  static Path sampleDirectory() {
    Path path = Path.of("sample-data", "directory.json");
    assertTrue(Files.exists(path), "sample-data/directory.json is missing");
    return path;
  }
}
