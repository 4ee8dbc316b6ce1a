package org.reportingcentre.centre;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.protocol.Directory;
import org.reportingcentre.protocol.OutcomeChange;
import org.reportingcentre.report.Deidentify;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.AuditLog;
import org.reportingcentre.store.OutboxRepository;
import org.reportingcentre.store.QueuedReport;
import org.reportingcentre.store.Session;
import org.reportingcentre.store.SpocAnswer;
import org.reportingcentre.store.SpocLink;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.SyncDetails;
import org.reportingcentre.store.UnitOfWork;

/**
 * The centre's side of sending to the SPOC, for the signed-in user: the SPOC link and its token,
 * the outbox, receipts, outcomes, the cached directory, and the purge of identifying details. Every
 * change the SPOC's answers make is audited in the same transaction, and the seal follows.
 */
public final class SyncStateService {
  /** How long identifying details stay after the SPOC's receipt unless a centre says otherwise. */
  public static final Duration DEFAULT_KEEP_AFTER_RECEIPT = Duration.ofDays(30);

  /** The longest a centre may keep identifying details after receipt: 100 years. */
  public static final int MAX_KEEP_DAYS = 36_500;

  private static final String SPOC_SUBJECT = "spoc";

  private final UnitOfWork work;
  private final Clock clock;
  private final Session session;

  SyncStateService(UnitOfWork work, Clock clock, Session session) {
    this.work = work;
    this.clock = clock;
    this.session = session;
  }

  /** The outbox outside a transaction: each call its own. */
  private OutboxRepository outbox() {
    return work.repositories().outbox();
  }

  /** The SPOC this centre sends to, if it has enrolled. */
  public Optional<SpocLink> link() {
    return outbox().link();
  }

  /** Keeps the SPOC link and token after enrolment; managers only; audited. */
  public void saveLink(SpocLink link) throws StoreException.NotAllowed {
    session.requireManager("enrol the centre with a SPOC");
    work.inTransaction(
        tx -> {
          tx.outbox().saveLink(link);
          return tx.audit()
              .append(
                  session.user(),
                  AuditAction.SYNC,
                  SPOC_SUBJECT,
                  cut("enrolled with " + link.baseUrl() + " (" + link.serverId() + ")"));
        });
    work.sealAuditHead();
  }

  /** How many reports have this status now (no personal details). */
  public long count(ReportStatus status) {
    return outbox().count(status);
  }

  /** Ids of every report still waiting for the SPOC's answer, oldest first. */
  public List<UUID> queued() {
    return outbox().queued();
  }

  public List<QueuedReport> documents(List<UUID> ids) {
    return outbox().documents(ids);
  }

  /** Marks reports as on their way; they stay queued until the SPOC answers. */
  public void markSending(List<UUID> ids) {
    outbox().setQueuedStatus(ids, ReportStatus.SENDING);
  }

  /** Puts reports back as saved after a send that got no answer: nothing is known of them. */
  public void backToSaved(List<UUID> ids) {
    outbox().setQueuedStatus(ids, ReportStatus.SAVED);
  }

  /**
   * Puts reports left "sending" by a run that was cut short (the app was closed or killed) back to
   * "saved on this computer", so the screen never shows a send that is not going on. Only one
   * process can open the store, so at the start of a run nothing else is sending.
   *
   * @return how many were put back
   */
  public int forgetInterruptedSends() {
    return outbox().resetSending();
  }

  /** Records the SPOC's answers, each report's status and an audit entry per report, at once. */
  public void record(List<SpocAnswer> answers) {
    if (answers.isEmpty()) {
      return;
    }
    work.inTransaction(
        tx -> {
          tx.outbox().record(answers);
          Map<UUID, Reference> references =
              tx.reports().referencesOf(answers.stream().map(SpocAnswer::reportId).toList());
          List<String> received = new ArrayList<>();
          List<String> duplicate = new ArrayList<>();
          List<String> rejected = new ArrayList<>();
          List<String> conflict = new ArrayList<>();
          for (SpocAnswer answer : answers) {
            Reference known = references.get(answer.reportId());
            if (known == null) {
              continue;
            }
            String reference = known.toString();
            if (answer instanceof SpocAnswer.Received r) {
              (r.duplicate() ? duplicate : received).add(reference);
            } else if (answer instanceof SpocAnswer.NeedsAttention a) {
              (a.kind() == SpocAnswer.Kind.CONFLICT ? conflict : rejected).add(reference);
            }
          }
          AuditLog audit = tx.audit();
          appendIfAny(audit, received, "received by the SPOC");
          appendIfAny(audit, duplicate, "received by the SPOC (it already had it)");
          appendIfAny(audit, rejected, "needs attention: rejected by the SPOC");
          appendIfAny(audit, conflict, "needs attention: conflict at the SPOC");
          return null;
        });
    work.sealAuditHead();
  }

  private void appendIfAny(AuditLog audit, List<String> subjects, String detail) {
    if (!subjects.isEmpty()) {
      audit.appendAll(session.user(), AuditAction.SYNC, subjects, detail);
    }
  }

