package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;
import org.reportingcentre.report.ReportStatus;

/** What every {@link ReportListRepository} must do, over reports and facts of the same store. */
abstract class ReportListRepositoryContract {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** The repositories of one store; the list is {@code reportList()}. */
  protected abstract Repositories store();

  private ReportListRepository list() {
    return store().reportList();
  }

  private Report add(MotivationStrand strand, String ward, String recordedBy, Instant completed) {
    Report report =
        ReportBuilder.from(
                StoreFixtures.report(store().reports().nextReference("TWL"), "words of " + ward))
            .motivations(strand)
            .recordedBy(recordedBy)
            .completedAt(Optional.of(completed))
            .location(
                new Location(
                    LocationType.STREET,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(ward)))
            .build();
    store().reports().add(report);
    return report;
  }

  private static final Instant MARCH = Instant.parse("2026-03-02T10:30:00Z");

  @Test
  void aPageHoldsAtMostItsLimitNewestFirstAndSaysWhetherMoreFollow() {
    Report first = add(MotivationStrand.RACE, "Westfield", "amira", MARCH);
    Report second = add(MotivationStrand.RELIGION, "Eastgate", "ben", MARCH.plusSeconds(60));
    Report third = add(MotivationStrand.RACE, "Westfield", "ben", MARCH.plusSeconds(120));

    ReportListPage page = list().page(ReportQuery.newestFirst(2), true, LONDON);
    assertEquals(
        List.of(third.meta().reference(), second.meta().reference()),
        page.rows().stream().map(ReportRow::reference).toList());
    assertTrue(page.hasNext());
    assertTrue(page.detailed());
    ReportListPage next = list().page(ReportQuery.newestFirst(2).page(2), true, LONDON);
    assertEquals(
        List.of(first.meta().reference()), next.rows().stream().map(ReportRow::reference).toList());
    assertFalse(next.hasNext());
    assertEquals(3, list().count(ReportQuery.newestFirst(2), LONDON));
  }

  @Test
  void aDetailedRowHasChannelRecorderStrandsAndWardAndAPlainOneOnlyReferenceDateAndStatus() {
    add(MotivationStrand.RACE, "Westfield", "amira", MARCH);
    store().facts().refresh();

    ReportRow detailed = list().page(ReportQuery.newestFirst(10), true, LONDON).rows().get(0);
    assertEquals(Optional.of("amira"), detailed.recordedBy());
    assertEquals(Set.of(MotivationStrand.RACE), detailed.strands());
    assertEquals(Optional.of("Westfield"), detailed.ward());
    assertTrue(detailed.channel().isPresent());

    ReportRow plain = list().page(ReportQuery.newestFirst(10), false, LONDON).rows().get(0);
    assertEquals(ReportStatus.SAVED, plain.status());
    assertEquals(MARCH, plain.completedAt());
    assertEquals(Optional.empty(), plain.recordedBy());
    assertEquals(Optional.empty(), plain.ward());
    assertTrue(plain.strands().isEmpty());
  }

  @Test
  void strandWardAndVolunteerFiltersFindTheSameReportsTheCountCounts() {
    Report race = add(MotivationStrand.RACE, "Westfield", "amira", MARCH);
    add(MotivationStrand.RELIGION, "Eastgate", "ben", MARCH.plusSeconds(60));
    store().facts().refresh();

    ReportQuery byStrand = ReportQuery.newestFirst(10).with(q -> q.strand(MotivationStrand.RACE));
    assertEquals(
        List.of(race.meta().reference()),
        list().page(byStrand, true, LONDON).rows().stream().map(ReportRow::reference).toList());
    assertEquals(1, list().count(byStrand, LONDON));
    ReportQuery byWard = ReportQuery.newestFirst(10).with(q -> q.ward("WESTFIELD"));
    assertEquals(1, list().page(byWard, true, LONDON).rows().size(), "any case of the ward");
    assertEquals(1, list().count(byWard, LONDON));
    ReportQuery byVolunteer = ReportQuery.newestFirst(10).with(q -> q.volunteer("ben"));
    assertEquals(1, list().count(byVolunteer, LONDON));
    assertEquals(List.of("Eastgate", "Westfield"), list().wards());
    assertEquals(List.of("amira", "ben"), list().recorders());
  }

  @Test
  void datesAreDaysInTheZoneAsked() {
    // 23:30 UTC on 10 July is 00:30 on 11 July in London, on summer time.
    Report lateEvening =
        add(MotivationStrand.RACE, "Westfield", "amira", Instant.parse("2026-07-10T23:30:00Z"));
    ReportQuery eleventh =
        ReportQuery.newestFirst(10)
            .with(q -> q.dates(LocalDate.of(2026, 7, 11), LocalDate.of(2026, 7, 11)));
    assertEquals(
        List.of(lateEvening.meta().reference()),
        list().page(eleventh, false, LONDON).rows().stream().map(ReportRow::reference).toList());
    assertEquals(1, list().count(eleventh, LONDON));
    assertEquals(0, list().count(eleventh, ZoneId.of("UTC")));
  }
}
