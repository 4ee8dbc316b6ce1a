package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link StatisticsSettingsRepository} must do. */
abstract class StatisticsSettingsRepositoryContract {
  private static final Instant AT = Instant.parse("2026-04-01T10:00:00Z");

  protected abstract StatisticsSettingsRepository repository();

  @Test
  void populationsAreKeptForTheAreaAndEachWardWhateverTheCaseOfItsName() {
    assertEquals(new Population(Optional.empty(), List.of()), repository().population());
    repository().saveAreaPopulation(250_000, AT);
    repository().saveWardPopulation("Westfield", 12_000, AT);
    repository().saveWardPopulation("Eastgate", 9_000, AT);
    repository().saveWardPopulation("WESTFIELD", 12_500, AT.plusSeconds(60));
    repository().saveAreaPopulation(251_000, AT.plusSeconds(60));

    assertEquals(
        new Population(
            Optional.of(251_000L),
            List.of(
                new Population.Ward("Eastgate", 9_000), new Population.Ward("WESTFIELD", 12_500))),
        repository().population());
  }

  @Test
  void smallCountSuppressionIsUnsetUntilSavedAndThenAsSaved() {
    assertEquals(Optional.empty(), repository().suppressSmallCounts());
    repository().saveSuppressSmallCounts(true);
    assertEquals(Optional.of(true), repository().suppressSmallCounts());
    repository().saveSuppressSmallCounts(false);
    assertEquals(Optional.of(false), repository().suppressSmallCounts());
  }
}
