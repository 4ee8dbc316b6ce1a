package org.reportingcentre.centre;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.store.Draft;
import org.reportingcentre.store.DraftRepository;
import org.reportingcentre.store.KioskRefusedException;
import org.reportingcentre.store.Session;
import org.reportingcentre.store.StoreException;

/**
 * Drafts as a signed-in user may use them: a draft belongs to the person who started it; only they
 * see it and carry on with it. A manager may also list drafts left untouched for a while and delete
 * them.
 */
public final class DraftService {
  private final DraftRepository drafts;
  private final Session session;
  private final Clock clock;
  private final KioskSession.Visit visit;

  public DraftService(DraftRepository drafts, Session session, Clock clock) {
    this(drafts, session, clock, null);
  }

  /** For a kiosk session: only the visit's own current draft, nothing else. */
  DraftService(DraftRepository drafts, Session session, Clock clock, KioskSession.Visit visit) {
    this.drafts = drafts;
    this.session = session;
    this.clock = clock;
    this.visit = visit;
  }

  /** A kiosk visit may touch its own draft only; {@code claim} lets a new id become it. */
  private void requireVisitDraft(UUID id, boolean claim, String what) {
    if (!session.isKiosk()) {
      return;
    }
    boolean own = visit != null && (claim ? visit.claimDraft(id, drafts) : visit.isDraft(id));
    if (!own) {
      throw new KioskRefusedException(what);
    }
  }

  /** Saves the answers of a draft this user owns (or starts a new one with this id). */
  public Draft save(UUID id, String step, String answers) throws StoreException.NotAllowed {
    requireVisitDraft(id, true, "save a draft that is not this visit's own");
    Instant now = clock.instant();
    Optional<Draft> existing = drafts.find(id);
    if (existing.isPresent() && !existing.get().owner().equals(session.user())) {
      throw new StoreException.NotAllowed("change a draft someone else started");
    }
    Draft draft =
        new Draft(
            id, session.user(), step, answers, existing.map(Draft::createdAt).orElse(now), now);
    drafts.save(draft);
    return draft;
  }

  /** This user's own drafts, newest first. */
  public List<Draft> mine() {
    if (session.isKiosk()) {
      return visit == null ? List.of() : visit.draftId().flatMap(drafts::find).stream().toList();
    }
    return drafts.byOwner(session.user());
  }

  /** A draft to carry on with: only its owner may open it. */
  public Optional<Draft> open(UUID id) {
    requireVisitDraft(id, false, "open a draft that is not this visit's own");
    return drafts.find(id).filter(d -> d.owner().equals(session.user()));
  }

  /** Drafts nobody has touched for {@code idle}: for a manager to clear. */
  public List<Draft> abandoned(Duration idle) throws StoreException.NotAllowed {
    session.requireManager("see other people's drafts");
    Instant before = clock.instant().minus(idle);
    return drafts.all().stream().filter(d -> d.updatedAt().isBefore(before)).toList();
  }

  /** Deletes a draft: the owner's own, or any for a manager. */
  public boolean delete(UUID id) throws StoreException.NotAllowed {
    if (session.isKiosk() && (visit == null || !visit.isDraft(id)) && drafts.find(id).isEmpty()) {
      // Nothing to delete (say, a visit whose draft was never saved): not a reach into others'.
      return false;
    }
    requireVisitDraft(id, false, "delete a draft that is not this visit's own");
    Optional<Draft> draft = drafts.find(id);
    if (draft.isEmpty()) {
      return false;
    }
    if (!draft.get().owner().equals(session.user())) {
      session.requireManager("delete a draft someone else started");
    }
    return drafts.delete(id);
  }
}
