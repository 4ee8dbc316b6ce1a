package org.reportingcentre.centre;

import java.util.List;
import org.reportingcentre.report.Report;
import org.reportingcentre.store.AuditEntry;
import org.reportingcentre.store.ReportCorrection;
import org.reportingcentre.store.SyncDetails;

/**
 * Everything the report page shows: the answers (as far as the purge has left them), where the
 * report is on its way to the SPOC and what came back, its audit trail and its corrections.
 */
public record ReportPage(
    Report report, SyncDetails sync, List<AuditEntry> trail, List<ReportCorrection> corrections) {
  public ReportPage {
    trail = List.copyOf(trail);
    corrections = List.copyOf(corrections);
  }

  /** True while a manager may still correct it: not sending, not received. */
  public boolean correctable() {
    return ReportDesk.correctable(sync.status());
  }
}
