package org.reportingcentre.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.CorrectableField;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.WhenApproximately;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.AuditEntry;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.FactCounts;
import org.reportingcentre.store.ReportCorrection;
import org.reportingcentre.store.ReportFacts;
import org.reportingcentre.store.ReportQuery;
import org.reportingcentre.store.Role;
import org.reportingcentre.store.Session;
import org.reportingcentre.store.SpocAnswer;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.StoreFixtures;
import org.reportingcentre.testing.MutableClock;

/**
 * Corrections of coded answers (strands, types, place, when, role, harm, offenders, history) on a
 * real encrypted store: each one round-trips, the correction keeps codes and words, the statistics
 * facts follow in the same save, and what must be refused is refused with nothing changed.
 */
class CodedCorrectionTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Instant DONE = Instant.parse("2026-10-01T09:00:00Z");

  @TempDir static Path folder;
  private static final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:15:00Z"));
  private static CentreStore store;
  private static ReportDesk desk;
  private static StatisticsData facts;

  @BeforeAll
  static void setUp() throws Exception {
    store =
        CentreStore.create(
                folder,
                "TWL",
                "Townsley Library",
                "amira",
                "correct horse battery".toCharArray(),
                StoreFixtures.fastAt(clock))
            .store();
    // Each test has its own report, all finished on different days of October.
    List<Report> reports =
        java.util.stream.IntStream.range(0, 6)
            .mapToObj(
                i ->
                    ReportBuilder.full()
                        .id(UUID.randomUUID())
                        .reference(reference(i))
                        .createdAt(DONE.plus(Duration.ofDays(i)).minusSeconds(600))
                        .completedAt(Optional.of(DONE.plus(Duration.ofDays(i))))
                        .build())
            .toList();
    CentreServices.on(store).reports().importAll(reports, "test");
    desk = CentreServices.on(store, clock).desk(LONDON);
    facts = CentreServices.on(store, clock).statistics();
    facts.refresh();
  }

  @AfterAll
  static void tearDown() {
    store.close();
  }

  private static Reference reference(int i) {
    return new Reference("TWL", 500 + i);
  }

  private static String codes(Enum<?>... values) {
    return java.util.Arrays.stream(values)
        .map(v -> ((org.reportingcentre.report.Coded) v).code())
        .collect(Collectors.joining(","));
  }

  /** Says a value as a screen would, marked so the test can tell words from codes. */
  private static final ReportDesk.Wording WORDS = (field, value) -> "[" + value + "]";

  @Test
  void everyCodedAnswerRoundTripsAndIsKeptWithCodesAndWords() throws Exception {
    Reference reference = reference(0);
    Report before = desk.open(reference).report();
    Map<CorrectableField, String> values = new LinkedHashMap<>();
    values.put(CorrectableField.REPORTER_ROLE, "on-behalf");
    values.put(CorrectableField.RELATIONSHIP, "Her neighbour");
    values.put(
        CorrectableField.INCIDENT_TYPES, codes(IncidentType.GRAFFITI, IncidentType.ONLINE_ABUSE));
    values.put(CorrectableField.OTHER_TYPE, "");
    values.put(
        CorrectableField.MOTIVATIONS, codes(MotivationStrand.DISABILITY, MotivationStrand.AGE));
    values.put(CorrectableField.OTHER_MOTIVATION, "");
    values.put(CorrectableField.WHEN, "yesterday");
    values.put(CorrectableField.STILL_HAPPENING, "yes");
    values.put(CorrectableField.LOCATION_TYPE, "online");
    values.put(CorrectableField.PLATFORM, "Chatter app");
    values.put(CorrectableField.INJURED, "yes");
    values.put(CorrectableField.DAMAGE_OR_LOSS, "no");
    values.put(CorrectableField.OFFENDER_COUNT, "3");
    values.put(CorrectableField.OFFENDERS_KNOWN, "yes");
    values.put(CorrectableField.HAPPENED_BEFORE, "no");

    List<CorrectableField> changed = desk.correct(reference, values, WORDS);

    assertEquals(Set.copyOf(values.keySet()), Set.copyOf(changed));
    ReportPage page = desk.open(reference);
    Report after = page.report();
    for (var e : values.entrySet()) {
      assertEquals(
          e.getValue().isEmpty() ? Optional.empty() : Optional.of(e.getValue()),
          e.getKey().read(after),
          e.getKey().code());
    }
    // The same answers, read from the record itself rather than back through the field.
    assertEquals(ReporterRole.ON_BEHALF, after.reporter().role());
    assertEquals(
        EnumSet.of(MotivationStrand.DISABILITY, MotivationStrand.AGE),
        after.incident().motivations());
    assertEquals(Optional.of(WhenApproximately.YESTERDAY), after.incident().when().approximately());
    assertEquals(Optional.empty(), after.incident().when().date());
    assertEquals(
        Optional.of(LocalTime.of(17, 40)), after.incident().when().time(), "the time is kept");
    assertEquals(LocationType.ONLINE, after.incident().location().type());
    assertEquals(Optional.of(3), after.people().offenders().howMany());
    assertEquals(Answer.NO, after.history().happenedBefore());
    // What a correction does not touch stays as it was.
    assertEquals(before.consents(), after.consents());
    assertEquals(before.people().victim(), after.people().victim());
    assertEquals(before.incident().description(), after.incident().description());

    ReportCorrection strands = correction(page, CorrectableField.MOTIVATIONS);
    assertEquals(Optional.of("race,religion,other"), strands.oldValue());
    assertEquals(Optional.of("disability,age"), strands.newValue());
    assertEquals(Optional.of("[race,religion,other]"), strands.oldWords());
    assertEquals(Optional.of("[disability,age]"), strands.newWords());
    ReportCorrection when = correction(page, CorrectableField.WHEN);
    assertEquals(Optional.of("2026-02-27"), when.oldValue());
    assertEquals(Optional.of("yesterday"), when.newValue());
    ReportCorrection relationship = correction(page, CorrectableField.RELATIONSHIP);
    assertEquals(Optional.of("Her neighbour"), relationship.newValue());
    assertEquals(Optional.empty(), relationship.newWords(), "free text is its own words");

    AuditEntry change =
        page.trail().stream().filter(e -> e.action() == AuditAction.CHANGE).findFirst().get();
    for (CorrectableField field : values.keySet()) {
      assertTrue(change.detail().contains(field.code()), field.code());
    }
    assertFalse(change.detail().contains("neighbour"), "values stay out of the hash chain");
    assertTrue(store.audit().verify().problems().isEmpty());
  }

  @Test
  void theStatisticsFactsFollowACorrectionInTheSameSave() throws Exception {
    Reference reference = reference(1);
    Instant from = DONE.plus(Duration.ofDays(1));
    Instant to = from.plus(Duration.ofDays(1));
    ReportFacts was = facts.completedBetween(from, to).get(0);
    assertEquals(
        EnumSet.of(MotivationStrand.RACE, MotivationStrand.RELIGION, MotivationStrand.OTHER),
        was.strands());

    desk.correct(
        reference,
        Map.of(
            CorrectableField.MOTIVATIONS, codes(MotivationStrand.SEXUAL_ORIENTATION),
            CorrectableField.INCIDENT_TYPES, codes(IncidentType.PHYSICAL_ATTACK),
            CorrectableField.LOCATION_TYPE, "park",
            CorrectableField.REPORTER_ROLE, "witness",
            CorrectableField.HAPPENED_BEFORE, "no"),
        WORDS);

    // Read straight from the facts table, with no refresh in between.
    ReportFacts now = facts.completedBetween(from, to).get(0);
    assertEquals(EnumSet.of(MotivationStrand.SEXUAL_ORIENTATION), now.strands());
    assertEquals(EnumSet.of(IncidentType.PHYSICAL_ATTACK), now.types());
    assertEquals(LocationType.PARK, now.locationType());
    assertEquals(ReporterRole.WITNESS, now.reporterRole());
    assertEquals(Answer.NO, now.happenedBefore());
    FactCounts counts = facts.countBetween(from, to, List.of(from));
    assertEquals(Map.of(MotivationStrand.SEXUAL_ORIENTATION, 1L), counts.strands());
    assertEquals(0, counts.multiStrand());
    assertEquals(0, counts.repeatVictims());
    assertEquals(
        ReportFacts.of(desk.open(reference).report(), Optional.empty()),
        now,
        "the facts are those of the corrected report");
    assertEquals(
        List.of(reference.toString()),
        desk
            .page(
                ReportQuery.newestFirst(50)
                    .with(q -> q.strand(MotivationStrand.SEXUAL_ORIENTATION)))
            .rows()
            .stream()
            .map(r -> r.reference().toString())
            .toList(),
        "the list's strand filter sees the correction");
  }

  @Test
  void theSameAnswersInAnotherOrderAreNotAChange() throws Exception {
    Reference reference = reference(2);
    StoreException.BadRequest same =
        assertThrows(
            StoreException.BadRequest.class,
            () ->
                desk.correct(
                    reference,
                    Map.of(
                        CorrectableField.MOTIVATIONS, "other, religion,race",
                        CorrectableField.WHEN, "2026-02-27",
                        CorrectableField.INJURED, "no"),
                    WORDS));
    assertEquals("Nothing was changed: the answers are the same as before.", same.getMessage());
    assertTrue(desk.open(reference).corrections().isEmpty());
  }

  @Test
  void aValueAFieldCannotTakeIsRefusedInPlainWordsAndChangesNothing() throws Exception {
    Reference reference = reference(3);
    Report before = desk.open(reference).report();
    Map<Map<CorrectableField, String>, String> wrong =
        Map.of(
            Map.of(CorrectableField.MOTIVATIONS, "race,martians"),
            "That is not one of the answers to why it happened. Nothing was changed.",
            Map.of(CorrectableField.WHEN, "2026-02-30"),
            "That is not a date it could have happened on. Give a date like 2026-11-20."
                + " Nothing was changed.",
            Map.of(CorrectableField.OFFENDER_COUNT, "two"),
            "The number of people who did it must be a whole number, or left out if not known."
                + " Nothing was changed.",
            Map.of(CorrectableField.LOCATION_TYPE, ""),
            "Choose an answer to where it happened. Nothing was changed.",
            // Rules of the form still hold: "something else" needs its words.
            Map.of(CorrectableField.MOTIVATIONS, "other", CorrectableField.OTHER_MOTIVATION, ""),
            "You chose \"Something else\" for why it happened: say what it was. Nothing was"
                + " changed.",
            Map.of(CorrectableField.INCIDENT_TYPES, ""),
            "Choose at least one thing that happened, or choose \"Something else\"."
                + " Nothing was changed.",
            Map.of(CorrectableField.WHEN, LocalDate.of(2026, 12, 25).toString()),
            "The date it happened cannot be in the future. Nothing was changed.");
    for (var e : wrong.entrySet()) {
      StoreException.BadRequest refused =
          assertThrows(
              StoreException.BadRequest.class, () -> desk.correct(reference, e.getKey(), WORDS));
      assertEquals(e.getValue(), refused.getMessage());
    }
    ReportPage page = desk.open(reference);
    assertEquals(before, page.report());
    assertTrue(page.corrections().isEmpty());
    assertEquals(0, page.trail().stream().filter(e -> e.action() == AuditAction.CHANGE).count());
  }

  @Test
  void aSentReportAndAVolunteerAreRefusedAndNothingChanges() throws Exception {
    Reference reference = reference(4);
    ReportDesk volunteers =
        new ReportDesk(store.work(), clock, LONDON, new Session("ben", Role.VOLUNTEER), facts);
    assertThrows(
        StoreException.NotAllowed.class,
        () -> volunteers.correct(reference, Map.of(CorrectableField.MOTIVATIONS, "age"), WORDS));

    UUID id = desk.status(reference).orElseThrow().id();
    CentreServices.on(store).sync().markSending(List.of(id));
    CentreServices.on(store)
        .sync()
        .record(List.of(new SpocAnswer.Received(id, "R-5", clock.instant(), false)));
    StoreException.BadRequest received =
        assertThrows(
            StoreException.BadRequest.class,
            () -> desk.correct(reference, Map.of(CorrectableField.MOTIVATIONS, "age"), WORDS));
    assertEquals(
        reference
            + " has been received by the SPOC, so it cannot be changed on this computer."
            + " Nothing was changed. Ask the SPOC to correct it there.",
        received.getMessage());
    ReportPage page = desk.open(reference);
    assertEquals(
        EnumSet.of(MotivationStrand.RACE, MotivationStrand.RELIGION, MotivationStrand.OTHER),
        page.report().incident().motivations());
    assertTrue(page.corrections().isEmpty());
  }

  @Test
  void thePurgeRemovesTheCodesAndWordsOfACodedCorrection() throws Exception {
    Reference reference = reference(5);
    UUID id = desk.status(reference).orElseThrow().id();
    desk.correct(reference, Map.of(CorrectableField.MOTIVATIONS, "disability"), WORDS);
    CentreServices.on(store).sync().markSending(List.of(id));
    CentreServices.on(store)
        .sync()
        .record(List.of(new SpocAnswer.Received(id, "R-6", clock.instant(), false)));
    clock.advance(Duration.ofDays(31));

    assertTrue(CentreServices.on(store).sync().purge(Duration.ofDays(30)).contains(reference));

    ReportCorrection strands = correction(desk.open(reference), CorrectableField.MOTIVATIONS);
    assertEquals(Optional.empty(), strands.oldValue());
    assertEquals(Optional.empty(), strands.newValue());
    assertEquals(Optional.empty(), strands.oldWords());
    assertEquals(Optional.empty(), strands.newWords());
    assertTrue(strands.removedAt().isPresent());
    assertTrue(store.audit().verify().problems().isEmpty());
  }

  private static ReportCorrection correction(ReportPage page, CorrectableField field) {
    return page.corrections().stream().filter(c -> c.field() == field).findFirst().orElseThrow();
  }
}
