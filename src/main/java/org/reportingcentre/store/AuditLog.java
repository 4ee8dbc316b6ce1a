package org.reportingcentre.store;

import java.util.List;

/** The append-only, hash-chained record of who did what, to which report, and when. */
public interface AuditLog {
  /** Adds an entry after the last one, chained to it. */
  AuditEntry append(String actor, AuditAction action, String subject, String detail);

  /** Adds one entry per subject, chained in order, all or none. */
  List<AuditEntry> appendAll(
      String actor, AuditAction action, List<String> subjects, String detail);

  /** The entries about one subject (such as a report's reference), oldest first. */
  List<AuditEntry> about(String subject);

  /** Every entry, oldest first. */
  List<AuditEntry> entries();

  /** Re-computes the chain and names every row that was changed, removed or added. */
  AuditVerification verify();
}
