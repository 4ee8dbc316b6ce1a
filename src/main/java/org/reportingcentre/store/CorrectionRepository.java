package org.reportingcentre.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.report.CorrectableField;

/**
 * The old and new answers of a report's corrections, kept beside the audit entry that records each
 * correction until the purge removes them.
 */
public interface CorrectionRepository {
  /** One changed field: its value before and after, and for a coded one the words shown. */
  record Change(
      CorrectableField field,
      Optional<String> before,
      Optional<String> after,
      Optional<String> wordsBefore,
      Optional<String> wordsAfter) {}

  /** Keeps the changes of one correction, recorded by the audit entry {@code auditSeq}. */
  void add(UUID reportId, long auditSeq, List<Change> changes);

  /** A report's corrections, oldest first, with who made each and when (from the audit log). */
  List<ReportCorrection> forReport(UUID reportId);

  /** Removes the old and new values of a report's corrections, noting when. */
  void removeValues(UUID reportId, Instant at);
}
