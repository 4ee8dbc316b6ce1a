package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;

/** What every {@link FactRepository} must do, from reports of the same store. */
abstract class FactRepositoryContract {
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

  /** The repositories of one store; the facts are {@code facts()}. */
  protected abstract Repositories store();

  private Report stored(MotivationStrand strand) {
    Report report =
        ReportBuilder.from(StoreFixtures.report(store().reports().nextReference("TWL"), "words"))
            .motivations(strand)
            .build();
    store().reports().add(report);
    return report;
  }

  @Test
  void aRefreshReadsNewReportsOnceAndTheirFactsAreFoundByCompletionTime() {
    Report race = stored(MotivationStrand.RACE);
    stored(MotivationStrand.RELIGION);
    assertEquals(2, store().facts().refresh());
    assertEquals(0, store().facts().refresh(), "nothing changed, nothing read again");

    List<ReportFacts> facts = store().facts().completedBetween(FROM, TO);
    assertEquals(2, facts.size());
    ReportFacts first =
        facts.stream().filter(f -> f.id().equals(race.meta().id())).findFirst().orElseThrow();
    assertEquals(Set.of(MotivationStrand.RACE), first.strands());
    Instant completed = race.meta().completedAt().orElseThrow();
    assertEquals(List.of(), store().facts().completedBetween(FROM, completed));
    assertEquals(2, store().facts().completedBetween(completed, TO).size());
  }

  @Test
  void aRewriteReadsOneReportAgainAtOnce() {
    Report report = stored(MotivationStrand.RACE);
    store().facts().refresh();
    Report corrected = ReportBuilder.from(report).motivations(MotivationStrand.AGE).build();
    store().reports().replace(report.meta().id(), corrected, Instant.now());
    store().facts().rewrite(report.meta().id());
    assertEquals(
        Set.of(MotivationStrand.AGE), store().facts().completedBetween(FROM, TO).get(0).strands());
  }

  @Test
  void theCountsInTheStoreAreTheCountsOfTheFactsInMemory() {
    stored(MotivationStrand.RACE);
    stored(MotivationStrand.RACE);
    stored(MotivationStrand.DISABILITY);
    store().facts().refresh();
    List<Instant> months =
        List.of(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"));
    FactCounts counted = store().facts().countBetween(FROM, TO, months);
    assertEquals(FactCounts.of(store().facts().completedBetween(FROM, TO), months), counted);
    assertEquals(
        Optional.of(2L), Optional.ofNullable(counted.strands().get(MotivationStrand.RACE)));
    assertEquals(3, counted.reports());
  }
}
