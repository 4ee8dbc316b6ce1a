package org.reportingcentre.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.reportingcentre.report.Report;

/**
 * {@code POST /api/v1/reports/batch}: reports, each a report object of the exchange format (with
 * its {@code schemaVersion}). At most {@link Protocol#MAX_REPORTS_PER_BATCH} of them.
 */
public record BatchRequest(List<ObjectNode> reports) {
  public BatchRequest {
    reports = reports == null ? List.of() : List.copyOf(reports);
  }

  /** A batch of the given reports, in order; answers come back in the same order. */
  public static BatchRequest of(List<Report> reports, ExchangeFormat format) {
    return new BatchRequest(reports.stream().map(format::toTree).toList());
  }
}
