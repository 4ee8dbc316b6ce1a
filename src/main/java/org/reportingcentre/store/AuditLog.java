package org.reportingcentre.store;

import java.util.List;

/** The append-only, hash-chained record of who did what, to which report, and when. */
public interface AuditLog {
  /** Adds an entry after the last one, chained to it. */
  AuditEntry append(String actor, AuditAction action, String subject, String detail);

  /** Every entry, oldest first. */
  List<AuditEntry> entries();

  /** Re-computes the chain and names every row that was changed, removed or added. */
  AuditVerification verify();
}
