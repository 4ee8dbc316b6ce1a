package org.reportingcentre.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportingcentre.store.jooq.Tables.REPORT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.types.DayToSecond;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.report.Deidentify;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Outcome;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.FactCounts;
import org.reportingcentre.store.Population;
import org.reportingcentre.store.ReportFacts;
import org.reportingcentre.store.Role;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.StoreFixtures;

class StatisticsDataTest {

  static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");
  @TempDir Path temp;

  private static void replaceDocument(CentreStore store, Report report) {
    int changed =
        StoreFixtures.dsl(store)
            .update(REPORT)
            .set(REPORT.DOCUMENT, new String(store.format().write(report), StandardCharsets.UTF_8))
            .set(REPORT.CONTENT_HASH, store.format().contentHash(report))
            // As the store does when a document changes: updated_at moves on.
            .set(REPORT.UPDATED_AT, REPORT.UPDATED_AT.plus(new DayToSecond(0, 0, 0, 1)))
            .where(REPORT.ID.eq(report.meta().id()))
            .execute();
    assertEquals(1, changed);
  }

  @Test
  void factsOutliveTheReportsThemselves() throws Exception {
    try (CentreStore store = StoreFixtures.createFast(temp.resolve("data")).store()) {
      List<Report> reports =
          List.of(
              StoreFixtures.report(new Reference("TWL", 1), "One"),
              StoreFixtures.report(new Reference("TWL", 2), "Two"));
      CentreServices.on(store).reports().importAll(reports, "test");
      StatisticsData data = CentreServices.on(store, Clock.systemUTC()).statistics();
      assertEquals(2, data.refresh());
      assertEquals(0, data.refresh(), "nothing changed, nothing read again");

      StoreFixtures.dsl(store).deleteFrom(REPORT).execute();
      assertEquals(0, data.refresh());
      List<ReportFacts> facts = data.completedBetween(FROM, TO);
      assertEquals(2, facts.size());
      assertEquals(EnumSet.of(MotivationStrand.RELIGION), facts.get(0).strands());
    }
  }

  @Test
  void aChangedReportIsReadAgainAndKeepsTheTimeOfItsFirstOutcome() throws Exception {
    try (CentreStore store = StoreFixtures.createFast(temp.resolve("data")).store()) {
      Report report = StoreFixtures.report(new Reference("TWL", 1), "One");
      CentreServices.on(store).reports().save(report);
      StatisticsData data = CentreServices.on(store, Clock.systemUTC()).statistics();
      data.refresh();
      assertEquals(Optional.empty(), data.completedBetween(FROM, TO).get(0).outcomeStatus());

      Instant first = Instant.parse("2026-03-05T09:00:00Z");
      replaceDocument(
          store,
          report.withOutcome(
              new Outcome(
                  OutcomeStatus.RECEIVED,
                  List.of(),
                  List.of(),
                  Optional.empty(),
                  Optional.empty(),
                  first)));
      assertEquals(1, data.refresh());
      replaceDocument(
          store,
          report.withOutcome(
              new Outcome(
                  OutcomeStatus.CLOSED,
                  List.of("Advice given"),
                  List.of(),
                  Optional.empty(),
                  Optional.empty(),
                  first.plusSeconds(86_400 * 10))));
      assertEquals(1, data.refresh());
      ReportFacts facts = data.completedBetween(FROM, TO).get(0);
      assertEquals(Optional.of(OutcomeStatus.CLOSED), facts.outcomeStatus());
      assertEquals(Optional.of(first), facts.firstOutcomeAt());
      assertTrue(facts.furtherAction(), "a closed case with an action was taken further");
    }
  }

  @Test
  void populationFiguresAreOnePerWardWhateverTheSpellingAndForManagersOnly() throws Exception {
    Path folder = temp.resolve("data");
    try (CentreStore store = StoreFixtures.createFast(folder).store()) {
      StatisticsData data = CentreServices.on(store, Clock.systemUTC()).statistics();
      data.setWardPopulation("  kingsway ", 12_000);
      data.setWardPopulation("Kingsway", 12_400);
      data.setAreaPopulation(187_000);
      assertEquals(
          new Population(Optional.of(187_000L), List.of(new Population.Ward("Kingsway", 12_400))),
          data.population());
      assertThrows(StoreException.BadRequest.class, () -> data.setAreaPopulation(0));
      store.users().add("ben", Role.VOLUNTEER, "volunteer password".toCharArray());
      assertTrue(store.audit().verify().intact());
    }
    try (CentreStore asVolunteer =
        CentreStore.open(folder, "ben", "volunteer password".toCharArray(), StoreFixtures.FAST)) {
      StatisticsData data = CentreServices.on(asVolunteer, Clock.systemUTC()).statistics();
      assertThrows(StoreException.NotAllowed.class, () -> data.setAreaPopulation(5));
      assertThrows(StoreException.NotAllowed.class, () -> data.recordExport("x", "csv", "out"));
      assertEquals(Optional.of(187_000L), data.population().area());
    }
  }

