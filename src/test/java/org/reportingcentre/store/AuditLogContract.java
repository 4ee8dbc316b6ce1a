package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do. */
abstract class AuditLogContract {
  protected abstract AuditLog log();

  @Test
  void entriesAreChainedInOrder() {
    int before = log().entries().size();
    AuditEntry a = log().append("amira", AuditAction.CREATE, "TWL-2222A", "");
    AuditEntry b = log().append("ben", AuditAction.VIEW, "TWL-2222A", "");
    assertEquals(a.seq() + 1, b.seq());
    assertEquals(a.hash(), b.previousHash());
    assertEquals(before + 2, log().entries().size());
    assertTrue(log().verify().intact(), log().verify().problems().toString());
  }

  @Test
  void manySubjectsAreChainedInOrderAndEachSubjectsEntriesAreFound() {
    List<AuditEntry> added =
        log().appendAll("amira", AuditAction.IMPORT, List.of("TWL-3A", "TWL-4B"), "file.json");
    assertEquals(2, added.size());
    assertEquals(added.get(0).hash(), added.get(1).previousHash());
    AuditEntry viewed = log().append("ben", AuditAction.VIEW, "TWL-3A", "");
    assertEquals(List.of(added.get(0), viewed), log().about("TWL-3A"));
    assertEquals(List.of(), log().about("TWL-999"));
    assertTrue(log().verify().intact(), log().verify().problems().toString());
  }
}
