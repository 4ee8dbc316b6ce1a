package org.reportingcentre.store;

import java.time.Instant;
import java.util.UUID;

/** What the SPOC said about one referral, as the store records it. */
public sealed interface ReferralAnswer {
  UUID referralId();

  /** The SPOC holds it (new or a resend): its receipt. */
  record Received(UUID referralId, String receiptId, Instant receivedAt)
      implements ReferralAnswer {}

  /** The SPOC refused it for good: a person must look; it is not sent again on its own. */
  record Refused(UUID referralId, String reason) implements ReferralAnswer {}
}
