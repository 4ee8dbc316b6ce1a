package org.reportingcentre.store;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.report.Outcome;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReportStatus;

/**
 * Where one report is on its way to the SPOC and what came back: no personal details.
 *
 * @param receiptId present exactly when the status is received
 * @param attention the SPOC's reason and what to do, when the report needs attention
 * @param news true when an outcome arrived that nobody has looked at yet
 * @param purgedAt when the identifying details were removed, if they were
 */
public record SyncDetails(
    UUID id,
    Reference reference,
    ReportStatus status,
    Optional<String> receiptId,
    Optional<Instant> receivedAt,
    boolean duplicate,
    Optional<String> attention,
    Optional<Outcome> outcome,
    boolean news,
    Optional<Instant> purgedAt) {}
