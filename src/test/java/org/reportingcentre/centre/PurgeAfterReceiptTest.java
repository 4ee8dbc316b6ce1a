package org.reportingcentre.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.OutcomeChange;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.Deidentify;
import org.reportingcentre.report.Outcome;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.spoc.TestReports;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.KeyRing;
import org.reportingcentre.store.Role;
import org.reportingcentre.store.SpocAnswer;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.StoreOptions;
import org.reportingcentre.store.SyncDetails;
import org.reportingcentre.store.UnlockThrottle;
import org.reportingcentre.testing.SlowTest;

/** Identifying details go only after the SPOC's receipt, and only after the configured days. */
@SlowTest
class PurgeAfterReceiptTest {
  private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
  private static final Duration KEEP = SyncStateService.DEFAULT_KEEP_AFTER_RECEIPT;

  @TempDir Path folder;
  private final Moving clock = new Moving();
  private CentreStore store;
  private final List<Report> reports = TestReports.reports("TWL", 0, 3);
  private final ExchangeFormat format = new ExchangeFormat();

  /** A clock the test moves. */
  static final class Moving extends Clock {
    volatile Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @BeforeEach
  void setUp() throws Exception {
    StoreOptions options =
        new StoreOptions(
            clock, new SecureRandom(), UnlockThrottle.inMemory(), d -> {}, KeyRing.MIN_ITERATIONS);
    store =
        CentreStore.create(
                folder,
                "TWL",
                "Townsley Library",
                "amira",
                "correct horse battery".toCharArray(),
                options)
            .store();
    CentreServices.on(store).reports().importAll(reports, "test");
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void receive(int i, Instant at) {
    CentreServices.on(store)
        .sync()
        .record(List.of(new SpocAnswer.Received(id(i), "rcpt-" + i, at, false)));
  }

  private UUID id(int i) {
    return reports.get(i).meta().id();
  }

  private Report stored(int i) {
    return CentreServices.on(store).reports().view(reports.get(i).meta().reference()).orElseThrow();
  }

  @Test
  void nothingIsPurgedBeforeTheConfiguredDaysAfterTheReceipt() throws Exception {
    receive(0, T0);
    clock.now = T0.plus(KEEP).minusSeconds(60);

    assertEquals(List.of(), CentreServices.on(store).sync().purge(KEEP));

    assertEquals(reports.get(0), stored(0));
  }

  @Test
  void aReportNeverReceivedIsNeverPurgedHoweverOld() throws Exception {
    CentreServices.on(store)
        .sync()
        .record(
            List.of(new SpocAnswer.NeedsAttention(id(1), SpocAnswer.Kind.REJECTED, "Invalid.")));
    clock.now = T0.plus(Duration.ofDays(3650));

    assertEquals(List.of(), CentreServices.on(store).sync().purge(KEEP));

    assertEquals(reports.get(1), stored(1));
    assertEquals(reports.get(2), stored(2));
  }

  @Test
  void afterTheDaysIdentifyingDetailsGoAndWhatStatisticsNeedStays() throws Exception {
    Report original = reports.get(0);
    receive(0, T0);
    receive(1, T0.plus(Duration.ofDays(10)));
    Outcome outcome =
        new Outcome(
            OutcomeStatus.CLOSED,
            List.of(),
            List.of(),
            Optional.empty(),
            Optional.of("Thank you."),
            T0.plusSeconds(5));
    CentreServices.on(store)
        .sync()
        .applyOutcomes(
            List.of(new OutcomeChange(id(0), original.meta().reference().toString(), outcome)),
            "1");
    clock.now = T0.plus(KEEP).plusSeconds(1);

    List<?> purged = CentreServices.on(store).sync().purge(KEEP);

    assertEquals(List.of(original.meta().reference()), purged, "only the one due");
    Report kept = stored(0);
    assertEquals(original.meta(), kept.meta());
    assertEquals(Deidentify.REMOVED, kept.incident().description());
    assertEquals(Optional.empty(), kept.incident().hateIndicators());
    assertEquals(Optional.empty(), kept.incident().location().address());
    assertEquals(Optional.empty(), kept.incident().location().postcode());
    assertEquals(original.incident().location().ward(), kept.incident().location().ward());
    assertEquals(original.incident().location().type(), kept.incident().location().type());
    assertEquals(original.incident().motivations(), kept.incident().motivations());
    assertEquals(original.incident().types(), kept.incident().types());
    assertEquals(original.incident().when(), kept.incident().when());
    assertEquals(original.reporter().role(), kept.reporter().role());
    var victim = kept.people().victim().orElseThrow();
    assertEquals(Optional.empty(), victim.name());
    assertEquals(Optional.empty(), victim.contact().phone());
    assertEquals(Optional.empty(), victim.contact().email());
    assertEquals(original.people().victim().orElseThrow().ageBand(), victim.ageBand());
    assertEquals(List.of(), kept.people().offenders().descriptions());
    assertEquals(List.of(), kept.people().witnesses());
    assertEquals(
        original.consent(ConsentPurpose.SHARE_WITH_POLICE).map(c -> c.granted()),
        kept.consent(ConsentPurpose.SHARE_WITH_POLICE).map(c -> c.granted()));
    String json = new String(format.write(kept), java.nio.charset.StandardCharsets.UTF_8);
    assertFalse(json.contains("Fictional Person"), json);
    assertFalse(json.contains("07700"), json);
    assertFalse(json.contains("grey hoodie"), json);

    SyncDetails details =
        CentreServices.on(store).sync().details(original.meta().reference()).orElseThrow();
    assertEquals(ReportStatus.RECEIVED, details.status());
    assertEquals(Optional.of("rcpt-0"), details.receiptId());
    assertEquals(OutcomeStatus.CLOSED, details.outcome().orElseThrow().status());
    assertEquals(Optional.of(clock.now), details.purgedAt());
    assertEquals(reports.get(1), stored(1), "received ten days later: not yet");
    assertTrue(
        store.audit().entries().stream()
            .anyMatch(
                e ->
                    e.action() == AuditAction.PURGE
                        && e.subject().equals(original.meta().reference().toString())));
    assertEquals(List.of(), CentreServices.on(store).sync().purge(KEEP), "a purge is done once");
  }

  @Test
  void theNumberOfDaysIsConfigurable() throws Exception {
    receive(0, T0);
    clock.now = T0.plus(Duration.ofDays(8));

    assertEquals(List.of(), CentreServices.on(store).sync().purge(Duration.ofDays(10)));
    assertEquals(1, CentreServices.on(store).sync().purge(Duration.ofDays(7)).size());
  }

  @Test
  void onlyAManagerCanPurge() throws Exception {
    store.users().add("sam", Role.VOLUNTEER, "another good password".toCharArray());
    store.close();
    StoreOptions options =
        new StoreOptions(
            clock, new SecureRandom(), UnlockThrottle.inMemory(), d -> {}, KeyRing.MIN_ITERATIONS);
    store = CentreStore.open(folder, "sam", "another good password".toCharArray(), options);

    assertThrows(
        StoreException.NotAllowed.class, () -> CentreServices.on(store).sync().purge(KEEP));
  }

  @Test
  void theScheduledPurgeFollowsTheStoredSettingWhichOutlivesTheSession() throws Exception {
    assertEquals(
        30, CentreServices.on(store).sync().keepDays(), "30 days until a manager says otherwise");
    receive(0, T0);
    receive(1, T0.plus(Duration.ofDays(4)));
    CentreServices.on(store).sync().setKeepDays(7);
    store.close();
    store = reopen("amira", "correct horse battery");
    assertEquals(7, CentreServices.on(store).sync().keepDays());
    clock.now = T0.plus(Duration.ofDays(8));

    assertEquals(
        List.of(reports.get(0).meta().reference()), CentreServices.on(store).sync().purgeAsSet());

    assertEquals(reports.get(1), stored(1), "received four days later: not yet");
    assertTrue(
        store.audit().entries().stream()
            .anyMatch(
                e ->
                    e.action() == AuditAction.PURGE
                        && e.detail().startsWith("automatic")
                        && e.actor().equals("amira")),
        "audited as automatic, under the signed-in user");
  }

  @Test
  void aVolunteerSessionRunsTheScheduledPurgeButCannotChangeTheSetting() throws Exception {
    store.users().add("sam", Role.VOLUNTEER, "another good password".toCharArray());
    receive(0, T0);
    store.close();
    store = reopen("sam", "another good password");
    clock.now = T0.plus(KEEP).plusSeconds(1);

    assertThrows(
        StoreException.NotAllowed.class, () -> CentreServices.on(store).sync().setKeepDays(1));
    assertEquals(1, CentreServices.on(store).sync().purgeAsSet().size());
  }

  @Test
  void anImpossibleNumberOfDaysIsRefusedAndTheSettingStays() throws Exception {
    CentreServices.on(store).sync().setKeepDays(12);

    assertThrows(
        IllegalArgumentException.class, () -> CentreServices.on(store).sync().setKeepDays(-1));
    assertThrows(
        IllegalArgumentException.class, () -> CentreServices.on(store).sync().setKeepDays(36_501));
    assertEquals(12, CentreServices.on(store).sync().keepDays());
  }

  private CentreStore reopen(String user, String password) throws StoreException {
    StoreOptions options =
        new StoreOptions(
            clock, new SecureRandom(), UnlockThrottle.inMemory(), d -> {}, KeyRing.MIN_ITERATIONS);
    return CentreStore.open(folder, user, password.toCharArray(), options);
  }
}
