package org.reportingcentre.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportMeta;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.Draft;
import org.reportingcentre.store.KioskRefusedException;
import org.reportingcentre.store.Role;
import org.reportingcentre.store.Session;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.StoreFixtures;
import org.reportingcentre.testing.SlowTest;

/**
 * The kiosk session's services on a real encrypted store: one report per visit, nothing to read, no
 * draft but the visit's own. No screens involved: the rules hold whatever a screen offers.
 */
@SlowTest
class KioskSessionTest {
  @TempDir Path folder;
  private CentreStore store;
  private KioskSession kiosk;
  private Reference staffReport;

  @BeforeEach
  void open() throws Exception {
    store = StoreFixtures.create(folder).store();
    ReportService staff = CentreServices.on(store).reports();
    staffReport = staff.nextReference();
    staff.save(StoreFixtures.report(staffReport, "Someone else's words"));
    kiosk = CentreServices.on(store).kiosk();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static Report kioskReport(Reference reference) {
    Report r = StoreFixtures.report(reference, "My own words");
    ReportMeta m = r.meta();
    return new Report(
        new ReportMeta(
            m.id(),
            m.reference(),
            m.centreCode(),
            ReportMeta.KIOSK_USER,
            Channel.KIOSK,
            m.formVariant(),
            m.language(),
            m.createdAt(),
            m.completedAt(),
            m.formVersion()),
        r.reporter(),
        r.incident(),
        r.people(),
        r.history(),
        r.consents(),
        r.needs(),
        r.attachments(),
        r.outcome());
  }

  @Test
  void listingSearchingCountingViewingAndExportingAreRefused() {
    ReportService reports = kiosk.reports();
    assertThrows(KioskRefusedException.class, () -> reports.list(Optional.empty()));
    assertThrows(KioskRefusedException.class, () -> reports.view(staffReport));
    assertThrows(KioskRefusedException.class, reports::count);
    assertThrows(
        KioskRefusedException.class,
        () -> reports.clashes(List.of(StoreFixtures.report(staffReport, "probe"))));
    assertThrows(KioskRefusedException.class, () -> reports.export("json", "somewhere"));
    assertThrows(
        KioskRefusedException.class,
        () ->
            reports.importAll(
                List.of(kioskReport(new Reference(StoreFixtures.CENTRE, 99))), "file"));
  }

  @Test
  void aVisitSendsOneKioskReportAndNoSecond() throws Exception {
    ReportService reports = kiosk.reports();
    Reference first = reports.nextReference();
    reports.save(kioskReport(first));
    Reference second = reports.nextReference();
    assertThrows(KioskRefusedException.class, () -> reports.save(kioskReport(second)));
    assertThrows(KioskRefusedException.class, () -> kiosk.reports().save(kioskReport(second)));

    kiosk.newVisit();
    kiosk.reports().save(kioskReport(second));
    assertEquals(3, CentreServices.on(store).reports().count());
    Report stored = CentreServices.on(store).reports().view(first).orElseThrow();
    assertEquals(Channel.KIOSK, stored.meta().channel());
    assertEquals("kiosk", stored.meta().recordedBy());
    assertTrue(
        store.audit().entries().stream()
            .anyMatch(
                e ->
                    e.actor().equals("kiosk")
                        && e.action() == AuditAction.CREATE
                        && e.subject().equals(first.toString())));
  }

  @Test
  void aReportNotRecordedAsKioskIsRefused() {
    ReportService reports = kiosk.reports();
    Reference reference = reports.nextReference();
    assertThrows(
        KioskRefusedException.class,
        () -> reports.save(StoreFixtures.report(reference, "claims to be amira, in person")));
    assertEquals(1, CentreServices.on(store).reports().count());
  }

  @Test
  void aVisitSeesOnlyItsOwnCurrentDraft() throws Exception {
    DraftService volunteer =
        new DraftService(
            store.drafts(), new Session("ben", Role.VOLUNTEER), StoreFixtures.options().clock());
    UUID bens = UUID.randomUUID();
    volunteer.save(bens, "WHO", "{\"ben\":true}");

    DraftService drafts = kiosk.drafts();
    assertThrows(KioskRefusedException.class, () -> drafts.open(bens));
    assertThrows(KioskRefusedException.class, () -> drafts.save(bens, "WHO", "{}"));
    assertThrows(KioskRefusedException.class, () -> drafts.delete(bens));
    assertThrows(StoreException.NotAllowed.class, () -> drafts.abandoned(java.time.Duration.ZERO));

    UUID mine = UUID.randomUUID();
    drafts.save(mine, "WHO", "{\"mine\":1}");
    assertEquals(List.of(mine), drafts.mine().stream().map(Draft::id).toList());
    assertTrue(drafts.open(mine).isPresent());
    UUID another = UUID.randomUUID();
    assertThrows(KioskRefusedException.class, () -> drafts.save(another, "WHO", "{}"));
    assertEquals("{\"ben\":true}", volunteer.open(bens).orElseThrow().answers());
  }

  @Test
  void aNewVisitCannotReachTheLastVisitsDraft() throws Exception {
    UUID first = UUID.randomUUID();
    kiosk.drafts().save(first, "WHO", "{\"first\":1}");
    DraftService stale = kiosk.drafts();
    kiosk.newVisit();
    DraftService next = kiosk.drafts();
    assertEquals(List.of(), next.mine());
    assertThrows(KioskRefusedException.class, () -> next.open(first));
    assertThrows(KioskRefusedException.class, () -> stale.open(first));
  }

  @Test
  void wipeDeletesTheVisitsDraftFromTheStore() throws Exception {
    UUID id = UUID.randomUUID();
    kiosk.drafts().save(id, "DESCRIPTION", "{\"description\":\"secret words\"}");
    assertTrue(store.drafts().find(id).isPresent());
    kiosk.wipe();
    assertFalse(store.drafts().find(id).isPresent());
    assertEquals(List.of(), store.drafts().all());
    assertEquals(Optional.empty(), kiosk.currentDraft());
  }

  @Test
  void theKioskCannotBeMadeAUser() {
    assertThrows(
        StoreException.BadRequest.class,
        () -> store.users().add("kiosk2", Role.KIOSK, "a long password here".toCharArray()));
  }
}
