package org.reportingcentre.centre;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.reportingcentre.report.Wards;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.FactCounts;
import org.reportingcentre.store.Population;
import org.reportingcentre.store.ReportFacts;
import org.reportingcentre.store.Repositories;
import org.reportingcentre.store.Session;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.UnitOfWork;

/**
 * What statistics are made of, for the signed-in user: the de-identified facts of every report
 * (kept when personal details are purged), the population figures and the statistics settings.
 * Statistics read only these, never a report's document; changes are for managers and audited.
 */
public final class StatisticsData {
  private static final String SUPPRESS_SMALL = "suppress-small-counts";

  private final UnitOfWork work;
  private final Clock clock;
  private final Session session;

  StatisticsData(UnitOfWork work, Clock clock, Session session) {
    this.work = work;
    this.clock = clock;
    this.session = session;
  }

  /**
   * Brings the facts up to date with the stored reports: new reports are added and changed ones (an
   * outcome arrived, a correction) are read again.
   *
   * @return how many reports were read
   */
  public int refresh() {
    return work.repositories().facts().refresh();
  }

  /** The facts of reports completed at or after {@code from} and before {@code to}. */
  public List<ReportFacts> completedBetween(Instant from, Instant to) {
    return work.repositories().facts().completedBetween(from, to);
  }

  /**
   * The counts of the facts of reports completed at or after {@code from} and before {@code to}:
   * the same figures as {@link FactCounts#of} over {@link #completedBetween}, in one lean pass over
   * the period's rows (ADR 0303).
   *
   * @param monthStarts the first instant of each month to count, in order
   */
  public FactCounts countBetween(Instant from, Instant to, List<Instant> monthStarts) {
    return work.repositories().facts().countBetween(from, to, monthStarts);
  }

  /** The population figures entered so far. */
  public Population population() {
    return work.repositories().statisticsSettings().population();
  }

  /** Sets the whole area's population (managers only; audited). */
  public void setAreaPopulation(long people) throws StoreException {
    checkPopulation(people);
    change(
        "population",
        "whole area = " + people,
        tx -> tx.statisticsSettings().saveAreaPopulation(people, clock.instant()));
  }

  /** Sets one ward's population (managers only; audited). */
  public void setWardPopulation(String ward, long people) throws StoreException {
    String name =
        Wards.tidy(ward).orElseThrow(() -> new StoreException.BadRequest("Give the ward's name."));
    checkPopulation(people);
    change(
        "population",
        name + " = " + people,
        tx -> tx.statisticsSettings().saveWardPopulation(name, people, clock.instant()));
  }

  private void checkPopulation(long people) throws StoreException {
    session.requireManager("set population figures");
    if (people < 1 || people > 100_000_000) {
      throw new StoreException.BadRequest(
          "A population is a whole number of people from 1 to 100,000,000. Nothing was changed.");
    }
  }

  /** Whether statistics suppress counts of 1 to 4 unless told otherwise (off until set). */
  public boolean suppressSmallCounts() {
    return work.repositories().statisticsSettings().suppressSmallCounts().orElse(false);
  }

  /** Sets whether small counts are suppressed by default (managers only; audited). */
  public void setSuppressSmallCounts(boolean suppress) throws StoreException {
    session.requireManager("change statistics settings");
    change(
        "statistics settings",
        SUPPRESS_SMALL + " = " + suppress,
        tx -> tx.statisticsSettings().saveSuppressSmallCounts(suppress));
  }

  /** One change and its audit entry, in one transaction, then the seal. */
  private void change(
      String subject, String detail, java.util.function.Consumer<Repositories> change) {
    work.inTransaction(
        tx -> {
          change.accept(tx);
          return tx.audit().append(session.user(), AuditAction.CHANGE, subject, detail);
        });
    work.sealAuditHead();
  }

  /** Records that statistics were exported (managers only). */
  public void recordExport(String what, String formatName, String destination)
      throws StoreException {
    session.requireManager("export statistics");
    work.repositories()
        .audit()
        .append(session.user(), AuditAction.EXPORT, what, formatName + " to " + destination);
    work.sealAuditHead();
  }
}
