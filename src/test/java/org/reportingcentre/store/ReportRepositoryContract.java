package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;

/** What every {@link ReportRepository} must do; subclasses supply the implementation. */
abstract class ReportRepositoryContract {
  protected abstract ReportRepository repository();

  @Test
  void aSavedReportIsFoundByIdAndReferenceWithEveryAnswer() {
    Report report =
        StoreFixtures.report(repository().nextReference("TWL"), "Shouted at on the bus");
    repository().add(report);
    assertEquals(Optional.of(report), repository().find(report.meta().id()));
    assertEquals(Optional.of(report), repository().findByReference(report.meta().reference()));
    assertEquals(Optional.of(ReportStatus.SAVED), repository().status(report.meta().id()));
  }

  @Test
  void referencesAreNeverGivenTwice() {
    Set<Reference> seen = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      assertTrue(seen.add(repository().nextReference("TWL")));
    }
  }

  @Test
  void importedReferencesMoveTheSequenceOnSoNewOnesDoNotCollide() {
    Report imported = StoreFixtures.report(new Reference("TWL", 500), "Imported from paper");
    repository().add(imported);
    assertEquals(501, repository().nextReference("TWL").sequence());
  }

  @Test
  void addingManyIsAllOrNothing() {
    Report stored = StoreFixtures.report(repository().nextReference("TWL"), "first");
    repository().add(stored);
    Report fresh = StoreFixtures.report(repository().nextReference("TWL"), "second");
    assertThrows(RuntimeException.class, () -> repository().addAll(List.of(fresh, stored)));
    assertEquals(1, repository().count());
    assertEquals(Optional.empty(), repository().find(fresh.meta().id()));
  }

  @Test
  void listsShowSummariesFilteredByStatus() {
    Report a = StoreFixtures.report(repository().nextReference("TWL"), "a");
    Report b = StoreFixtures.report(repository().nextReference("TWL"), "b");
    repository().addAll(List.of(a, b));
    assertTrue(repository().setStatus(b.meta().id(), ReportStatus.RECEIVED));
    assertFalse(repository().setStatus(UUID.randomUUID(), ReportStatus.RECEIVED));
    assertEquals(2, repository().list(Optional.empty()).size());
    List<ReportSummary> received = repository().list(Optional.of(ReportStatus.RECEIVED));
    assertEquals(1, received.size());
    assertEquals(b.meta().reference(), received.get(0).reference());
    assertNotEquals(a.meta().reference(), received.get(0).reference());
  }

  @Test
  void existingIdsAndReferencesAreFound() {
    Report a = StoreFixtures.report(repository().nextReference("TWL"), "a");
    repository().add(a);
    UUID other = UUID.randomUUID();
    assertEquals(List.of(a.meta().id()), repository().existingIds(List.of(a.meta().id(), other)));
    assertEquals(
        List.of(a.meta().reference()),
        repository().existingReferences(List.of(a.meta().reference(), new Reference("TWL", 9999))));
  }

  @Test
  void aReportIsFoundByReferenceForItsIdStatusAndReference() {
    Report a = StoreFixtures.report(repository().nextReference("TWL"), "a");
    repository().add(a);
    Reference missing = new Reference("TWL", 9999);
    assertEquals(Optional.of(a.meta().id()), repository().idOf(a.meta().reference()));
    assertEquals(Optional.empty(), repository().idOf(missing));
    assertEquals(
        java.util.Map.of(a.meta().id(), a.meta().reference()),
        repository().referencesOf(List.of(a.meta().id(), UUID.randomUUID())));
    assertEquals(Optional.of(ReportStatus.SAVED), repository().lockStatus(a.meta().reference()));
    assertEquals(Optional.empty(), repository().lockStatus(missing));
  }

  @Test
  void aReplacedReportHasItsNewAnswersAndWaitsToBeSentAgain() {
    Report a = StoreFixtures.report(repository().nextReference("TWL"), "first words");
    repository().add(a);
    repository().setStatus(a.meta().id(), ReportStatus.NEEDS_ATTENTION);
    Report corrected = StoreFixtures.report(a.meta().reference(), "corrected words");
    Report sameId =
        org.reportingcentre.report.ReportBuilder.from(corrected).id(a.meta().id()).build();
    repository().replace(a.meta().id(), sameId, java.time.Instant.now());
    assertEquals(Optional.of(sameId), repository().find(a.meta().id()));
    assertEquals(Optional.of(ReportStatus.SAVED), repository().status(a.meta().id()));
  }
}
