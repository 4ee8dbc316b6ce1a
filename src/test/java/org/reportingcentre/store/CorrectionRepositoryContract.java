package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reportingcentre.report.CorrectableField;
import org.reportingcentre.report.Report;

/** What every {@link CorrectionRepository} must do, beside the audit log of the same store. */
abstract class CorrectionRepositoryContract {
  /** The repositories of one store; the corrections are {@code corrections()}. */
  protected abstract Repositories store();

  private UUID stored() {
    Report report = StoreFixtures.report(store().reports().nextReference("TWL"), "words");
    store().reports().add(report);
    return report.meta().id();
  }

  @Test
  void aCorrectionIsReadBackWithWhoMadeItAndWhenFromItsAuditEntry() {
    UUID id = stored();
    AuditEntry entry = store().audit().append("amira", AuditAction.CHANGE, "TWL-1", "corrected");
    store()
        .corrections()
        .add(
            id,
            entry.seq(),
            List.of(
                new CorrectionRepository.Change(
                    CorrectableField.WARD,
                    Optional.of("Westfield"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
                new CorrectionRepository.Change(
                    CorrectableField.MOTIVATIONS,
                    Optional.of("race"),
                    Optional.of("age"),
                    Optional.of("Race"),
                    Optional.of("Age"))));

    List<ReportCorrection> kept = store().corrections().forReport(id);
    assertEquals(2, kept.size());
    ReportCorrection motivations =
        kept.stream().filter(c -> c.field() == CorrectableField.MOTIVATIONS).findFirst().get();
    assertEquals(entry.seq(), motivations.auditSeq());
    assertEquals("amira", motivations.actor());
    assertEquals(entry.at(), motivations.at());
    assertEquals(Optional.of("race"), motivations.oldValue());
    assertEquals(Optional.of("age"), motivations.newValue());
    assertEquals(Optional.of("Race"), motivations.oldWords());
    assertEquals(Optional.of("Age"), motivations.newWords());
    ReportCorrection ward =
        kept.stream().filter(c -> c.field() == CorrectableField.WARD).findFirst().get();
    assertEquals(Optional.empty(), ward.newValue(), "a cleared answer has no new value");
    assertEquals(List.of(), store().corrections().forReport(stored()), "another report's");
  }

  @Test
  void removingValuesKeepsTheCorrectionAndNotesWhenOnce() {
    UUID id = stored();
    AuditEntry entry = store().audit().append("amira", AuditAction.CHANGE, "TWL-1", "corrected");
    store()
        .corrections()
        .add(
            id,
            entry.seq(),
            List.of(
                new CorrectionRepository.Change(
                    CorrectableField.DESCRIPTION,
                    Optional.of("old words"),
                    Optional.of("new words"),
                    Optional.empty(),
                    Optional.empty())));
    Instant first = Instant.parse("2026-05-01T09:00:00Z");
    store().corrections().removeValues(id, first);
    store().corrections().removeValues(id, first.plusSeconds(3600));

    ReportCorrection removed = store().corrections().forReport(id).get(0);
    assertEquals(CorrectableField.DESCRIPTION, removed.field());
    assertEquals(Optional.empty(), removed.oldValue());
    assertEquals(Optional.empty(), removed.newValue());
    assertEquals(Optional.of(first), removed.removedAt());
  }
}
