package org.reportingcentre.spoc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Reference;

/**
 * Everything the SPOC keeps: centres, their enrolment codes and tokens (as hashes only), the
 * reports received, the outcomes recorded, and the directory of support services. Every write is
 * one transaction. Implementations must be safe to call from many threads and many processes.
 */
public interface SpocStore {
  /** This SPOC's identity, made once and kept: the same for every instance on one database. */
  String serverId();

  /** Adds a centre; false, and nothing changed, when the code is taken. */
  boolean addCentre(String centreCode, String centreName, Instant at);

  Optional<String> centreName(String centreCode);

  /** Every centre, by code, with its codes still open at {@code now}. */
  List<CentreSummary> centres(Instant now);

  void addEnrolmentCode(String centreCode, String codeHash, Instant issuedAt, Instant expiresAt);

  /**
   * Uses up an enrolment code and keeps the new token's hash, in one step that only one caller can
   * win. Empty, and nothing changed, when the code is unknown, used, withdrawn, expired at {@code
   * now}, or for another centre.
   *
   * @return the centre's name
   */
  Optional<String> redeemEnrolmentCode(
      String centreCode, String codeHash, String tokenHash, Instant now);

  /** The centre whose live (not revoked) token has this hash. */
  Optional<String> centreForToken(String tokenHash);

  /**
   * Revokes every token of the centre and withdraws its unused enrolment codes.
   *
   * @return how many tokens were revoked
   */
  int revokeCentre(String centreCode, Instant at);

  /** Stores a report unless it is already held; safe when the same report arrives at once twice. */
  Ingest ingest(IncomingReport report);

  /**
   * Stores many reports, answering for each exactly as {@link #ingest} would, in order. Reports
   * that are new are stored together in one transaction, so a batch costs one commit; each report
   * is still all there or not there at all.
   */
  List<Ingest> ingestAll(List<IncomingReport> reports);

  Optional<StoredReport> report(UUID reportId);

  long reportCount();

  /** Records an outcome for the report with this reference; empty when there is no such report. */
  Optional<StoredOutcome> recordOutcome(
      Reference reference, OutcomeStatus status, Optional<String> messageForVictim, Instant at);

  /** Outcome changes for the centre's reports after the cursor {@code afterSeq}, oldest first. */
  List<StoredOutcome> outcomesAfter(String centreCode, long afterSeq, int limit);

  /** Publishes a new version of the directory. */
  PublishedDirectory publishDirectory(String directoryJson, Instant at);

  Optional<PublishedDirectory> currentDirectory();

  /**
   * Stores a referral unless it is already held; safe when the same referral arrives twice at once.
   * The report it belongs to must be held from the same centre.
   */
  ReferralIngest recordReferral(IncomingReferral referral);

  /** Referrals, newest first, of one centre or (empty) of every centre; at most {@code limit}. */
  List<StoredReferral> referrals(Optional<String> centreCode, int limit);

  /** How many referrals each centre made. */
  List<CentreCount> referralCounts();

  /** Reports by centre and latest status; a report with no outcome yet counts as received. */
  List<StatusCount> countsByCentreAndStatus();

  /** A centre as {@code spoc centre list} shows it. */
  record CentreSummary(
      String centreCode,
      String centreName,
      Instant createdAt,
      int liveTokens,
      int openEnrolmentCodes,
      long reports) {}

  /** A valid report on its way in, with the receipt it gets if it is new. */
  record IncomingReport(
      UUID reportId,
      String centreCode,
      String reference,
      String contentHash,
      String reportJson,
      String receiptId,
      Instant receivedAt) {
    public IncomingReport {
      Objects.requireNonNull(reportId, "reportId");
      Objects.requireNonNull(centreCode, "centreCode");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(contentHash, "contentHash");
      Objects.requireNonNull(reportJson, "reportJson");
      Objects.requireNonNull(receiptId, "receiptId");
      Objects.requireNonNull(receivedAt, "receivedAt");
    }
  }

  /** The SPOC's proof that it holds a report. */
  record Receipt(String receiptId, Instant receivedAt) {}

  /** What happened to an incoming report. */
  sealed interface Ingest {
    /** New: stored now. */
    record Stored(Receipt receipt) implements Ingest {}

    /** Held already, same centre and same content: nothing changed. */
    record AlreadyStored(Receipt receipt) implements Ingest {}

    /** A report with this id is held with other content or from another centre: nothing changed. */
    record DifferentContent() implements Ingest {}

    /** Another report already has this reference: nothing changed. */
    record ReferenceTaken() implements Ingest {}
  }

  /** A report as the SPOC holds it, with its receipt and the latest outcome status, if any. */
  record StoredReport(
      UUID reportId,
      String centreCode,
      String reference,
      String contentHash,
      String reportJson,
      Receipt receipt,
      Optional<OutcomeStatus> latestStatus) {}

  /**
   * One outcome recorded for one report.
   *
   * @param seq the cursor position of this change: higher is later, in commit order
   */
  record StoredOutcome(
      long seq,
      UUID reportId,
      String centreCode,
      String reference,
      OutcomeStatus status,
      Optional<String> messageForVictim,
      Optional<LocalDate> closedOn,
      Instant changedAt) {}

  /** One published version of the directory, as the JSON of a {@code DirectoryDocument}. */
  record PublishedDirectory(int version, Instant publishedAt, String directoryJson) {}

  /** A referral on its way in, already checked, with the receipt it gets if it is new. */
  record IncomingReferral(
      UUID referralId,
      UUID reportId,
      String centreCode,
      String serviceId,
      String consentPurpose,
      Instant madeAt,
      String madeBy,
      String contentHash,
      Receipt receipt) {
    public IncomingReferral {
      Objects.requireNonNull(referralId, "referralId");
      Objects.requireNonNull(reportId, "reportId");
      Objects.requireNonNull(centreCode, "centreCode");
      Objects.requireNonNull(serviceId, "serviceId");
      Objects.requireNonNull(consentPurpose, "consentPurpose");
      Objects.requireNonNull(madeAt, "madeAt");
      Objects.requireNonNull(madeBy, "madeBy");
      Objects.requireNonNull(contentHash, "contentHash");
      Objects.requireNonNull(receipt, "receipt");
    }
  }

  /** What happened to an incoming referral. */
  sealed interface ReferralIngest {
    /** New: stored now. */
    record Stored(Receipt receipt) implements ReferralIngest {}

    /** Held already with the same content: nothing changed, the original receipt. */
    record AlreadyStored(Receipt receipt) implements ReferralIngest {}

    /** A referral with this id is held with other content or from another centre. */
    record DifferentContent() implements ReferralIngest {}

    /** The SPOC holds no report with this id from this centre. */
    record ReportNotHeld() implements ReferralIngest {}
  }

  /** A referral as the SPOC holds it, with the reference of its report. */
  record StoredReferral(
      UUID referralId,
      String centreCode,
      String reference,
      String serviceId,
      String consentPurpose,
      Instant madeAt,
      String madeBy,
      Receipt receipt) {}

  /** A count for one centre. */
  record CentreCount(String centreCode, long count) {}

  /** How many of a centre's reports have this latest status. */
  record StatusCount(String centreCode, OutcomeStatus status, long reports) {}
}
