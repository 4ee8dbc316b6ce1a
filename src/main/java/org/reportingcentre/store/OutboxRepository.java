package org.reportingcentre.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.protocol.Directory;
import org.reportingcentre.protocol.OutcomeChange;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;

/**
 * The centre's side of sync as data: the SPOC link, each report's way to the SPOC and back, the
 * outcomes cursor and the cached directory. Implementations write each call in one transaction.
 */
public interface OutboxRepository {
  Optional<SpocLink> link();

  void saveLink(SpocLink link);

  /** Ids of reports not yet answered by the SPOC (saved, or sending when a run was cut short). */
  List<UUID> queued();

  /** The documents of these reports, in the order asked, skipping any no longer queued. */
  List<QueuedReport> documents(List<UUID> ids);

  /**
   * Moves queued reports (saved or sending) to {@code status}, which must be saved or sending; a
   * report the SPOC has answered is never moved back.
   */
  void setQueuedStatus(List<UUID> ids, ReportStatus status);

  /** Puts every report left "sending" (by a run that was cut short) back to saved. */
  int resetSending();

  /**
   * Records the SPOC's answers and sets each report's status to match, in one transaction: received
   * only with its receipt.
   */
  void record(List<SpocAnswer> answers);

  /** How many reports have this status now. */
  long count(ReportStatus status);

  /**
   * Stores the outcomes of reports held here and flags them as news.
   *
   * @return the references of the reports that got an outcome
   */
  List<Reference> applyOutcomes(List<OutcomeChange> changes, Instant now);

  Optional<String> outcomesCursor();

  void saveOutcomesCursor(String cursor);

  /** Clears the news flag of one report. */
  void markSeen(UUID id);

  long countWithNews();

  Optional<SyncDetails> details(UUID id);

  List<SyncDetails> allDetails();

  Optional<CachedDirectory> directory();

  void saveDirectory(Directory directory, String etag, Instant fetchedAt);

  /** Received reports whose receipt is older than {@code receivedBefore} and not yet purged. */
  List<UUID> purgeable(Instant receivedBefore);

  /**
   * Replaces a received report's document with its de-identified copy and notes when it was purged.
   */
  void replacePurged(UUID id, Report kept, Instant at);

  /** Forgets why the SPOC refused a report, once its answers were corrected to be sent again. */
  void clearAttention(UUID id, Instant at);

  /** The centre's setting: days identifying details stay after the SPOC's receipt, if set. */
  Optional<Integer> keepDays();

  void saveKeepDays(int days);

  /** A cached directory of support services with the ETag it came with. */
  record CachedDirectory(Directory directory, Optional<String> etag, Instant fetchedAt) {}
}
