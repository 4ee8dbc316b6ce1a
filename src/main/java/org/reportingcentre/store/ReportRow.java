package org.reportingcentre.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReportStatus;

/**
 * One line of the report list. No names, contacts or free text. For a volunteer everything after
 * the status is empty: they see reference, date and status only.
 *
 * @param ward the ward as the statistics keep it (an area name), if given
 */
public record ReportRow(
    UUID id,
    Reference reference,
    Instant completedAt,
    ReportStatus status,
    Optional<Channel> channel,
    Optional<String> recordedBy,
    Set<MotivationStrand> strands,
    Optional<String> ward) {
  public ReportRow {
    strands = Set.copyOf(strands);
  }
}
