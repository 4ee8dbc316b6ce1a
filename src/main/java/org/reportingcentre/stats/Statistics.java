package org.reportingcentre.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The statistics of one period beside the same period a year before, computed from de-identified
 * facts only. Every figure is a raw count; {@link SmallCounts} decides how it is shown.
 *
 * @param strands a report with several strands counts in each
 * @param wards wards as given, plus a "not given" row when any report has none
 * @param rates per 100,000 people, only where population figures are set
 */
public record Statistics(
    String centreCode,
    String centreName,
    StatisticsPeriod period,
    StatisticsPeriod yearBefore,
    ZoneId zone,
    Instant generatedAt,
    Pair reports,
    Pair multiStrand,
    List<Count> strands,
    List<Count> incidentTypes,
    List<Count> locationTypes,
    List<Count> wards,
    List<Count> channels,
    List<Count> reporterRoles,
    List<Month> months,
    List<Rate> rates,
    Pair repeatVictims,
    Pair anonymous,
    List<Count> consentsGiven,
    Outcomes outcomes,
    Outcomes outcomesYearBefore) {

  public Statistics {
    Objects.requireNonNull(centreCode, "centreCode");
    Objects.requireNonNull(centreName, "centreName");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(yearBefore, "yearBefore");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(generatedAt, "generatedAt");
    strands = List.copyOf(strands);
    incidentTypes = List.copyOf(incidentTypes);
    locationTypes = List.copyOf(locationTypes);
    wards = List.copyOf(wards);
    channels = List.copyOf(channels);
    reporterRoles = List.copyOf(reporterRoles);
    months = List.copyOf(months);
    rates = List.copyOf(rates);
    consentsGiven = List.copyOf(consentsGiven);
  }

  /** A count in this period and in the same period a year before. */
  public record Pair(long now, long yearBefore) {}

  /**
   * One row of a breakdown.
   *
   * @param code the code-list code (or the ward's name; empty for "not given")
   */
  public record Count(String code, String label, long now, long yearBefore) {}

  /** Reports completed in one month of the period and in the same month a year before. */
  public record Month(YearMonth month, long now, long yearBefore) {}

  /**
   * Reports per 100,000 people in the period (not a yearly rate unless the period is a year).
   *
   * @param area "Whole area" or the ward's name
   */
  public record Rate(String area, long reports, long population) {
    public double per100k() {
      return reports * 100_000.0 / population;
    }
  }

  /**
   * What the single point of contact did with the period's reports.
   *
   * @param furtherAction passed to police, referred or action taken, or any action or referral
   * @param medianToFirstOutcome from completing the report to the first outcome the centre saw
   */
  public record Outcomes(
      long withOutcome,
      long furtherAction,
      long withReferrals,
      long referrals,
      Optional<Duration> medianToFirstOutcome) {}

  /** A breakdown found by its code, for tests and the dashboard. */
  public static Optional<Count> find(List<Count> counts, String code) {
    return counts.stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
