package org.reportingcentre.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.reportingcentre.report.Problem;

/**
 * The SPOC's answer about one referral. {@code index} is its position in the request, from 0. Only
 * {@code accepted} and {@code duplicate} mean the SPOC holds it; only then may a centre show it as
 * sent.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "result")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ReferralResult.Accepted.class, name = "accepted"),
  @JsonSubTypes.Type(value = ReferralResult.Duplicate.class, name = "duplicate"),
  @JsonSubTypes.Type(value = ReferralResult.Conflict.class, name = "conflict"),
  @JsonSubTypes.Type(value = ReferralResult.Rejected.class, name = "rejected"),
  @JsonSubTypes.Type(value = ReferralResult.ReportNotHeld.class, name = "report-not-held")
})
public sealed interface ReferralResult {
  int index();

  UUID referralId();

  /** Stored now. */
  record Accepted(int index, UUID referralId, String receiptId, Instant receivedAt)
      implements ReferralResult {
    public Accepted {
      Objects.requireNonNull(referralId, "referralId");
      Objects.requireNonNull(receiptId, "receiptId");
      Objects.requireNonNull(receivedAt, "receivedAt");
    }
  }

  /** Stored before with the same content: the receipt is the original one. Same as accepted. */
  record Duplicate(int index, UUID referralId, String receiptId, Instant receivedAt)
      implements ReferralResult {
    public Duplicate {
      Objects.requireNonNull(referralId, "referralId");
      Objects.requireNonNull(receiptId, "receiptId");
      Objects.requireNonNull(receivedAt, "receivedAt");
    }
  }

  /** The SPOC holds a different referral under this id. Nothing was changed. */
  record Conflict(int index, UUID referralId, String message) implements ReferralResult {
    public Conflict {
      Objects.requireNonNull(referralId, "referralId");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * Not taken, with the reasons: the report does not record the consent it needs, or a field is not
   * valid. Nothing was stored; sending it again unchanged is refused again.
   */
  record Rejected(int index, UUID referralId, List<Problem> problems) implements ReferralResult {
    public Rejected {
      Objects.requireNonNull(referralId, "referralId");
      problems = problems == null ? List.of() : List.copyOf(problems);
    }
  }

  /**
   * The SPOC does not hold the report yet (it may be on its way). Nothing was stored; send the
   * referral again after the report.
   */
  record ReportNotHeld(int index, UUID referralId, String message) implements ReferralResult {
    public ReportNotHeld {
      Objects.requireNonNull(referralId, "referralId");
      Objects.requireNonNull(message, "message");
    }
  }
}
