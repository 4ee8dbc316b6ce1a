package org.reportingcentre.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.store.Population;
import org.reportingcentre.store.ReportFacts;
import org.reportingcentre.store.Wards;

/**
 * Turns the de-identified facts of two periods into {@link Statistics}. Pure: no store, no clock.
 */
public final class StatisticsCalculator {
  /** The label of the row for reports that gave no ward. */
  public static final String WARD_NOT_GIVEN = "Not given";

  private final ZoneId zone;

  public ZoneId zone() {
    return zone;
  }

  public StatisticsCalculator(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * @param now the facts of reports completed in {@code period}
   * @param before the facts of reports completed in the same period a year before
   */
  public Statistics compute(
      String centreCode,
      String centreName,
      StatisticsPeriod period,
      Collection<ReportFacts> now,
      Collection<ReportFacts> before,
      Population population,
      Instant generatedAt) {
    return new Statistics(
        centreCode,
        centreName,
        period,
        period.yearBefore(),
        zone,
        generatedAt,
        new Statistics.Pair(now.size(), before.size()),
        pair(now, before, f -> f.strands().size() > 1),
        breakdown(
            org.reportingcentre.report.MotivationStrand.class, now, before, ReportFacts::strands),
        breakdown(org.reportingcentre.report.IncidentType.class, now, before, ReportFacts::types),
        breakdown(
            org.reportingcentre.report.LocationType.class,
            now,
            before,
            f -> List.of(f.locationType())),
        wards(now, before),
        breakdown(org.reportingcentre.report.Channel.class, now, before, f -> List.of(f.channel())),
        breakdown(
            org.reportingcentre.report.ReporterRole.class,
            now,
            before,
            f -> List.of(f.reporterRole())),
        months(period, now, before),
        rates(now, population),
        pair(now, before, f -> f.happenedBefore() == Answer.YES),
        pair(now, before, ReportFacts::anonymous),
        breakdown(ConsentPurpose.class, now, before, ReportFacts::consentsGiven),
        outcomes(now),
        outcomes(before));
  }

  private static Statistics.Pair pair(
      Collection<ReportFacts> now, Collection<ReportFacts> before, Predicate<ReportFacts> test) {
    return new Statistics.Pair(
        now.stream().filter(test).count(), before.stream().filter(test).count());
  }

  private static <E extends Enum<E> & Coded> List<Statistics.Count> breakdown(
      Class<E> type,
      Collection<ReportFacts> now,
      Collection<ReportFacts> before,
      Function<ReportFacts, Collection<E>> values) {
    List<Statistics.Count> rows = new ArrayList<>();
    for (E value : type.getEnumConstants()) {
      Predicate<ReportFacts> has = f -> values.apply(f).contains(value);
      rows.add(
          new Statistics.Count(
              value.code(),
              Labels.of(value),
              now.stream().filter(has).count(),
              before.stream().filter(has).count()));
    }
    return rows;
  }

  /** Wards seen in either period, by name; spellings that differ only in case count as one. */
  private static List<Statistics.Count> wards(
      Collection<ReportFacts> now, Collection<ReportFacts> before) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, long[]> counts = new LinkedHashMap<>();
    long[] notGiven = new long[2];
    tallyWards(now, 0, names, counts, notGiven);
    tallyWards(before, 1, names, counts, notGiven);
    List<Statistics.Count> rows = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                rows.add(
                    new Statistics.Count(
                        names.get(e.getKey()),
                        names.get(e.getKey()),
                        e.getValue()[0],
                        e.getValue()[1])));
    if (notGiven[0] + notGiven[1] > 0) {
      rows.add(new Statistics.Count("", WARD_NOT_GIVEN, notGiven[0], notGiven[1]));
    }
    return rows;
  }

  private static void tallyWards(
      Collection<ReportFacts> facts,
      int column,
      Map<String, String> names,
      Map<String, long[]> counts,
      long[] notGiven) {
    for (ReportFacts f : facts) {
      if (f.ward().isEmpty()) {
        notGiven[column]++;
        continue;
      }
      String key = Wards.key(f.ward().get());
      names.putIfAbsent(key, f.ward().get());
      counts.computeIfAbsent(key, k -> new long[2])[column]++;
    }
  }

  private List<Statistics.Month> months(
      StatisticsPeriod period, Collection<ReportFacts> now, Collection<ReportFacts> before) {
    Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
    period.months().forEach(m -> byMonth.put(m, new long[2]));
    for (ReportFacts f : now) {
      long[] counts = byMonth.get(YearMonth.from(f.completedAt().atZone(zone)));
      if (counts != null) {
        counts[0]++;
      }
    }
    for (ReportFacts f : before) {
      long[] counts = byMonth.get(YearMonth.from(f.completedAt().atZone(zone)).plusYears(1));
      if (counts != null) {
        counts[1]++;
      }
    }
    return byMonth.entrySet().stream()
        .map(e -> new Statistics.Month(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  private static List<Statistics.Rate> rates(Collection<ReportFacts> now, Population population) {
    List<Statistics.Rate> rates = new ArrayList<>();
    population
        .area()
        .ifPresent(people -> rates.add(new Statistics.Rate("Whole area", now.size(), people)));
    for (Population.Ward ward : population.wards()) {
      String key = Wards.key(ward.name());
      long reports =
          now.stream()
              .filter(f -> f.ward().map(w -> Wards.key(w).equals(key)).orElse(false))
              .count();
      rates.add(new Statistics.Rate(ward.name(), reports, ward.people()));
    }
    return rates;
  }

  private static Statistics.Outcomes outcomes(Collection<ReportFacts> facts) {
    List<Duration> times =
        facts.stream()
            .filter(f -> f.firstOutcomeAt().isPresent())
            .map(f -> Duration.between(f.completedAt(), f.firstOutcomeAt().get()))
            .filter(d -> !d.isNegative())
            .sorted(Comparator.naturalOrder())
            .toList();
    return new Statistics.Outcomes(
        facts.stream().filter(f -> f.outcomeStatus().isPresent()).count(),
        facts.stream().filter(ReportFacts::furtherAction).count(),
        facts.stream().filter(f -> f.referrals() > 0).count(),
        facts.stream().mapToLong(ReportFacts::referrals).sum(),
        median(times));
  }

  static Optional<Duration> median(List<Duration> sorted) {
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
