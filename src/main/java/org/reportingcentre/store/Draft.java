package org.reportingcentre.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A report in progress. The answers are the wizard's own document (JSON), opaque to the store.
 *
 * @param owner the user who started it; only they (or a manager) see it
 * @param step the question the person was on, to resume there
 */
public record Draft(
    UUID id, String owner, String step, String answers, Instant createdAt, Instant updatedAt) {
  public Draft {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
