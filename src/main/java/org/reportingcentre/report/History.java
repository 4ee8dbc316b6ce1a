package org.reportingcentre.report;

import java.util.Objects;
import java.util.Optional;

/** Whether this has happened before and whether it was reported, and to whom. */
public record History(Answer happenedBefore, Answer reportedBefore, Optional<String> reportedTo) {
  public History {
    Objects.requireNonNull(happenedBefore, "happenedBefore");
    Objects.requireNonNull(reportedBefore, "reportedBefore");
    reportedTo = Values.text(reportedTo);
  }
}
