package org.reportingcentre.centre;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportMeta;
import org.reportingcentre.store.DraftRepository;
import org.reportingcentre.store.KioskRefusedException;
import org.reportingcentre.store.Role;
import org.reportingcentre.store.Session;
import org.reportingcentre.store.UnitOfWork;

/**
 * A kiosk on an open store: the person at the screen may create one report per visit and read
 * nothing, whatever the screens offer. The rules live in {@link ReportService} and {@link
 * DraftService} (which check the {@link Role#KIOSK} session) with the state of the current {@link
 * Visit} kept here.
 *
 * <p>A visit owns at most one draft: the first new draft saved after {@link #newVisit()}. It may
 * send one report, on channel kiosk, recorded by {@code kiosk}. {@link #wipe()} deletes its draft
 * from the store and starts a fresh visit, for finish, inactivity and quick exit.
 */
public final class KioskSession {
  /** Who kiosk reports and drafts are recorded as. */
  public static final Session SESSION = new Session(ReportMeta.KIOSK_USER, Role.KIOSK);

  private final UnitOfWork work;
  private final Clock clock;
  private final String centreCode;
  private final DraftRepository drafts;
  private final Passwords passwords;
  private final java.util.Set<UUID> ended = new java.util.LinkedHashSet<>();
  private Visit visit = new Visit();

  KioskSession(UnitOfWork work, Clock clock, String centreCode, Passwords passwords) {
    this.work = work;
    this.clock = clock;
    this.centreCode = centreCode;
    this.drafts = work.repositories().drafts();
    this.passwords = passwords;
  }

  /** Checks a staff member's password against the keyring; leaves the password as it was. */
  @FunctionalInterface
  interface Passwords {
    Optional<Role> roleOf(String user, char[] password);
  }

  public Session session() {
    return SESSION;
  }

  /** Reports as this visit may use them: next reference and one save; no reading at all. */
  public synchronized ReportService reports() {
    return new ReportService(work, SESSION, centreCode, visit);
  }

  /** Drafts as this visit may use them: its own one draft only. */
  public synchronized DraftService drafts() {
    return new DraftService(drafts, SESSION, clock, visit);
  }

  /** Starts a fresh visit; services handed out before keep the old visit, so they refuse more. */
  public synchronized void newVisit() {
    visit.close();
    visit = new Visit();
  }

  /** Deletes the current visit's draft from the store, then starts a fresh visit. */
  public void wipe() {
    endVisit();
    purgeEnded();
  }

  /**
   * Ends the visit at once, in memory (for the UI thread): its services refuse from now on and a
   * fresh visit starts. Its draft is deleted by {@link #purgeEnded()}, in the background.
   */
  public synchronized void endVisit() {
    visit.draftId().ifPresent(ended::add);
    newVisit();
  }

  /** Deletes the drafts of ended visits from the store. */
  public void purgeEnded() {
    List<UUID> ids;
    synchronized (this) {
      ids = List.copyOf(ended);
    }
    for (UUID id : ids) {
      drafts.delete(id);
      synchronized (this) {
        ended.remove(id);
      }
    }
  }

  /**
   * True if this is a manager's or volunteer's password, to leave kiosk mode. Checked against the
   * keyring (slow by design: run it off the UI thread); the password is wiped either way.
   */
  public boolean staffMayLeave(String user, char[] password) {
    try {
      return passwords.roleOf(user, password).filter(r -> r != Role.KIOSK).isPresent();
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** The current visit's draft, if it has saved one (for tests and the wipe). */
  public synchronized Optional<UUID> currentDraft() {
    return visit.draftId();
  }

  /** One person's turn at the kiosk. Thread-safe: the wizard saves in the background. */
  static final class Visit {
    private UUID draft;
    private boolean sent;
    private boolean closed;

    synchronized Optional<UUID> draftId() {
      return Optional.ofNullable(draft);
    }

    /** The visit's draft, or a brand-new id that becomes it; never anyone else's. */
    synchronized boolean claimDraft(UUID id, DraftRepository repository) {
      if (closed) {
        return false;
      }
      if (draft == null && repository.find(id).isEmpty()) {
        draft = id;
      }
      return id.equals(draft);
    }

    synchronized boolean isDraft(UUID id) {
      return !closed && id.equals(draft);
    }

    synchronized void checkSend(Report report) {
      if (closed || sent) {
        throw new KioskRefusedException("send a second report in one visit");
      }
      if (report.meta().channel() != Channel.KIOSK
          || !ReportMeta.KIOSK_USER.equals(report.meta().recordedBy())) {
        throw new KioskRefusedException("send a report not recorded as a kiosk report");
      }
    }

    /** After the save succeeded: a failed save may be tried again, a stored one not repeated. */
    synchronized void markSent() {
      sent = true;
    }

    synchronized void close() {
      closed = true;
    }
  }
}
