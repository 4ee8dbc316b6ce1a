package org.reportingcentre.sync;

import java.util.Optional;

/**
 * What one run did, for the summary at the end of "Send now" and of {@code sync}.
 *
 * @param received reports the SPOC took in this run (receipts given now)
 * @param duplicates of those, the SPOC had already (an earlier answer was lost); also received
 * @param needingAttention reports the SPOC refused in this run (rejected or conflict)
 * @param stillWaiting reports still queued after the run (the SPOC has not answered for them)
 * @param attentionInStore every report that needs attention now, from this run or before
 * @param stoppedBy why the run stopped early, if it did: the reports it did not send stay queued
 * @param newOutcomes reports that got news from the SPOC in this run
 * @param directoryVersion the directory version now cached, when one is
 * @param referrals the referrals to support services this run sent, and those still waiting
 */
public record SyncSummary(
    int received,
    int duplicates,
    int needingAttention,
    int stillWaiting,
    long attentionInStore,
    Optional<SyncException> stoppedBy,
    int newOutcomes,
    Optional<Integer> directoryVersion,
    Referrals referrals) {

  /**
   * Referrals in one run.
   *
   * @param received the SPOC took them in this run (receipts given now)
   * @param refused the SPOC refused them in this run; a person must look at each
   * @param waiting not answered yet after the run (not sent, or their report is not at the SPOC
   *     yet)
   */
  public record Referrals(int received, int refused, int waiting) {
    public static final Referrals NONE = new Referrals(0, 0, 0);

    /** True when the run had any referral to send or left any waiting. */
    public boolean any() {
      return received + refused + waiting > 0;
    }
  }

  /** True when nothing is left waiting and nothing needs attention. */
  public boolean allDone() {
    return stillWaiting == 0 && attentionInStore == 0;
  }

  /** Why reports are still waiting, in plain words, or empty when none are. */
  public Optional<String> whyWaiting() {
    if (stillWaiting == 0) {
      return Optional.empty();
    }
    return Optional.of(
        stoppedBy
            .map(Throwable::getMessage)
            .orElse("They were not sent in this run; they will go next time."));
  }
}
