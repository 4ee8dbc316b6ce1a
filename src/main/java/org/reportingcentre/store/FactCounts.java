package org.reportingcentre.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.ReporterRole;

/**
 * What statistics count in the facts of one period: every figure of the dashboard as a raw count.
 * The store works these out in the database ({@link FactRepository#countBetween}); {@link #of}
 * works out the same from facts in memory (tests, and screens without a store).
 *
 * @param wards reports per ward as given (empty text for reports that give none)
 * @param months reports completed in each month, for the month starts asked for
 * @param medianToFirstOutcome over reports whose first outcome is not before their completion
 */
public record FactCounts(
    long reports,
    long multiStrand,
    Map<MotivationStrand, Long> strands,
    Map<IncidentType, Long> types,
    Map<LocationType, Long> locations,
    Map<Channel, Long> channels,
    Map<ReporterRole, Long> roles,
    Map<ConsentPurpose, Long> consents,
    Map<String, Long> wards,
    List<Long> months,
    long repeatVictims,
    long anonymous,
    long withOutcome,
    long furtherAction,
    long withReferrals,
    long referrals,
    Optional<Duration> medianToFirstOutcome) {

  public FactCounts {
    // Zeros are left out, so counts made in the database and in memory compare equal.
    strands = nonZero(strands);
    types = nonZero(types);
    locations = nonZero(locations);
    channels = nonZero(channels);
    roles = nonZero(roles);
    consents = nonZero(consents);
    wards = java.util.Collections.unmodifiableMap(new TreeMap<>(nonZero(wards)));
    months = List.copyOf(months);
    Objects.requireNonNull(medianToFirstOutcome, "medianToFirstOutcome");
  }

  private static <K> Map<K, Long> nonZero(Map<K, Long> counts) {
    Map<K, Long> kept = new java.util.HashMap<>();
    counts.forEach(
        (k, n) -> {
          if (n != 0) {
            kept.put(k, n);
          }
        });
    return Map.copyOf(kept);
  }

  /** The count of one code, 0 when none. */
  public static <E> long of(Map<E, Long> counts, E value) {
    return counts.getOrDefault(value, 0L);
  }

  /**
   * The same counts worked out in memory.
   *
   * @param monthStarts the first instant of each month to count, in order; the last runs on to the
   *     end of the facts given
   */
  public static FactCounts of(Collection<ReportFacts> facts, List<Instant> monthStarts) {
    List<Long> months = new ArrayList<>();
    for (int m = 0; m < monthStarts.size(); m++) {
      Instant start = monthStarts.get(m);
      Instant end = m + 1 < monthStarts.size() ? monthStarts.get(m + 1) : Instant.MAX;
      months.add(
          facts.stream()
              .filter(f -> !f.completedAt().isBefore(start) && f.completedAt().isBefore(end))
              .count());
    }
    Map<String, Long> wards = new TreeMap<>();
    facts.forEach(f -> wards.merge(f.ward().orElse(""), 1L, Long::sum));
    List<Duration> times =
        facts.stream()
            .filter(f -> f.firstOutcomeAt().isPresent())
            .map(f -> Duration.between(f.completedAt(), f.firstOutcomeAt().get()))
            .filter(d -> !d.isNegative())
            .sorted(Comparator.naturalOrder())
            .toList();
    return new FactCounts(
        facts.size(),
        facts.stream().filter(f -> f.strands().size() > 1).count(),
        tally(MotivationStrand.class, facts, ReportFacts::strands),
        tally(IncidentType.class, facts, ReportFacts::types),
        tally(LocationType.class, facts, f -> List.of(f.locationType())),
        tally(Channel.class, facts, f -> List.of(f.channel())),
        tally(ReporterRole.class, facts, f -> List.of(f.reporterRole())),
        tally(ConsentPurpose.class, facts, ReportFacts::consentsGiven),
        wards,
        months,
        facts.stream().filter(f -> f.happenedBefore() == Answer.YES).count(),
        facts.stream().filter(ReportFacts::anonymous).count(),
        facts.stream().filter(f -> f.outcomeStatus().isPresent()).count(),
        facts.stream().filter(ReportFacts::furtherAction).count(),
        facts.stream().filter(f -> f.referrals() > 0).count(),
        facts.stream().mapToLong(ReportFacts::referrals).sum(),
        median(times));
  }

  private static <E extends Enum<E> & Coded> Map<E, Long> tally(
      Class<E> type, Collection<ReportFacts> facts, Function<ReportFacts, Collection<E>> values) {
    Map<E, Long> counts = new EnumMap<>(type);
    for (ReportFacts f : facts) {
      for (E value : values.apply(f)) {
        counts.merge(value, 1L, Long::sum);
      }
    }
    return counts;
  }

  /** The middle of sorted durations; the mean of the two middle ones for an even number. */
  public static Optional<Duration> median(List<Duration> sorted) {
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    int middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1) {
      return Optional.of(sorted.get(middle));
    }
    return Optional.of(sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
  }
}
