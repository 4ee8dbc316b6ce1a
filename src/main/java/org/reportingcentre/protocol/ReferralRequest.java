package org.reportingcentre.protocol;

import java.util.List;

/** {@code POST /api/v1/referrals}: at most {@link Protocol#MAX_REFERRALS_PER_REQUEST} of them. */
public record ReferralRequest(List<ReferralItem> referrals) {
  public ReferralRequest {
    referrals = referrals == null ? List.of() : List.copyOf(referrals);
  }
}
