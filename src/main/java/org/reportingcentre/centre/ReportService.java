package org.reportingcentre.centre;

import java.util.List;
import java.util.Optional;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.KioskRefusedException;
import org.reportingcentre.store.ReportRepository;
import org.reportingcentre.store.ReportSummary;
import org.reportingcentre.store.Session;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.UnitOfWork;

/**
 * The centre's reports as a signed-in user may use them: every create, view and export is written
 * to the audit log in the same transaction, and export is for managers only.
 */
public final class ReportService {
  private final UnitOfWork work;
  private final Session session;
  private final String centreCode;
  private final KioskSession.Visit visit;

  ReportService(UnitOfWork work, Session session, String centreCode) {
    this(work, session, centreCode, null);
  }

  /** For a kiosk session: {@code visit} allows one report per visit and nothing else. */
  ReportService(UnitOfWork work, Session session, String centreCode, KioskSession.Visit visit) {
    this.work = work;
    this.session = session;
    this.centreCode = centreCode;
    this.visit = visit;
  }

  /** The next reference for this centre. */
  public Reference nextReference() {
    return repository().nextReference(centreCode);
  }

  /** Saves a finished report and records who made it. */
  public void save(Report report) {
    if (session.isKiosk()) {
      if (visit == null) {
        throw new KioskRefusedException("send a report outside a visit");
      }
      visit.checkSend(report);
    }
    work.inTransaction(
        tx -> {
          tx.reports().add(report);
          return tx.audit()
              .append(session.user(), AuditAction.CREATE, report.meta().reference().toString(), "");
        });
    if (visit != null) {
      visit.markSent();
    }
    work.sealAuditHead();
  }

  /** Saves many reports, all or none, with one audit entry per report. */
  public void importAll(List<Report> reports, String source) {
    session.refuseKiosk("import reports");
    work.inTransaction(
        tx -> {
          tx.reports().addAll(reports);
          return tx.audit()
              .appendAll(
                  session.user(),
                  AuditAction.IMPORT,
                  reports.stream().map(r -> r.meta().reference().toString()).toList(),
                  source);
        });
    work.sealAuditHead();
  }

  /** Which of these reports clash with stored ones (by id or reference). */
  public List<String> clashes(List<Report> reports) {
    session.refuseKiosk("look for stored reports");
    ReportRepository repository = repository();
    List<String> ids =
        repository.existingIds(reports.stream().map(r -> r.meta().id()).toList()).stream()
            .map(id -> "id " + id)
            .toList();
    List<String> references =
        repository
            .existingReferences(reports.stream().map(r -> r.meta().reference()).toList())
            .stream()
            .map(r -> "reference " + r)
            .toList();
    return java.util.stream.Stream.concat(ids.stream(), references.stream()).toList();
  }

  /** Opens one report to read it; the view is audited. */
  public Optional<Report> view(Reference reference) {
    session.refuseKiosk("open a report");
    Optional<Report> report = repository().findByReference(reference);
    report.ifPresent(
        r ->
            work.repositories()
                .audit()
                .append(session.user(), AuditAction.VIEW, reference.toString(), ""));
    work.sealAuditHead();
    return report;
  }

  /** Summaries with no personal details; not audited. */
  public List<ReportSummary> list(Optional<ReportStatus> status) {
    session.refuseKiosk("list reports");
    return repository().list(status);
  }

  public long count() {
    session.refuseKiosk("count reports");
    return repository().count();
  }

  /** Every report with its details, for a manager's export; audited. */
  public List<Report> export(String formatName, String destination)
      throws StoreException.NotAllowed {
    session.refuseKiosk("export reports");
    session.requireManager("export reports");
    List<Report> exported =
        work.inTransaction(
            tx -> {
              List<Report> all = tx.reports().all();
              tx.audit()
                  .append(
                      session.user(),
                      AuditAction.EXPORT,
                      all.size() + " reports",
                      formatName + " to " + destination);
              return all;
            });
    work.sealAuditHead();
    return exported;
  }

  private ReportRepository repository() {
    return work.repositories().reports();
  }
}
