package org.reportingcentre.centre;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reportingcentre.report.CorrectableField;
import org.reportingcentre.report.Problem;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.report.ReportValidator;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.AuditEntry;
import org.reportingcentre.store.CorrectionRepository;
import org.reportingcentre.store.ReportListPage;
import org.reportingcentre.store.ReportQuery;
import org.reportingcentre.store.Repositories;
import org.reportingcentre.store.Session;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.SyncDetails;
import org.reportingcentre.store.UnitOfWork;

/**
 * The manager's desk for reports: the list (one page at a time, in SQL), a report's page with its
 * audit trail, and corrections before sending. Volunteers get the list with reference, date and
 * status only; the service refuses them anything more, so hiding it on screen is not the only
 * guard.
 */
public final class ReportDesk {
  private final UnitOfWork work;
  private final Clock clock;
  private final ZoneId zone;
  private final Session session;
  private final StatisticsData facts;

  ReportDesk(UnitOfWork work, Clock clock, ZoneId zone, Session session, StatisticsData facts) {
    this.work = work;
    this.clock = clock;
    this.zone = zone;
    this.session = session;
    this.facts = facts;
  }

  /** True for the states in which a report may still be corrected here. */
  public static boolean correctable(ReportStatus status) {
    return status == ReportStatus.SAVED || status == ReportStatus.NEEDS_ATTENTION;
  }

  public boolean detailed() {
    return session.isManager();
  }

  /**
   * One page of the list. A manager's first page first brings the de-identified facts (strands,
   * types, ward) up to date with any report saved or corrected since they were last read.
   *
   * @throws StoreException.NotAllowed when a volunteer searches by anything but reference, date and
   *     status
   */
  public ReportListPage page(ReportQuery query) throws StoreException.NotAllowed {
    session.refuseKiosk("list reports");
    boolean detailed = session.isManager();
    if (!detailed && query.looksAtDetails()) {
      throw new StoreException.NotAllowed(
          "search reports by strand, type, ward, channel or volunteer");
    }
    if (detailed && query.offset() == 0) {
      facts.refresh();
    }
    return work.repositories().reportList().page(query, detailed, zone);
  }

  /**
   * How many reports match in all. With no filter this is immediate; a filter on strand, type or
   * ward has to look at every report's facts, so the screens ask after showing the first page.
   */
  public long count(ReportQuery query) throws StoreException.NotAllowed {
    session.refuseKiosk("count reports");
    if (!session.isManager() && query.looksAtDetails()) {
      throw new StoreException.NotAllowed(
          "search reports by strand, type, ward, channel or volunteer");
    }
    return work.repositories().reportList().count(query, zone);
  }

  /** The wards reports have named, for the ward filter (managers only). */
  public List<String> wards() throws StoreException.NotAllowed {
    session.requireManager("see the wards reports name");
    facts.refresh();
    return work.repositories().reportList().wards();
  }

  /** Who recorded reports (user names and {@code kiosk}), for the volunteer filter. */
  public List<String> recorders() throws StoreException.NotAllowed {
    session.requireManager("see who recorded each report");
    return work.repositories().reportList().recorders();
  }

  /** Where one report is, for anyone signed in (no answers): status, receipt, outcome status. */
  public Optional<SyncDetails> status(Reference reference) {
    session.refuseKiosk("look a report up");
    Repositories repositories = work.repositories();
    return repositories.reports().idOf(reference).flatMap(id -> repositories.outbox().details(id));
  }

  /**
   * Opens a report's page for a manager: the answers, sync facts, audit trail and corrections. The
   * view is audited, and an outcome nobody had seen is marked seen.
   *
   * @throws StoreException.NotAllowed for a volunteer: they see the status only
   * @throws StoreException.BadRequest when there is no such report
   */
  public ReportPage open(Reference reference) throws StoreException {
    session.refuseKiosk("open a report");
    session.requireManager("open a report's answers");
    ReportPage page =
        work.inTransaction(
            tx -> {
              Report report = find(tx, reference);
              UUID id = report.meta().id();
              tx.audit().append(session.user(), AuditAction.VIEW, reference.toString(), "");
              SyncDetails sync = tx.outbox().details(id).orElseThrow();
              if (sync.news()) {
                tx.outbox().markSeen(id);
              }
              return new ReportPage(
                  report,
                  sync,
                  tx.audit().about(reference.toString()),
                  tx.corrections().forReport(id));
            });
    work.sealAuditHead();
    return page;
  }

  /**
   * Corrects answers of a report that has not been sent, with a coded answer's codes as its words.
   *
   * @see #correct(Reference, Map, Wording)
   */
  public List<CorrectableField> correct(Reference reference, Map<CorrectableField, String> values)
      throws StoreException {
    return correct(reference, values, (field, value) -> value);
  }

  /** How the screen says a coded value (its codes) to the manager, in the manager's language. */
  @FunctionalInterface
  public interface Wording {
    String say(CorrectableField field, String value);
  }

