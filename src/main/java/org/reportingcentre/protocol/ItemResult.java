package org.reportingcentre.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.report.Problem;

/**
 * The SPOC's answer about one report of a batch. {@code index} is the report's position in the
 * batch, from 0, so every answer can be matched even when the report could not be read.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "result")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ItemResult.Accepted.class, name = "accepted"),
  @JsonSubTypes.Type(value = ItemResult.Duplicate.class, name = "duplicate"),
  @JsonSubTypes.Type(value = ItemResult.Conflict.class, name = "conflict"),
  @JsonSubTypes.Type(value = ItemResult.Rejected.class, name = "rejected")
})
public sealed interface ItemResult {
  int index();

  /** True when the SPOC holds this report: the centre may mark it sent. */
  default boolean received() {
    return this instanceof Accepted || this instanceof Duplicate;
  }

  /** Stored now; the receipt is the SPOC's proof. */
  record Accepted(int index, UUID reportId, String receiptId, Instant receivedAt)
      implements ItemResult {
    public Accepted {
      Objects.requireNonNull(reportId, "reportId");
      Objects.requireNonNull(receiptId, "receiptId");
      Objects.requireNonNull(receivedAt, "receivedAt");
    }
  }

  /** Stored before with the same content; the receipt is the original one. Same as accepted. */
  record Duplicate(int index, UUID reportId, String receiptId, Instant receivedAt)
      implements ItemResult {
    public Duplicate {
      Objects.requireNonNull(reportId, "reportId");
      Objects.requireNonNull(receiptId, "receiptId");
      Objects.requireNonNull(receivedAt, "receivedAt");
    }
  }

  /**
   * The SPOC already holds a different report with this id. Nothing was stored or changed; a person
   * has to look at it, so the centre must not resend it as it is.
   */
  record Conflict(int index, UUID reportId, String message) implements ItemResult {
    public Conflict {
      Objects.requireNonNull(reportId, "reportId");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * The report is not valid; nothing was stored. The problems say why, in the same words as the
   * centre's own validation. Resending it unchanged will be rejected again.
   *
   * @param reportId empty when the report was too broken to find its id
   */
  record Rejected(int index, Optional<UUID> reportId, List<Problem> problems)
      implements ItemResult {
    public Rejected {
      reportId = reportId == null ? Optional.empty() : reportId;
      problems = problems == null ? List.of() : List.copyOf(problems);
    }
  }
}
