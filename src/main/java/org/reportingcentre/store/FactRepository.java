package org.reportingcentre.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The de-identified facts of every report, kept when personal details are purged: what statistics
 * and the report list's strand, type and ward filters read, never a report's document.
 */
public interface FactRepository {
  /**
   * Brings the facts up to date with the stored reports: new reports are added and changed ones (an
   * outcome arrived, a correction) are read again. Facts of reports no longer stored are kept.
   *
   * @return how many reports were read
   */
  int refresh();

  /** Writes one report's facts again, in the caller's transaction. */
  void rewrite(UUID reportId);

  /** The facts of reports completed at or after {@code from} and before {@code to}. */
  List<ReportFacts> completedBetween(Instant from, Instant to);

  /**
   * The counts of the facts of reports completed at or after {@code from} and before {@code to}:
   * the same figures as {@link FactCounts#of} over {@link #completedBetween}, counted as the rows
   * are read.
   *
   * @param monthStarts the first instant of each month to count, in order
   */
  FactCounts countBetween(Instant from, Instant to, List<Instant> monthStarts);
}
