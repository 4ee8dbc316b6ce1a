package org.reportingcentre.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportingcentre.stats.StatsFixtures.LONDON;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Consent;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.sample.SampleReports;
import org.reportingcentre.store.CentreStore;

/**
 * The statistics of the sample reports, checked against counts worked out here straight from the
 * reports, without the statistics code.
 */
class StatisticsServiceTest {
  @TempDir static Path temp;
  static List<Report> sample;
  static CentreStore store;
  static StatisticsService service;
  static final StatisticsPeriod Q3 = StatisticsPeriod.parse("2026-Q3");

  @BeforeAll
  static void storeTheSample() throws Exception {
    sample = SampleReports.sample();
    store = StatsFixtures.storeWith(temp.resolve("data"), sample);
    service = new StatisticsService(store, StatsFixtures.CLOCK, LONDON);
    service.data().setAreaPopulation(187_000);
    service.data().setWardPopulation("kingsway", 12_400);
    service.data().setWardPopulation("Millbrook", 9_850);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<Report> reportsIn(StatisticsPeriod period) {
    return sample.stream().filter(r -> StatsFixtures.in(r, period)).toList();
  }

  private static long count(List<Report> reports, Predicate<Report> test) {
    return reports.stream().filter(test).count();
  }

  @Test
  void theSampleHasReportsInBothPeriodsSoTheComparisonMeansSomething() {
    assertTrue(reportsIn(Q3).size() >= 5, "2026-Q3 has " + reportsIn(Q3).size());
    assertTrue(reportsIn(Q3.yearBefore()).size() >= 1);
  }

  @Test
  void countsEachReportOnceInTheTotalAndOnceInEachOfItsStrands() {
    Statistics s = service.compute(Q3);
    List<Report> now = reportsIn(Q3);
    List<Report> before = reportsIn(Q3.yearBefore());
    assertEquals(now.size(), s.reports().now());
    assertEquals(before.size(), s.reports().yearBefore());
    long strandRows = 0;
    for (MotivationStrand strand : MotivationStrand.values()) {
      Statistics.Count row = Statistics.find(s.strands(), strand.code()).orElseThrow();
      assertEquals(
          count(now, r -> r.incident().motivations().contains(strand)), row.now(), strand.code());
      assertEquals(
          count(before, r -> r.incident().motivations().contains(strand)),
          row.yearBefore(),
          strand.code());
      strandRows += row.now();
    }
    long multi = count(now, r -> r.incident().motivations().size() > 1);
    assertEquals(multi, s.multiStrand().now());
    assertEquals(now.stream().mapToLong(r -> r.incident().motivations().size()).sum(), strandRows);
    assertTrue(multi == 0 || strandRows > s.reports().now(), "multi-strand reports count in each");
  }

  @Test
  void countsIncidentTypesPlacesChannelsAndWhoReported() {
    Statistics s = service.compute(Q3);
    List<Report> now = reportsIn(Q3);
    for (IncidentType type : IncidentType.values()) {
      assertEquals(
          count(now, r -> r.incident().types().contains(type)),
          Statistics.find(s.incidentTypes(), type.code()).orElseThrow().now(),
          type.code());
    }
    for (LocationType place : LocationType.values()) {
      assertEquals(
          count(now, r -> r.incident().location().type() == place),
          Statistics.find(s.locationTypes(), place.code()).orElseThrow().now());
    }
    for (Channel channel : Channel.values()) {
      assertEquals(
          count(now, r -> r.meta().channel() == channel),
          Statistics.find(s.channels(), channel.code()).orElseThrow().now());
    }
    for (ReporterRole role : ReporterRole.values()) {
      assertEquals(
          count(now, r -> r.reporter().role() == role),
          Statistics.find(s.reporterRoles(), role.code()).orElseThrow().now());
    }
    long wardRows = s.wards().stream().mapToLong(Statistics.Count::now).sum();
    assertEquals(now.size(), wardRows, "every report is in one ward row, or in Not given");
    assertEquals(
        count(now, r -> r.incident().location().ward().orElse("").equals("Kingsway")),
        Statistics.find(s.wards(), "Kingsway").map(Statistics.Count::now).orElse(0L));
  }

  @Test
  void comparesEachMonthWithTheSameMonthAYearBefore() {
    Statistics s = service.compute(Q3);
    assertEquals(3, s.months().size());
    for (Statistics.Month month : s.months()) {
      YearMonth m = month.month();
      assertEquals(
          count(sample, r -> YearMonth.from(StatsFixtures.completedOn(r)).equals(m)), month.now());
      assertEquals(
          count(sample, r -> YearMonth.from(StatsFixtures.completedOn(r)).equals(m.minusYears(1))),
          month.yearBefore(),
          m.toString());
    }
    assertEquals(s.reports().now(), s.months().stream().mapToLong(Statistics.Month::now).sum());
    assertEquals(
        s.reports().yearBefore(),
        s.months().stream().mapToLong(Statistics.Month::yearBefore).sum());
  }

  @Test
  void ratesPer100000UseTheAreaAndWardFiguresEntered() {
    Statistics s = service.compute(Q3);
    List<Report> now = reportsIn(Q3);
    Statistics.Rate area = s.rates().get(0);
    assertEquals("Whole area", area.area());
    assertEquals(now.size() * 100_000.0 / 187_000, area.per100k(), 1e-9);
    long kingsway =
        count(now, r -> r.incident().location().ward().orElse("").equalsIgnoreCase("kingsway"));
    Statistics.Rate ward =
        s.rates().stream().filter(r -> r.area().equals("kingsway")).findFirst().orElseThrow();
    assertEquals(kingsway, ward.reports());
    assertEquals(kingsway * 100_000.0 / 12_400, ward.per100k(), 1e-9);
  }

  @Test
  void countsRepeatVictimsAnonymityConsentsAndOutcomes() {
    Statistics s = service.compute(StatisticsPeriod.parse("2025-09-01..2026-10-31"));
    List<Report> now = sample;
    assertEquals(
        count(now, r -> r.history().happenedBefore() == Answer.YES), s.repeatVictims().now());
    assertEquals(count(now, r -> r.reporter().anonymous()), s.anonymous().now());
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      assertEquals(
          count(now, r -> r.consent(purpose).map(Consent::granted).orElse(false)),
          Statistics.find(s.consentsGiven(), purpose.code()).orElseThrow().now(),
          purpose.code());
    }
    Predicate<Report> further =
        r ->
            r.outcome()
                .map(
                    o ->
                        o.status() == OutcomeStatus.PASSED_TO_POLICE
                            || o.status() == OutcomeStatus.REFERRED
                            || o.status() == OutcomeStatus.ACTION_TAKEN
                            || !o.actions().isEmpty()
                            || !o.referrals().isEmpty())
                .orElse(false);
    assertEquals(count(now, r -> r.outcome().isPresent()), s.outcomes().withOutcome());
    assertEquals(count(now, further), s.outcomes().furtherAction());
    assertTrue(s.outcomes().furtherAction() > 0);
    assertEquals(
        now.stream().mapToLong(r -> r.outcome().map(o -> o.referrals().size()).orElse(0)).sum(),
        s.outcomes().referrals());
    List<Duration> waits = new ArrayList<>();
    for (Report r : now) {
      r.outcome()
          .ifPresent(
              o ->
                  waits.add(Duration.between(r.meta().completedAt().orElseThrow(), o.updatedAt())));
    }
    waits.sort(null);
    Duration median =
        waits.size() % 2 == 1
            ? waits.get(waits.size() / 2)
            : waits.get(waits.size() / 2 - 1).plus(waits.get(waits.size() / 2)).dividedBy(2);
    assertEquals(Optional.of(median), s.outcomes().medianToFirstOutcome());
  }
}
