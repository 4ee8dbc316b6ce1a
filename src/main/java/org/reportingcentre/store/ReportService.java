package org.reportingcentre.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;

/**
 * The centre's reports as a signed-in user may use them: every create, view and export is written
 * to the audit log in the same transaction, and export is for managers only.
 */
public final class ReportService {
  private final DSLContext dsl;
  private final ExchangeFormat format;
  private final Clock clock;
  private final Session session;
  private final String centreCode;
  private final Runnable afterWrite;
  private final KioskSession.Visit visit;

  ReportService(
      DSLContext dsl,
      ExchangeFormat format,
      Clock clock,
      Session session,
      String centreCode,
      Runnable afterWrite) {
    this(dsl, format, clock, session, centreCode, afterWrite, null);
  }

  /** For a kiosk session: {@code visit} allows one report per visit and nothing else. */
  ReportService(
      DSLContext dsl,
      ExchangeFormat format,
      Clock clock,
      Session session,
      String centreCode,
      Runnable afterWrite,
      KioskSession.Visit visit) {
    this.visit = visit;
    this.afterWrite = afterWrite;
    this.dsl = dsl;
    this.format = format;
    this.clock = clock;
    this.session = session;
    this.centreCode = centreCode;
  }

  /** The next reference for this centre. */
  public Reference nextReference() {
    return repository(dsl).nextReference(centreCode);
  }

  /** Saves a finished report and records who made it. */
  public void save(Report report) {
    if (session.isKiosk()) {
      if (visit == null) {
        throw new KioskRefusedException("send a report outside a visit");
      }
      visit.checkSend(report);
    }
    dsl.transaction(
        cfg -> {
          repository(cfg.dsl()).add(report);
          new JooqAuditLog(cfg.dsl(), clock)
              .append(session.user(), AuditAction.CREATE, report.meta().reference().toString(), "");
        });
    if (visit != null) {
      visit.markSent();
    }
    afterWrite.run();
  }

  /** Saves many reports, all or none, with one audit entry per report. */
  public void importAll(List<Report> reports, String source) {
    session.refuseKiosk("import reports");
    dsl.transaction(
        cfg -> {
          repository(cfg.dsl()).addAll(reports);
          new JooqAuditLog(cfg.dsl(), clock)
              .appendAll(
                  session.user(),
                  AuditAction.IMPORT,
                  reports.stream().map(r -> r.meta().reference().toString()).toList(),
                  source);
        });
    afterWrite.run();
  }

  /** Which of these reports clash with stored ones (by id or reference). */
  public List<String> clashes(List<Report> reports) {
    session.refuseKiosk("look for stored reports");
    ReportRepository repository = repository(dsl);
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
    Optional<Report> report = repository(dsl).findByReference(reference);
    report.ifPresent(
        r ->
            new JooqAuditLog(dsl, clock)
                .append(session.user(), AuditAction.VIEW, reference.toString(), ""));
    afterWrite.run();
    return report;
  }

  /** Summaries with no personal details; not audited. */
  public List<ReportSummary> list(Optional<ReportStatus> status) {
    session.refuseKiosk("list reports");
    return repository(dsl).list(status);
  }

  public long count() {
    session.refuseKiosk("count reports");
    return repository(dsl).count();
  }

  /** Every report with its details, for a manager's export; audited. */
  public List<Report> export(String formatName, String destination)
      throws StoreException.NotAllowed {
    session.refuseKiosk("export reports");
    session.requireManager("export reports");
    List<Report> exported =
        dsl.transactionResult(
            cfg -> {
              List<Report> all = repository(cfg.dsl()).all();
              new JooqAuditLog(cfg.dsl(), clock)
                  .append(
                      session.user(),
                      AuditAction.EXPORT,
                      all.size() + " reports",
                      formatName + " to " + destination);
              return all;
            });
    afterWrite.run();
    return exported;
  }

  private ReportRepository repository(DSLContext context) {
    return new JooqReportRepository(context, format, clock);
  }
}
