package org.reportingcentre.store;

import java.util.Objects;
import java.util.UUID;
import org.reportingcentre.report.Reference;

/**
 * A report waiting to go to the SPOC, as it will be sent.
 *
 * @param document the report's exchange-format JSON (with its schema version), exactly as stored
 */
public record QueuedReport(UUID id, Reference reference, String document) {
  public QueuedReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(document, "document");
  }

  @Override
  public String toString() {
    return "QueuedReport[" + reference + "]";
  }
}
