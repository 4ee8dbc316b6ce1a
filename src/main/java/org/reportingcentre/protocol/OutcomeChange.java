package org.reportingcentre.protocol;

import java.util.Objects;
import java.util.UUID;
import org.reportingcentre.report.Outcome;

/** One outcome the SPOC recorded for one of the calling centre's reports. */
public record OutcomeChange(UUID reportId, String reference, Outcome outcome) {
  public OutcomeChange {
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(outcome, "outcome");
  }
}
