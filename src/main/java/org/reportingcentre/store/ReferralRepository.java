package org.reportingcentre.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reportingcentre.report.Reference;

/** Referrals of people to support services, and the SPOC's answers to them. */
public interface ReferralRepository {
  /**
   * Keeps a new referral.
   *
   * @return false, keeping nothing, when the report was referred to that service already
   */
  boolean add(Referral referral);

  /** The referrals made from a report, oldest first. */
  List<Referral> forReport(Reference reference);

  /** Referrals the SPOC has neither received nor refused, oldest first. */
  List<Referral> waiting();

  /**
   * Records one answer of the SPOC: a receipt, or a refusal of a referral not received yet.
   *
   * @return the reference of the referral's report when the answer changed it
   */
  Optional<Reference> record(ReferralAnswer answer);

  /** How many referrals were made from {@code from} up to, not including, {@code until}. */
  long countMade(Instant from, Instant until);
}
