package org.reportingcentre.centre;

import java.time.Clock;
import java.time.ZoneId;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.Session;
import org.reportingcentre.store.UnitOfWork;

/**
 * The centre's services on an open store, for its signed-in user: each is built here from the
 * store's repositories and transactions, so callers need only the store.
 */
public final class CentreServices {
  private final CentreStore store;
  private final UnitOfWork work;
  private final Clock clock;
  private final Session session;

  private CentreServices(CentreStore store, Clock clock) {
    this.store = store;
    this.work = store.work(clock);
    this.clock = clock;
    this.session = store.session();
  }

  /** The services of an open store, on the clock the store was opened with. */
  public static CentreServices on(CentreStore store) {
    return new CentreServices(store, store.clock());
  }

  /** The services of an open store, on {@code clock}: the times they record come from it. */
  public static CentreServices on(CentreStore store, Clock clock) {
    return new CentreServices(store, clock);
  }

  /** Finished reports: save, import, view, list and export, each audited. */
  public ReportService reports() {
    return new ReportService(work, session, store.centreCode());
  }

  /**
   * The services a kiosk may use, on this open store: one report at a time, nothing to read. The
   * staff member who opened the store stays signed in underneath.
   */
  public KioskSession kiosk() {
    return new KioskSession(work, clock, store.centreCode(), store::checkPassword);
  }

  /** Sending to the SPOC and what comes back: outbox, receipts, outcomes, directory, purge. */
  public SyncStateService sync() {
    return new SyncStateService(work, clock, session);
  }

  /** Referrals to support services, for this user. */
  public ReferralService referrals() {
    return new ReferralService(work, clock, session);
  }

  /** This user's drafts. */
  public DraftService drafts() {
    return new DraftService(work.repositories().drafts(), session, clock);
  }

  /** The facts, population figures and settings statistics are made of. */
  public StatisticsData statistics() {
    return new StatisticsData(work, clock, session);
  }

  /** The manager's desk for reports; its dates are days in {@code zone}. */
  public ReportDesk desk(ZoneId zone) {
    return new ReportDesk(work, clock, zone, session, statistics());
  }
}
