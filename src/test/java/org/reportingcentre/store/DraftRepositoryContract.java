package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link DraftRepository} must do. */
abstract class DraftRepositoryContract {
  protected abstract DraftRepository repository();

  private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");

  private static Draft draft(String owner, String step, String answers, Instant updated) {
    return new Draft(UUID.randomUUID(), owner, step, answers, T0, updated);
  }

  @Test
  void savingAgainReplacesTheAnswersAndStep() {
    Draft first = draft("ben", "who", "{\"role\":\"victim\"}", T0);
    repository().save(first);
    Draft later =
        new Draft(
            first.id(),
            "ben",
            "what-happened",
            "{\"role\":\"victim\",\"types\":[\"graffiti\"]}",
            T0,
            T0.plus(2, ChronoUnit.MINUTES));
    repository().save(later);
    assertEquals(Optional.of(later), repository().find(first.id()));
    assertEquals(1, repository().all().size());
  }

  @Test
  void draftsAreListedForTheirOwnerOnlyNewestFirst() {
    Draft old = draft("ben", "who", "{}", T0);
    Draft recent = draft("ben", "when", "{}", T0.plusSeconds(60));
    Draft someoneElses = draft("cara", "who", "{}", T0.plusSeconds(30));
    repository().save(old);
    repository().save(recent);
    repository().save(someoneElses);
    assertEquals(List.of(recent, old), repository().byOwner("ben"));
    assertEquals(List.of(recent, someoneElses, old), repository().all());
  }

  @Test
  void aDeletedDraftIsGone() {
    Draft d = draft("ben", "who", "{}", T0);
    repository().save(d);
    assertTrue(repository().delete(d.id()));
    assertFalse(repository().delete(d.id()));
    assertEquals(Optional.empty(), repository().find(d.id()));
  }
}
