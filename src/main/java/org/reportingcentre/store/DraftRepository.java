package org.reportingcentre.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reports in progress, saved as the person answers so nothing typed is lost. */
public interface DraftRepository {
  /** Inserts or replaces the draft with this id. */
  void save(Draft draft);

  Optional<Draft> find(UUID id);

  /** The drafts one user started, newest first. */
  List<Draft> byOwner(String owner);

  /** Every draft, newest first (for a manager clearing abandoned ones). */
  List<Draft> all();

  /**
   * @return false if there was no such draft
   */
  boolean delete(UUID id);
}
