package org.reportingcentre.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who did it, as far as the person knows.
 *
 * @param howMany empty when the person does not know
 * @param descriptions one free-text description per person they can describe
 */
public record Offenders(
    Optional<Integer> howMany, Answer knownToVictim, List<String> descriptions) {
  public Offenders {
    howMany = Values.opt(howMany);
    Objects.requireNonNull(knownToVictim, "knownToVictim");
    descriptions =
        Values.list(descriptions).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public static Offenders unknown() {
    return new Offenders(Optional.empty(), Answer.NOT_SURE, List.of());
  }
}
