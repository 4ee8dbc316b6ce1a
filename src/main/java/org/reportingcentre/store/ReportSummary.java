package org.reportingcentre.store;

import java.time.Instant;
import java.util.UUID;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReportStatus;

/** A report as lists show it: no personal details at all. */
public record ReportSummary(
    UUID id, Reference reference, Instant completedAt, Channel channel, ReportStatus status) {}