  /**
   * Applies one page of outcomes and then moves the cursor, in one transaction, so a page is never
   * half-applied or skipped.
   *
   * @return the references of reports held here that got news
   */
  public List<Reference> applyOutcomes(List<OutcomeChange> changes, String nextCursor) {
    List<Reference> applied =
        work.inTransaction(
            tx -> {
              OutboxRepository repository = tx.outbox();
              List<Reference> references = repository.applyOutcomes(changes, clock.instant());
              repository.saveOutcomesCursor(nextCursor);
              if (!references.isEmpty()) {
                tx.audit()
                    .appendAll(
                        session.user(),
                        AuditAction.SYNC,
                        references.stream().map(Reference::toString).toList(),
                        "outcome from the SPOC");
              }
              return references;
            });
    work.sealAuditHead();
    return applied;
  }

  public Optional<String> outcomesCursor() {
    return outbox().outcomesCursor();
  }

  /** How many reports have an outcome nobody has looked at yet ("3 reports have news"). */
  public long reportsWithNews() {
    return outbox().countWithNews();
  }

  /** Says that someone has seen a report's outcome. */
  public void markSeen(Reference reference) {
    details(reference).ifPresent(d -> outbox().markSeen(d.id()));
  }

  public Optional<SyncDetails> details(Reference reference) {
    return work.repositories().reports().idOf(reference).flatMap(id -> outbox().details(id));
  }

  /** Every report's sync details, oldest first (no personal details). */
  public List<SyncDetails> allDetails() {
    return outbox().allDetails();
  }

  /** Referrals waiting for the SPOC, and where their answers go (for the sync's sender). */
  public ReferralService referrals() {
    return new ReferralService(work, clock, session);
  }

  public Optional<OutboxRepository.CachedDirectory> directory() {
    return outbox().directory();
  }

  public void saveDirectory(Directory directory, Optional<String> etag) {
    outbox().saveDirectory(directory, etag.orElse(null), clock.instant());
  }

  /**
   * Removes identifying details from every report received by the SPOC more than {@code
   * keepAfterReceipt} ago, keeping what statistics and the outcome need. Each report is audited.
   *
   * @return the references of the reports purged now
   */
  public List<Reference> purge(Duration keepAfterReceipt) throws StoreException.NotAllowed {
    session.requireManager("remove identifying details");
    return purge(
        keepAfterReceipt,
        "identifying details removed " + keepAfterReceipt.toDays() + " days after receipt");
  }

  /** The centre's setting: days identifying details stay after the SPOC's receipt (default 30). */
  public int keepDays() {
    return outbox().keepDays().orElse((int) DEFAULT_KEEP_AFTER_RECEIPT.toDays());
  }

  /** Stores the centre's setting for {@link #keepDays()}; managers only; audited. */
  public void setKeepDays(int days) throws StoreException.NotAllowed {
    session.requireManager("change how long identifying details are kept");
    if (days < 0 || days > MAX_KEEP_DAYS) {
      throw new IllegalArgumentException("The number of days must be 0 to " + MAX_KEEP_DAYS + ".");
    }
    work.inTransaction(
        tx -> {
          tx.outbox().saveKeepDays(days);
          return tx.audit()
              .append(
                  session.user(),
                  AuditAction.PURGE,
                  "setting",
                  "identifying details to be removed " + days + " days after receipt");
        });
    work.sealAuditHead();
  }

  /**
   * The scheduled purge: the centre's own setting ({@link #keepDays()}), applied whoever is signed
   * in, since it carries out a manager's decision and only removes. Audited under the signed-in
   * user, marked "automatic" (ADR 0404).
   *
   * @return the references of the reports purged now
   */
  public List<Reference> purgeAsSet() {
    int days = keepDays();
    return purge(
        Duration.ofDays(days),
        "automatic: identifying details removed " + days + " days after receipt (centre setting)");
  }

  private List<Reference> purge(Duration keepAfterReceipt, String auditDetail) {
    if (keepAfterReceipt.isNegative()) {
      throw new IllegalArgumentException("The number of days cannot be negative");
    }
    Instant now = clock.instant();
    List<UUID> due = outbox().purgeable(now.minus(keepAfterReceipt));
    List<Reference> purged = new ArrayList<>();
    for (int i = 0; i < due.size(); i += 200) {
      List<UUID> chunk = due.subList(i, Math.min(due.size(), i + 200));
      List<String> subjects = new ArrayList<>();
      work.inTransaction(
          tx -> {
            for (UUID id : chunk) {
              Report report = tx.reports().find(id).orElseThrow();
              tx.outbox().replacePurged(id, Deidentify.apply(report), now);
              // Corrections keep old and new answers beside the audit trail: they go too.
              tx.corrections().removeValues(id, now);
              subjects.add(report.meta().reference().toString());
            }
            return tx.audit().appendAll(session.user(), AuditAction.PURGE, subjects, auditDetail);
          });
      subjects.forEach(s -> purged.add(Reference.parse(s)));
      work.sealAuditHead();
    }
    return purged;
  }

  private static String cut(String text) {
    return text.length() <= 500 ? text : text.substring(0, 499) + "…";
  }
}
