package org.reportingcentre.store;

import java.time.Instant;
import java.util.Optional;

/** What statistics are computed with: the population figures and the statistics settings. */
public interface StatisticsSettingsRepository {
  /** The population figures entered so far, wards by name. */
  Population population();

  void saveAreaPopulation(long people, Instant at);

  /** Sets one ward's population; a ward is the same whatever the case of its name. */
  void saveWardPopulation(String ward, long people, Instant at);

  /** Whether statistics suppress counts of 1 to 4 unless told otherwise, if ever set. */
  Optional<Boolean> suppressSmallCounts();

  void saveSuppressSmallCounts(boolean suppress);
}
