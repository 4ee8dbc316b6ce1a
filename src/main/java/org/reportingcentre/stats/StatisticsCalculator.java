package org.reportingcentre.stats;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.Wards;
import org.reportingcentre.store.FactCounts;
import org.reportingcentre.store.Population;
import org.reportingcentre.store.ReportFacts;

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
    return compute(
        centreCode,
        centreName,
        period,
        FactCounts.of(now, monthStarts(period, 0)),
        FactCounts.of(before, monthStarts(period, 1)),
        population,
        generatedAt);
  }

  /**
   * The first instant of each month of the period, or of the same months some years before: what
   * the month counts of {@link FactCounts} are asked for.
   */
  public List<Instant> monthStarts(StatisticsPeriod period, int yearsBefore) {
    return period.months().stream()
        .map(m -> m.minusYears(yearsBefore).atDay(1).atStartOfDay(zone).toInstant())
        .toList();
  }

  /**
   * @param now the counts of the period, months asked for with {@link #monthStarts}(period, 0)
   * @param before the counts of the same period a year before, months from {@code
   *     monthStarts(period, 1)}
   */
  public Statistics compute(
      String centreCode,
      String centreName,
      StatisticsPeriod period,
      FactCounts now,
      FactCounts before,
      Population population,
      Instant generatedAt) {
    return new Statistics(
        centreCode,
        centreName,
        period,
        period.yearBefore(),
        zone,
        generatedAt,
        new Statistics.Pair(now.reports(), before.reports()),
        new Statistics.Pair(now.multiStrand(), before.multiStrand()),
        breakdown(MotivationStrand.class, now.strands(), before.strands()),
        breakdown(IncidentType.class, now.types(), before.types()),
        breakdown(LocationType.class, now.locations(), before.locations()),
        wards(now.wards(), before.wards()),
        breakdown(Channel.class, now.channels(), before.channels()),
        breakdown(ReporterRole.class, now.roles(), before.roles()),
        months(period, now.months(), before.months()),
        rates(now, population),
        new Statistics.Pair(now.repeatVictims(), before.repeatVictims()),
        new Statistics.Pair(now.anonymous(), before.anonymous()),
        breakdown(ConsentPurpose.class, now.consents(), before.consents()),
        outcomes(now),
        outcomes(before));
  }

  private static <E extends Enum<E> & Coded> List<Statistics.Count> breakdown(
      Class<E> type, Map<E, Long> now, Map<E, Long> before) {
    List<Statistics.Count> rows = new ArrayList<>();
    for (E value : type.getEnumConstants()) {
      rows.add(
          new Statistics.Count(
              value.code(),
              Labels.of(value),
              FactCounts.of(now, value),
              FactCounts.of(before, value)));
    }
    return rows;
  }

  /** Wards seen in either period, by name; spellings that differ only in case count as one. */
  private static List<Statistics.Count> wards(Map<String, Long> now, Map<String, Long> before) {
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
      Map<String, Long> byWard,
      int column,
      Map<String, String> names,
      Map<String, long[]> counts,
      long[] notGiven) {
    byWard.forEach(
        (ward, n) -> {
          if (ward.isEmpty()) {
            notGiven[column] += n;
            return;
          }
          String key = Wards.key(ward);
          names.putIfAbsent(key, ward);
          counts.computeIfAbsent(key, k -> new long[2])[column] += n;
        });
  }

  private static List<Statistics.Month> months(
      StatisticsPeriod period, List<Long> now, List<Long> before) {
    List<YearMonth> months = period.months();
    List<Statistics.Month> rows = new ArrayList<>();
    for (int m = 0; m < months.size(); m++) {
      rows.add(new Statistics.Month(months.get(m), now.get(m), before.get(m)));
    }
    return rows;
  }

  private static List<Statistics.Rate> rates(FactCounts now, Population population) {
    List<Statistics.Rate> rates = new ArrayList<>();
    population
        .area()
        .ifPresent(people -> rates.add(new Statistics.Rate("Whole area", now.reports(), people)));
    for (Population.Ward ward : population.wards()) {
      String key = Wards.key(ward.name());
      long reports =
          now.wards().entrySet().stream()
              .filter(e -> !e.getKey().isEmpty() && Wards.key(e.getKey()).equals(key))
              .mapToLong(Map.Entry::getValue)
              .sum();
      rates.add(new Statistics.Rate(ward.name(), reports, ward.people()));
    }
    return rates;
  }

  private static Statistics.Outcomes outcomes(FactCounts counts) {
    return new Statistics.Outcomes(
        counts.withOutcome(),
        counts.furtherAction(),
        counts.withReferrals(),
        counts.referrals(),
        counts.medianToFirstOutcome());
  }
}
