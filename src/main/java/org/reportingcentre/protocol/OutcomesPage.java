package org.reportingcentre.protocol;

import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code GET /api/v1/outcomes?since=CURSOR}: changes in the order they were made.
 *
 * @param nextCursor pass as {@code since} next time; the same cursor when there was nothing new
 * @param more true when there are more changes after this page: ask again at once
 */
public record OutcomesPage(List<OutcomeChange> changes, String nextCursor, boolean more) {
  public OutcomesPage {
    changes = changes == null ? List.of() : List.copyOf(changes);
    Objects.requireNonNull(nextCursor, "nextCursor");
  }
}
