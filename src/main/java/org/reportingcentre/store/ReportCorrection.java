package org.reportingcentre.store;

import java.time.Instant;
import java.util.Optional;
import org.reportingcentre.report.CorrectableField;

/**
 * One answer changed by a correction: old and new value, until the purge removes them.
 *
 * @param auditSeq the audit entry that records the correction
 * @param removedAt when the purge removed the values (both are empty from then on)
 * @param oldWords for a coded answer, the words the manager was shown for the old value
 * @param newWords for a coded answer, the words the manager was shown for the new value
 */
public record ReportCorrection(
    long auditSeq,
    Instant at,
    String actor,
    CorrectableField field,
    Optional<String> oldValue,
    Optional<String> newValue,
    Optional<Instant> removedAt,
    Optional<String> oldWords,
    Optional<String> newWords) {}
