package org.reportingcentre.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.protocol.OutcomeChange;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.CorrectableField;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Outcome;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.AuditEntry;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.ReportCorrection;
import org.reportingcentre.store.ReportListPage;
import org.reportingcentre.store.ReportQuery;
import org.reportingcentre.store.ReportRow;
import org.reportingcentre.store.Role;
import org.reportingcentre.store.Session;
import org.reportingcentre.store.SpocAnswer;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.StoreFixtures;
import org.reportingcentre.store.SyncDetails;
import org.reportingcentre.testing.MutableClock;

/** The report list, the report page and corrections, on a real encrypted store. */
class ReportDeskTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Instant DAY_ONE = Instant.parse("2026-09-01T09:00:00Z");

  @TempDir static Path folder;
  private static final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:15:00Z"));
  private static CentreStore store;
  private static ReportDesk desk;
  private static final List<Reference> references = new ArrayList<>();

  /**
   * One store for the class (making one costs a key derivation): each test works on its own
   * reports, and nothing here depends on the order the tests run in.
   */
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
    // Twelve reports, one a day from 1 September: every third about religion in Millbrook, the
    // others about race in Eastfield; even ones recorded by ben on the phone.
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Reference reference = new Reference("TWL", 100 + i);
      references.add(reference);
      boolean religion = i % 3 == 0;
      Instant at = DAY_ONE.plus(Duration.ofDays(i));
      reports.add(
          ReportBuilder.full()
              .id(UUID.randomUUID())
              .reference(reference)
              .createdAt(at.minusSeconds(600))
              .completedAt(Optional.of(at))
              .recordedBy(i % 2 == 0 ? "ben" : "amira")
              .channel(i % 2 == 0 ? Channel.PHONE : Channel.IN_PERSON)
              .motivations(religion ? MotivationStrand.RELIGION : MotivationStrand.RACE)
              .location(
                  new Location(
                      LocationType.STREET,
                      Optional.empty(),
                      Optional.empty(),
                      Optional.of("Outside 3 Mill Lane"),
                      Optional.of("ZZ1 4AB"),
                      Optional.of(religion ? "Millbrook" : "Eastfield")))
              .build());
    }
    CentreServices.on(store).reports().importAll(reports, "test");
    desk = CentreServices.on(store, clock).desk(LONDON);
  }

  @AfterAll
  static void tearDown() {
    store.close();
  }

  private static List<String> refs(ReportListPage page) {
    return page.rows().stream().map(r -> r.reference().toString()).toList();
  }

  private static String ref(int i) {
    return references.get(i).toString();
  }

  @Test
  void theListFiltersByStrandWardDatesVolunteerAndChannelNewestFirst() throws Exception {
    ReportQuery all = ReportQuery.newestFirst(50);
    ReportListPage page = desk.page(all);
    assertEquals(12, desk.count(all));
    assertEquals(ref(11), refs(page).get(0), "newest first");
    assertEquals(
        List.of(ref(9), ref(6), ref(3), ref(0)),
        refs(desk.page(all.with(q -> q.strand(MotivationStrand.RELIGION)))));
    assertEquals(
        List.of(ref(6), ref(3)),
        refs(
            desk.page(
                all.with(
                    q ->
                        q.strand(MotivationStrand.RELIGION)
                            .dates(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 7))))));
    assertEquals(
        List.of(ref(9), ref(6), ref(3), ref(0)),
        refs(desk.page(all.with(q -> q.ward("  millbrook ")))));
    assertEquals(6, desk.count(all.with(q -> q.volunteer("ben").channel(Channel.PHONE))));
    assertEquals(
        0, desk.page(all.with(q -> q.volunteer("amira").channel(Channel.PHONE))).rows().size());
    assertEquals(4, desk.count(all.with(q -> q.ward("Millbrook"))), "a count in the facts alone");
    assertEquals(
        2,
        desk.count(
            all.with(
                q ->
                    q.strand(MotivationStrand.RELIGION)
                        .dates(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 7)))));
    assertEquals(
        2,
        desk.count(all.with(q -> q.strand(MotivationStrand.RELIGION).volunteer("ben"))),
        "a count that joins report and facts");
    assertEquals(
        List.of(ref(5)), refs(desk.page(all.with(q -> q.reference(ref(5).toLowerCase())))));
    ReportRow row = desk.page(all.with(q -> q.reference(ref(3)))).rows().get(0);
    assertEquals(Optional.of("Millbrook"), row.ward());
    assertEquals(java.util.Set.of(MotivationStrand.RELIGION), row.strands());
    assertEquals(Optional.of("amira"), row.recordedBy());
  }

  @Test
  void pagesComeFromTheDatabaseInTheChosenOrder() throws Exception {
    ReportQuery byReference =
        ReportQuery.builder().sort(ReportQuery.Sort.REFERENCE, false).limit(5).build();
    ReportListPage first = desk.page(byReference);
    assertEquals(List.of(ref(0), ref(1), ref(2), ref(3), ref(4)), refs(first));
    assertTrue(first.hasNext());
    assertFalse(first.hasPrevious());
    ReportListPage last = desk.page(byReference.page(10));
    assertEquals(List.of(ref(10), ref(11)), refs(last));
    assertFalse(last.hasNext());
    assertEquals(12, desk.count(byReference));
    ReportListPage byVolunteer = desk.page(byReference.sortedBy(ReportQuery.Sort.VOLUNTEER, false));
    assertEquals(Optional.of("amira"), byVolunteer.rows().get(0).recordedBy());
  }

  @Test
  void aVolunteerGetsReferenceDateAndStatusOnlyAndIsRefusedAnswers() throws Exception {
    long viewsBefore = views();
    // The desk as a volunteer's sign-in makes it: the same store, a volunteer's session.
    ReportDesk volunteers =
        new ReportDesk(
            store.work(),
            clock,
            LONDON,
            new Session("ben", Role.VOLUNTEER),
            CentreServices.on(store, clock).statistics());
    ReportListPage page = volunteers.page(ReportQuery.newestFirst(50));
    assertEquals(12, page.rows().size());
    assertFalse(page.detailed());
    for (ReportRow row : page.rows()) {
      assertEquals(Optional.empty(), row.channel());
      assertEquals(Optional.empty(), row.recordedBy());
      assertEquals(Optional.empty(), row.ward());
      assertTrue(row.strands().isEmpty());
    }
    assertEquals(ReportStatus.SAVED, volunteers.status(references.get(0)).orElseThrow().status());
    assertThrows(
        StoreException.NotAllowed.class,
        () ->
            volunteers.page(ReportQuery.newestFirst(50).with(q -> q.strand(MotivationStrand.RACE))),
        "searching by strand would tell what reports say");
    StoreException.NotAllowed refused =
        assertThrows(StoreException.NotAllowed.class, () -> volunteers.open(references.get(0)));
    assertEquals("Only a manager can open a report's answers.", refused.getMessage());
    assertThrows(
        StoreException.NotAllowed.class,
        () -> volunteers.correct(references.get(0), Map.of(CorrectableField.WARD, "Westfield")));
    assertThrows(StoreException.NotAllowed.class, volunteers::wards);
    assertEquals(viewsBefore, views(), "nothing was opened");
  }

  private static long views() {
    return store.audit().entries().stream().filter(e -> e.action() == AuditAction.VIEW).count();
  }

  @Test
  void openingAReportIsAuditedShowsItsTrailAndMarksNewsSeen() throws Exception {
    Reference reference = references.get(2);
    Report report =
        CentreServices.on(store).reports().list(Optional.empty()).stream()
            .filter(s -> s.reference().equals(reference))
            .map(s -> s.id())
            .findFirst()
            .flatMap(id -> store.work().repositories().reports().find(id))
            .orElseThrow();
    UUID id = report.meta().id();
    CentreServices.on(store).sync().markSending(List.of(id));
    CentreServices.on(store)
        .sync()
        .record(List.of(new SpocAnswer.Received(id, "R-77", clock.instant(), false)));
    Outcome outcome =
        new Outcome(
            OutcomeStatus.PASSED_TO_POLICE,
            List.of(),
            List.of(),
            Optional.empty(),
            Optional.of("The police will call you."),
            clock.instant());
    CentreServices.on(store)
        .sync()
        .applyOutcomes(List.of(new OutcomeChange(id, reference.toString(), outcome)), "c1");
    assertTrue(CentreServices.on(store).sync().details(reference).orElseThrow().news());

    ReportPage page = desk.open(reference);

    assertEquals(
        "Grace Okafor", page.report().people().victim().orElseThrow().name().orElseThrow());
    assertEquals(Optional.of("R-77"), page.sync().receiptId());
    assertEquals(
        Optional.of("The police will call you."),
        page.sync().outcome().orElseThrow().messageForVictim());
    assertEquals(
        List.of(AuditAction.IMPORT, AuditAction.SYNC, AuditAction.SYNC, AuditAction.VIEW),
        page.trail().stream().map(AuditEntry::action).toList());
    assertFalse(
        CentreServices.on(store).sync().details(reference).orElseThrow().news(),
        "the outcome was seen");
    assertFalse(page.correctable());
    assertTrue(store.audit().verify().problems().isEmpty());
  }

  @Test
  void theHasNewsFilterShowsExactlyTheReportsWithAnUnseenOutcome() throws Exception {
    Reference withNews = references.get(10);
    Reference alsoWithNews = references.get(9);
    for (Reference reference : List.of(withNews, alsoWithNews)) {
      UUID id = CentreServices.on(store).sync().details(reference).orElseThrow().id();
      CentreServices.on(store).sync().markSending(List.of(id));
      CentreServices.on(store)
          .sync()
          .record(List.of(new SpocAnswer.Received(id, "R-" + reference, DAY_ONE, false)));
      Outcome outcome =
          new Outcome(
              OutcomeStatus.CLOSED,
              List.of(),
              List.of(),
              Optional.empty(),
              Optional.of("Closed."),
              clock.instant());
      CentreServices.on(store)
          .sync()
          .applyOutcomes(List.of(new OutcomeChange(id, reference.toString(), outcome)), "n");
    }
    ReportQuery news = ReportQuery.newestFirst(50).with(q -> q.onlyWithNews(true));

    assertEquals(List.of(withNews.toString(), alsoWithNews.toString()), refs(desk.page(news)));
    assertEquals(2, desk.count(news));
    assertEquals(
        List.of(alsoWithNews.toString()),
        refs(desk.page(news.with(q -> q.strand(MotivationStrand.RELIGION)))),
        "with another filter");
    assertEquals(1, desk.count(news.with(q -> q.ward("Millbrook"))), "counted with the facts");

    desk.open(withNews);

    assertEquals(List.of(alsoWithNews.toString()), refs(desk.page(news)), "seen: no news now");
    assertEquals(1, desk.count(news));
    desk.open(alsoWithNews);
    assertEquals(0, desk.count(news));
  }

  @Test
  void aCorrectionKeepsEachChangedFieldWithOldAndNewValuesAndAnAuditEntry() throws Exception {
    Reference reference = references.get(4);
    List<CorrectableField> changed =
        desk.correct(
            reference,
            Map.of(
                CorrectableField.WARD, "Westfield",
                CorrectableField.POSTCODE, "ZZ1 4AB",
                CorrectableField.VICTIM_NAME, "Grace Okafor-Bell"));

    assertEquals(
        java.util.Set.of(CorrectableField.WARD, CorrectableField.VICTIM_NAME),
        java.util.Set.copyOf(changed),
        "the postcode was the same");
    ReportPage page = desk.open(reference);
    assertEquals(Optional.of("Westfield"), page.report().incident().location().ward());
    AuditEntry change =
        page.trail().stream()
            .filter(e -> e.action() == AuditAction.CHANGE)
            .findFirst()
            .orElseThrow();
    assertTrue(change.detail().startsWith("corrected "), change.detail());
    assertTrue(change.detail().contains("ward") && change.detail().contains("victim-name"));
    assertFalse(change.detail().contains("Okafor"), "values stay out of the hash chain");
    ReportCorrection ward =
        page.corrections().stream()
            .filter(c -> c.field() == CorrectableField.WARD)
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of("Eastfield"), ward.oldValue());
    assertEquals(Optional.of("Westfield"), ward.newValue());
    assertEquals("amira", ward.actor());
    assertEquals(change.seq(), ward.auditSeq());
    assertEquals(
        List.of(reference.toString()),
        refs(desk.page(ReportQuery.newestFirst(50).with(q -> q.ward("Westfield")))),
        "the list's ward filter sees the correction");
    assertTrue(store.audit().verify().problems().isEmpty());
  }

  @Test
  void aReportBeingSentOrReceivedCannotBeChanged() throws Exception {
    Reference reference = references.get(1);
    UUID id = desk.status(reference).orElseThrow().id();
    CentreServices.on(store).sync().markSending(List.of(id));
    StoreException.BadRequest sending =
        assertThrows(
            StoreException.BadRequest.class,
            () -> desk.correct(reference, Map.of(CorrectableField.WARD, "Westfield")));
    assertEquals(
        reference
            + " is being sent to the SPOC now, so it cannot be changed on this computer. Nothing"
            + " was changed. Ask the SPOC to correct it there.",
        sending.getMessage());
    CentreServices.on(store)
        .sync()
        .record(List.of(new SpocAnswer.Received(id, "R-1", clock.instant(), false)));
    StoreException.BadRequest received =
        assertThrows(
            StoreException.BadRequest.class,
            () -> desk.correct(reference, Map.of(CorrectableField.WARD, "Westfield")));
    assertTrue(received.getMessage().contains("has been received by the SPOC"));
    assertEquals(
        Optional.of("Eastfield"),
        desk.open(reference).report().incident().location().ward(),
        "the answer is as it was");
    assertEquals(
        0,
        store.audit().entries().stream()
            .filter(
                e -> e.action() == AuditAction.CHANGE && e.subject().equals(reference.toString()))
            .count());
  }

  @Test
  void aCorrectionThatBreaksARuleOrChangesNothingIsRefusedAndChangesNothing() throws Exception {
    Reference reference = references.get(0);
    StoreException.BadRequest empty =
        assertThrows(
            StoreException.BadRequest.class,
            () -> desk.correct(reference, Map.of(CorrectableField.DESCRIPTION, "   ")));
    assertTrue(empty.getMessage().endsWith("Nothing was changed."), empty.getMessage());
    assertThrows(
        StoreException.BadRequest.class,
        () -> desk.correct(reference, Map.of(CorrectableField.WARD, "Millbrook")));
    assertTrue(desk.open(reference).corrections().isEmpty());
  }

  @Test
  void correctingAReportThatNeedsAttentionPutsItBackInTheQueue() throws Exception {
    Reference reference = references.get(7);
    UUID id = desk.status(reference).orElseThrow().id();
    CentreServices.on(store).sync().markSending(List.of(id));
    CentreServices.on(store)
        .sync()
        .record(
            List.of(
                new SpocAnswer.NeedsAttention(
                    id, SpocAnswer.Kind.REJECTED, "The postcode is not a real one.")));
    assertEquals(ReportStatus.NEEDS_ATTENTION, desk.status(reference).orElseThrow().status());

    desk.correct(reference, Map.of(CorrectableField.POSTCODE, "ZZ1 9XY"));

    SyncDetails after = desk.status(reference).orElseThrow();
    assertEquals(ReportStatus.SAVED, after.status());
    assertEquals(Optional.empty(), after.attention());
    assertTrue(CentreServices.on(store).sync().queued().contains(id));
  }

  @Test
  void thePurgeRemovesTheValuesOfCorrectionsAndKeepsTheAuditChain() throws Exception {
    Reference reference = references.get(3);
    UUID id = desk.status(reference).orElseThrow().id();
    desk.correct(reference, Map.of(CorrectableField.VICTIM_PHONE, "07700 900999"));
    CentreServices.on(store).sync().markSending(List.of(id));
    CentreServices.on(store)
        .sync()
        .record(List.of(new SpocAnswer.Received(id, "R-9", clock.instant(), false)));
    clock.advance(Duration.ofDays(31));

    assertTrue(CentreServices.on(store).sync().purge(Duration.ofDays(30)).contains(reference));

    ReportPage page = desk.open(reference);
    ReportCorrection phone = page.corrections().get(0);
    assertEquals(Optional.empty(), phone.oldValue());
    assertEquals(Optional.empty(), phone.newValue());
    assertEquals(Optional.of(clock.instant()), phone.removedAt());
    assertTrue(page.sync().purgedAt().isPresent());
    assertTrue(store.audit().verify().problems().isEmpty());
  }
}
