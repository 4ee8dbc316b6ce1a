package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reportingcentre.report.Deidentify;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;

/** What every {@link OutboxRepository} must do, for reports of the same store. */
abstract class OutboxRepositoryContract {
  private static final Instant AT = Instant.parse("2026-04-01T10:00:00Z");

  /** The repositories of one store; the outbox is {@code outbox()}. */
  protected abstract Repositories store();

  private Report stored() {
    Report report = StoreFixtures.report(store().reports().nextReference("TWL"), "words");
    store().reports().add(report);
    return report;
  }

  @Test
  void theKeepingSettingIsUnsetUntilSaved() {
    assertEquals(Optional.empty(), store().outbox().keepDays());
    store().outbox().saveKeepDays(45);
    store().outbox().saveKeepDays(60);
    assertEquals(Optional.of(60), store().outbox().keepDays());
  }

  @Test
  void aCorrectedReportNoLongerNeedsAttention() {
    UUID id = stored().meta().id();
    store().outbox().setQueuedStatus(List.of(id), ReportStatus.SENDING);
    store()
        .outbox()
        .record(
            List.of(new SpocAnswer.NeedsAttention(id, SpocAnswer.Kind.REJECTED, "no date given")));
    assertEquals(Optional.of("no date given"), store().outbox().details(id).get().attention());
    store().outbox().clearAttention(id, AT);
    assertEquals(Optional.empty(), store().outbox().details(id).get().attention());
  }

  @Test
  void aPurgedReportKeepsItsDeidentifiedCopyAndIsNoLongerPurgeable() {
    Report report = stored();
    UUID id = report.meta().id();
    store().outbox().setQueuedStatus(List.of(id), ReportStatus.SENDING);
    store().outbox().record(List.of(new SpocAnswer.Received(id, "rcpt-1", AT, false)));
    assertEquals(List.of(id), store().outbox().purgeable(AT.plusSeconds(1)));

    Report kept = Deidentify.apply(report);
    store().outbox().replacePurged(id, kept, AT.plusSeconds(60));
    assertEquals(Optional.of(kept), store().reports().find(id));
    assertEquals(Optional.of(AT.plusSeconds(60)), store().outbox().details(id).get().purgedAt());
    assertEquals(List.of(), store().outbox().purgeable(AT.plusSeconds(3600)));
  }
}
