package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.Report;

/** What every {@link ReferralRepository} must do, for reports of the same store. */
abstract class ReferralRepositoryContract {
  private static final Instant MADE = Instant.parse("2026-04-01T10:00:00Z");

  /** The repositories of one store; the referrals are {@code referrals()}. */
  protected abstract Repositories store();

  private Report stored() {
    Report report = StoreFixtures.report(store().reports().nextReference("TWL"), "words");
    store().reports().add(report);
    return report;
  }

  private static Referral referral(Report report, String service, Instant at) {
    return new Referral(
        UUID.randomUUID(),
        report.meta().id(),
        report.meta().reference(),
        service,
        "Service " + service,
        ConsentPurpose.VICTIM_SUPPORT,
        at,
        "amira",
        new Referral.State.Waiting());
  }

  @Test
  void aReportIsReferredToAServiceOnceAndTheReferralIsReadBack() {
    Report report = stored();
    Referral made = referral(report, "victim-support", MADE);
    assertTrue(store().referrals().add(made));
    assertFalse(store().referrals().add(referral(report, "victim-support", MADE.plusSeconds(5))));
    assertTrue(store().referrals().add(referral(report, "housing", MADE.plusSeconds(10))));

    List<Referral> kept = store().referrals().forReport(report.meta().reference());
    assertEquals(2, kept.size());
    assertEquals(made, kept.get(0));
    assertEquals(List.of(), store().referrals().forReport(stored().meta().reference()));
  }

  @Test
  void answersMoveReferralsOutOfTheWaitingAndARefusalNeverUndoesAReceipt() {
    Report report = stored();
    Referral received = referral(report, "victim-support", MADE);
    Referral refused = referral(report, "housing", MADE.plusSeconds(1));
    store().referrals().add(received);
    store().referrals().add(refused);
    assertEquals(2, store().referrals().waiting().size());

    Instant at = MADE.plusSeconds(600);
    assertEquals(
        Optional.of(report.meta().reference()),
        store().referrals().record(new ReferralAnswer.Received(received.id(), "rcpt-1", at)));
    assertEquals(
        Optional.of(report.meta().reference()),
        store().referrals().record(new ReferralAnswer.Refused(refused.id(), "no consent")));
    assertEquals(
        Optional.empty(),
        store().referrals().record(new ReferralAnswer.Refused(received.id(), "late refusal")));
    assertEquals(
        Optional.empty(),
        store().referrals().record(new ReferralAnswer.Refused(UUID.randomUUID(), "unknown")));

    assertEquals(List.of(), store().referrals().waiting());
    List<Referral> kept = store().referrals().forReport(report.meta().reference());
    assertEquals(new Referral.State.Sent("rcpt-1", at), kept.get(0).state());
    assertEquals(new Referral.State.NeedsAttention("no consent"), kept.get(1).state());
  }

  @Test
  void referralsAreCountedInAPeriodIncludingItsStartOnly() {
    Report report = stored();
    store().referrals().add(referral(report, "a", MADE));
    store().referrals().add(referral(report, "b", MADE.plusSeconds(3600)));
    assertEquals(1, store().referrals().countMade(MADE, MADE.plusSeconds(3600)));
    assertEquals(2, store().referrals().countMade(MADE, MADE.plusSeconds(3601)));
    assertEquals(0, store().referrals().countMade(MADE.minusSeconds(60), MADE));
  }
}
