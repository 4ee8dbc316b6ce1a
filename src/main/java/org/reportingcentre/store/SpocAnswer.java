package org.reportingcentre.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What the SPOC said about one report, as the outbox records it. */
public sealed interface SpocAnswer {
  UUID reportId();

  /**
   * The SPOC holds the report: its receipt is the proof.
   *
   * @param duplicate true when the SPOC had it already (an earlier send whose answer was lost)
   */
  record Received(UUID reportId, String receiptId, Instant receivedAt, boolean duplicate)
      implements SpocAnswer {
    public Received {
      Objects.requireNonNull(reportId, "reportId");
      Objects.requireNonNull(receiptId, "receiptId");
      Objects.requireNonNull(receivedAt, "receivedAt");
    }
  }

  /**
   * The SPOC did not take the report (rejected or conflict); a person has to look at it.
   *
   * @param reason the SPOC's words and what to do, safe to show
   */
  record NeedsAttention(UUID reportId, Kind kind, String reason) implements SpocAnswer {
    public NeedsAttention {
      Objects.requireNonNull(reportId, "reportId");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Why a report needs attention. */
  enum Kind {
    /** Not valid for the SPOC: fix it as a new report. */
    REJECTED,
    /** The SPOC holds a different report with the same id. */
    CONFLICT
  }
}
