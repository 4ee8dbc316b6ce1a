package org.reportingcentre.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reportingcentre.report.Wards;

/**
 * The population figures a centre has entered, for rates per 100,000.
 *
 * @param area the whole area's population, if entered
 * @param wards one figure per ward, in name order
 */
public record Population(Optional<Long> area, List<Ward> wards) {
  /** One ward's population. */
  public record Ward(String name, long people) {
    public Ward {
      Objects.requireNonNull(name, "name");
    }
  }

  public Population {
    Objects.requireNonNull(area, "area");
    wards = List.copyOf(wards);
  }

  public static Population none() {
    return new Population(Optional.empty(), List.of());
  }

  /** The figure for a ward, matched whatever the spaces and capitals. */
  public Optional<Long> ward(String name) {
    String key = Wards.key(name);
    return wards.stream()
        .filter(w -> Wards.key(w.name()).equals(key))
        .map(Ward::people)
        .findFirst();
  }
}
