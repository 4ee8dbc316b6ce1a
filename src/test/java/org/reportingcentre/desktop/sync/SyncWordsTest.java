package org.reportingcentre.desktop.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.sync.SyncSummary;

/** The words of the Send now summary for referrals: what was sent, refused and left waiting. */
class SyncWordsTest {
  private final SyncWords words =
      new SyncWords(
          Messages.forLocale(Locale.UK),
          Clock.fixed(Instant.parse("2026-11-20T10:15:00Z"), ZoneOffset.UTC));

  private static SyncSummary summary(SyncSummary.Referrals referrals) {
    return new SyncSummary(4, 0, 0, 0, 0, Optional.empty(), 0, Optional.empty(), referrals);
  }

  @Test
  void refusedReferralsAreCountedAndSaidWhereToLook() {
    assertEquals(
        List.of(
            "Received by the SPOC: 4",
            "Needs attention: 0",
            "Still waiting: 0",
            "Referrals received by the SPOC: 2",
            "Referrals the SPOC refused (each report’s referral screen says why): 1",
            "Referrals still waiting: 0",
            "Every report has been received by the SPOC."),
        words.summary(summary(new SyncSummary.Referrals(2, 1, 0)), "https://spoc.example.org"));
  }

  @Test
  void aRunWithNoReferralsSaysNothingAboutThem() {
    assertEquals(
        List.of(
            "Received by the SPOC: 4",
            "Needs attention: 0",
            "Still waiting: 0",
            "Every report has been received by the SPOC."),
        words.summary(summary(SyncSummary.Referrals.NONE), "https://spoc.example.org"));
  }

  @Test
  void referralsLeftWaitingAreCountedAfterTheReportsStillWaiting() {
    SyncSummary stopped =
        new SyncSummary(
            0,
            0,
            0,
            2,
            0,
            Optional.empty(),
            0,
            Optional.empty(),
            new SyncSummary.Referrals(0, 0, 3));
    assertEquals(
        List.of(
            "Received by the SPOC: 0",
            "Needs attention: 0",
            "Still waiting: 2",
            "Why: They came in while this sending was going on; they will go next time.",
            "Referrals received by the SPOC: 0",
            "Referrals still waiting: 3"),
        words.summary(stopped, ""));
  }
}
