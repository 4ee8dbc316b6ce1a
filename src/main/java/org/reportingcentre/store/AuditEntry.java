package org.reportingcentre.store;

import java.time.Instant;

/**
 * One row of the audit log. {@code subject} is a report id or reference, or a user name, never a
 * victim's details; {@code hash} covers every other field and the previous row's hash.
 */
public record AuditEntry(
    long seq,
    Instant at,
    String actor,
    AuditAction action,
    String subject,
    String detail,
    String previousHash,
    String hash) {}
