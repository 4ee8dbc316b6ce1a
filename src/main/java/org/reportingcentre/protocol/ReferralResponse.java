package org.reportingcentre.protocol;

import java.util.List;

/** The answer to {@code POST /api/v1/referrals}: one result per referral, in the order sent. */
public record ReferralResponse(List<ReferralResult> results) {
  public ReferralResponse {
    results = results == null ? List.of() : List.copyOf(results);
  }
}
