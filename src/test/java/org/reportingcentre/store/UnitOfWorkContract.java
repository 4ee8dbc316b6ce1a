package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportingcentre.report.Report;

/** What every {@link UnitOfWork} must do: all of a work's changes, or none of them. */
abstract class UnitOfWorkContract {
  protected abstract UnitOfWork work();

  private Report report() {
    return StoreFixtures.report(work().repositories().reports().nextReference("TWL"), "words");
  }

  @Test
  void workThatReturnsIsCommittedWithItsAuditEntry() {
    Report report = report();
    int entries = work().repositories().audit().entries().size();
    AuditEntry entry =
        work()
            .inTransaction(
                tx -> {
                  tx.reports().add(report);
                  return tx.audit()
                      .append(
                          "amira", AuditAction.CREATE, report.meta().reference().toString(), "");
                });
    assertEquals(Optional.of(report), work().repositories().reports().find(report.meta().id()));
    assertEquals(entries + 1, work().repositories().audit().entries().size());
    assertEquals(entry, work().repositories().audit().entries().get(entries));
  }

  @Test
  void aCheckedErrorRollsEverythingBackAndIsPassedOnAsItWas() {
    Report report = report();
    int entries = work().repositories().audit().entries().size();
    StoreException.BadRequest refused = new StoreException.BadRequest("Nothing was changed.");
    StoreException.BadRequest thrown =
        assertThrows(
            StoreException.BadRequest.class,
            () ->
                work()
                    .inTransaction(
                        tx -> {
                          tx.reports().add(report);
                          tx.audit().append("amira", AuditAction.CREATE, "TWL-1", "");
                          throw refused;
                        }));
    assertSame(refused, thrown);
    assertEquals(Optional.empty(), work().repositories().reports().find(report.meta().id()));
    assertEquals(entries, work().repositories().audit().entries().size());
  }

  @Test
  void anUncheckedErrorRollsEverythingBackToo() {
    Report report = report();
    IllegalStateException broken = new IllegalStateException("broken");
    assertSame(
        broken,
        assertThrows(
            IllegalStateException.class,
            () ->
                work()
                    .inTransaction(
                        tx -> {
                          tx.reports().add(report);
                          throw broken;
                        })));
    assertEquals(Optional.empty(), work().repositories().reports().find(report.meta().id()));
  }
}