  @Test
  void factsHoldNoPersonalText() {
    Report report = StoreFixtures.report(new Reference("TWL", 1), "Zainab's own words");
    String facts = ReportFacts.of(report, Optional.empty()).toString();
    assertTrue(!facts.contains("Zainab") && !facts.contains("07700"), facts);
    assertEquals(UUID.class, ReportFacts.of(report, Optional.empty()).id().getClass());
  }

  @Test
  void anOutcomeFromTheSpocCountsOnceItArrives() throws Exception {
    try (CentreStore store = StoreFixtures.createFast(temp.resolve("data")).store()) {
      Report report = StoreFixtures.report(new Reference("TWL", 1), "One");
      CentreServices.on(store).reports().save(report);
      StatisticsData data = CentreServices.on(store, Clock.systemUTC()).statistics();
      data.refresh();
      Instant at = Instant.parse("2026-03-09T12:00:00Z");
      store
          .work()
          .repositories()
          .outbox()
          .applyOutcomes(
              List.of(
                  new org.reportingcentre.protocol.OutcomeChange(
                      report.meta().id(),
                      report.meta().reference().toString(),
                      new Outcome(
                          OutcomeStatus.REFERRED,
                          List.of(),
                          List.of("Victim Support"),
                          Optional.empty(),
                          Optional.empty(),
                          at))),
              Instant.now());
      assertEquals(1, data.refresh());
      ReportFacts facts = data.completedBetween(FROM, TO).get(0);
      assertEquals(Optional.of(OutcomeStatus.REFERRED), facts.outcomeStatus());
      assertEquals(1, facts.referrals());
      assertEquals(Optional.of(at), facts.firstOutcomeAt());
      data.refresh();
      assertEquals(facts, data.completedBetween(FROM, TO).get(0), "reading again changes nothing");
    }
  }

  @Test
  void purgingIdentifyingDetailsLeavesTheFactsAsTheyWere() {
    Report full = org.reportingcentre.report.ReportBuilder.full().build();
    assertEquals(
        ReportFacts.of(full, Optional.empty()),
        ReportFacts.of(Deidentify.apply(full), Optional.empty()));
  }

  @Test
  void countsMadeByTheDatabaseAreTheCountsMadeInMemory() throws Exception {
    try (CentreStore store = StoreFixtures.createFast(temp.resolve("data")).store()) {
      List<Report> reports = org.reportingcentre.sample.SampleReports.generate("TWL", 300, 7L);
      CentreServices.on(store).reports().importAll(reports, "test");
      StatisticsData data = CentreServices.on(store, Clock.systemUTC()).statistics();
      data.refresh();
      java.time.ZoneId zone = java.time.ZoneId.of("Europe/London");
      for (String[] period :
          List.of(
              new String[] {"2026-01-01", "2026-04-01"},
              new String[] {"2025-09-15", "2026-09-15"},
              new String[] {"2030-01-01", "2030-02-01"})) {
        Instant from = java.time.LocalDate.parse(period[0]).atStartOfDay(zone).toInstant();
        Instant to = java.time.LocalDate.parse(period[1]).atStartOfDay(zone).toInstant();
        List<Instant> months = new java.util.ArrayList<>();
        for (java.time.YearMonth m = java.time.YearMonth.parse(period[0].substring(0, 7));
            m.atDay(1).atStartOfDay(zone).toInstant().isBefore(to);
            m = m.plusMonths(1)) {
          months.add(m.atDay(1).atStartOfDay(zone).toInstant());
        }
        FactCounts inMemory = FactCounts.of(data.completedBetween(from, to), months);
        assertEquals(inMemory, data.countBetween(from, to, months), period[0]);
      }
      FactCounts year =
          data.countBetween(
              Instant.parse("2025-01-01T00:00:00Z"),
              Instant.parse("2027-01-01T00:00:00Z"),
              List.of());
      assertTrue(
          year.reports() > 250 && year.withOutcome() > 0 && year.multiStrand() > 0, "" + year);
      assertTrue(year.medianToFirstOutcome().isPresent());
    }
  }
}