  /**
   * Corrects answers of a report that has not been sent: saved with one audit entry naming each
   * changed field, and the old and new values kept beside it until the purge (a coded answer also
   * with the words the manager was shown). A report that needed attention goes back to the queue to
   * be sent again. The report's statistics facts are written again in the same transaction, so a
   * corrected strand, type or place counts at once and only as corrected.
   *
   * @param values the new value of each field to change (see {@link CorrectableField}); an empty
   *     value clears the answer; a field with the same value as before is left alone
   * @param words how the screen says a coded value, kept beside its codes
   * @return the fields that changed
   * @throws StoreException.BadRequest when the report is sending or received, nothing changed, a
   *     value is not an answer its field can take, or the new answers break a rule of the form
   */
  public List<CorrectableField> correct(
      Reference reference, Map<CorrectableField, String> values, Wording words)
      throws StoreException {
    session.refuseKiosk("correct a report");
    session.requireManager("correct a report");
    List<CorrectableField> changed =
        work.inTransaction(
            tx -> {
              ReportStatus status =
                  tx.reports().lockStatus(reference).orElseThrow(() -> noSuchReport(reference));
              if (!correctable(status)) {
                throw new StoreException.BadRequest(
                    reference
                        + (status == ReportStatus.SENDING
                            ? " is being sent to the SPOC now"
                            : " has been received by the SPOC")
                        + ", so it cannot be changed on this computer. Nothing was changed."
                        + " Ask the SPOC to correct it there.");
              }
              Report old = find(tx, reference);
              Report updated = old;
              Map<CorrectableField, Optional<String>[]> changes = new LinkedHashMap<>();
              for (Map.Entry<CorrectableField, String> e : values.entrySet()) {
                CorrectableField field = e.getKey();
                Optional<String> before = field.read(updated);
                try {
                  updated = field.write(updated, e.getValue());
                } catch (IllegalArgumentException wrong) {
                  throw new StoreException.BadRequest(wrong.getMessage() + " Nothing was changed.");
                }
                Optional<String> after = field.read(updated);
                if (!before.equals(after)) {
                  @SuppressWarnings("unchecked")
                  Optional<String>[] pair = new Optional[] {before, after};
                  changes.put(field, pair);
                }
              }
              if (changes.isEmpty()) {
                throw new StoreException.BadRequest(
                    "Nothing was changed: the answers are the same as before.");
              }
              List<Problem> problems = new ReportValidator(clock).validate(updated);
              if (!problems.isEmpty()) {
                throw new StoreException.BadRequest(
                    problems.get(0).message() + " Nothing was changed.");
              }
              save(tx, old.meta().id(), updated, status);
              tx.facts().rewrite(old.meta().id());
              AuditEntry entry =
                  tx.audit()
                      .append(
                          session.user(),
                          AuditAction.CHANGE,
                          reference.toString(),
                          "corrected "
                              + changes.keySet().stream()
                                  .map(CorrectableField::code)
                                  .collect(Collectors.joining(", "))
                              + "; values sha256 "
                              + digest(changes));
              List<CorrectionRepository.Change> kept = new ArrayList<>();
              for (var c : changes.entrySet()) {
                kept.add(
                    new CorrectionRepository.Change(
                        c.getKey(),
                        c.getValue()[0],
                        c.getValue()[1],
                        wordsOf(words, c.getKey(), c.getValue()[0]),
                        wordsOf(words, c.getKey(), c.getValue()[1])));
              }
              tx.corrections().add(old.meta().id(), entry.seq(), kept);
              return List.copyOf(changes.keySet());
            });
    work.sealAuditHead();
    return changed;
  }

  /** The words of a coded value; none for free text (its value is its words) or no value. */
  private static Optional<String> wordsOf(
      Wording words, CorrectableField field, Optional<String> value) {
    return field.coded() ? value.map(v -> words.say(field, v)) : Optional.empty();
  }

  private void save(Repositories tx, UUID id, Report updated, ReportStatus status) {
    Instant now = clock.instant();
    tx.reports().replace(id, updated, now);
    if (status == ReportStatus.NEEDS_ATTENTION) {
      // The SPOC's reason was about the old answers; the corrected report waits to be sent again.
      tx.outbox().clearAttention(id, now);
    }
  }

  /** The SHA-256 of the changed values, so the kept values can be checked against the audit. */
  static String digest(Map<CorrectableField, Optional<String>[]> changes) {
    StringBuilder canonical = new StringBuilder();
    changes.forEach(
        (field, pair) ->
            canonical
                .append(field.code())
                .append('\u001f')
                .append(pair[0].orElse(""))
                .append('\u001f')
                .append(pair[1].orElse(""))
                .append('\u001e'));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static Report find(Repositories tx, Reference reference)
      throws StoreException.BadRequest {
    return tx.reports().findByReference(reference).orElseThrow(() -> noSuchReport(reference));
  }

  private static StoreException.BadRequest noSuchReport(Reference reference) {
    return new StoreException.BadRequest("There is no report " + reference + " on this computer.");
  }
}
