package org.reportingcentre.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;

/** Finished reports kept at the centre. Implementations write each call in one transaction. */
public interface ReportRepository {
  /**
   * Adds finished reports, all or none, each with status {@link ReportStatus#SAVED}. The reference
   * sequence moves past every reference added, so new references never collide.
   *
   * @throws IllegalArgumentException if an id or reference is already stored
   */
  void addAll(List<Report> reports);

  default void add(Report report) {
    addAll(List.of(report));
  }

  Optional<Report> find(UUID id);

  Optional<Report> findByReference(Reference reference);

  /** The id of the report with this reference. */
  Optional<UUID> idOf(Reference reference);

  /** The references of those of these reports that are stored. */
  Map<UUID, Reference> referencesOf(List<UUID> ids);

  /**
   * The status of the report with this reference, its row locked until the transaction ends, so no
   * sync can move it meanwhile.
   */
  Optional<ReportStatus> lockStatus(Reference reference);

  /**
   * Replaces a report's answers with corrected ones, as it waits to be sent again: its status
   * becomes {@link ReportStatus#SAVED}.
   */
  void replace(UUID id, Report corrected, Instant at);

  /** Which of these ids are stored already. */
  List<UUID> existingIds(List<UUID> ids);

  /** Which of these references are stored already. */
  List<Reference> existingReferences(List<Reference> references);

  /** Summaries, oldest first, optionally only those with one status. */
  List<ReportSummary> list(Optional<ReportStatus> status);

  /** Every report, oldest first. */
  List<Report> all();

  Optional<ReportStatus> status(UUID id);

  /**
   * @return false if there is no such report
   */
  boolean setStatus(UUID id, ReportStatus status);

  long count();

  /** Takes the next free reference for a centre; a reference taken is never given again. */
  Reference nextReference(String centreCode);
}
