package org.reportingcentre.store;

import static org.reportingcentre.store.jooq.Tables.AUDIT_ENTRY;
import static org.reportingcentre.store.jooq.Tables.AUDIT_HEAD;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.reportingcentre.report.Coded;
import org.reportingcentre.store.jooq.tables.records.AuditEntryRecord;

/**
 * The audit log in the encrypted store. Each row's hash covers its fields and the previous row's
 * hash; a separate head row holds the newest sequence and hash, so removing rows from the end is
 * noticed as well as changing or removing rows in the middle.
 */
final class JooqAuditLog implements AuditLog {
  static final String GENESIS = "0".repeat(64);
  private static final int HEAD_ID = 1;
  private static final int ROWS_PER_STATEMENT = 500;

  private final DSLContext dsl;
  private final Clock clock;

  JooqAuditLog(DSLContext dsl, Clock clock) {
    this.dsl = dsl;
    this.clock = clock;
  }

  @Override
  public AuditEntry append(String actor, AuditAction action, String subject, String detail) {
    return appendAll(actor, action, List.of(subject), detail).get(0);
  }

  /**
   * Appends one entry per subject, chained in order, in one transaction: the head is read once and
   * the rows are inserted in batches (an import of thousands of reports stays fast).
   */
  @Override
  public List<AuditEntry> appendAll(
      String actor, AuditAction action, List<String> subjects, String detail) {
    return dsl.transactionResult(
        cfg -> {
          DSLContext tx = cfg.dsl();
          Record head =
              tx.select(AUDIT_HEAD.SEQ, AUDIT_HEAD.HASH)
                  .from(AUDIT_HEAD)
                  .where(AUDIT_HEAD.ID.eq(HEAD_ID))
                  .forUpdate()
                  .fetchOne();
          long seq = head == null ? 0 : head.get(AUDIT_HEAD.SEQ);
          String previous = head == null ? GENESIS : head.get(AUDIT_HEAD.HASH);
          Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
          List<AuditEntry> entries = new ArrayList<>(subjects.size());
          for (String subject : subjects) {
            seq++;
            String hash = hash(previous, seq, at, actor, action, subject, detail);
            entries.add(new AuditEntry(seq, at, actor, action, subject, detail, previous, hash));
            previous = hash;
          }
          for (int i = 0; i < entries.size(); i += ROWS_PER_STATEMENT) {
            var insert =
                tx.insertInto(
                    AUDIT_ENTRY,
                    AUDIT_ENTRY.SEQ,
                    AUDIT_ENTRY.AT,
                    AUDIT_ENTRY.ACTOR,
                    AUDIT_ENTRY.ACTION,
                    AUDIT_ENTRY.SUBJECT,
                    AUDIT_ENTRY.DETAIL,
                    AUDIT_ENTRY.PREVIOUS_HASH,
                    AUDIT_ENTRY.HASH);
            for (AuditEntry e :
                entries.subList(i, Math.min(entries.size(), i + ROWS_PER_STATEMENT))) {
              insert =
                  insert.values(
                      e.seq(),
                      e.at().atOffset(ZoneOffset.UTC),
                      e.actor(),
                      e.action().code(),
                      e.subject(),
                      e.detail(),
                      e.previousHash(),
                      e.hash());
            }
            insert.execute();
          }
          tx.mergeInto(AUDIT_HEAD)
              .using(tx.selectOne())
              .on(AUDIT_HEAD.ID.eq(HEAD_ID))
              .whenMatchedThenUpdate()
              .set(AUDIT_HEAD.SEQ, seq)
              .set(AUDIT_HEAD.HASH, previous)
              .whenNotMatchedThenInsert(AUDIT_HEAD.ID, AUDIT_HEAD.SEQ, AUDIT_HEAD.HASH)
              .values(HEAD_ID, seq, previous)
              .execute();
          return entries;
        });
  }

  @Override
  public List<AuditEntry> entries() {
    return dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ).fetch(JooqAuditLog::toEntry);
  }

  @Override
  public List<AuditEntry> about(String subject) {
    return dsl.selectFrom(AUDIT_ENTRY)
        .where(AUDIT_ENTRY.SUBJECT.eq(subject))
        .orderBy(AUDIT_ENTRY.SEQ)
        .fetch(JooqAuditLog::toEntry);
  }

  @Override
  public AuditVerification verify() {
    List<String> problems = new ArrayList<>();
    List<AuditEntryRecord> rows = dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ).fetch();
    long expectedSeq = 1;
    String previous = GENESIS;
    for (AuditEntryRecord row : rows) {
      long seq = row.getSeq();
      if (seq != expectedSeq) {
        problems.add(
            seq > expectedSeq
                ? missing(expectedSeq, seq - 1)
                : "Audit entry " + seq + " appears twice or out of order.");
      }
      if (!row.getPreviousHash().equals(previous) && seq == expectedSeq) {
        problems.add(
            "Audit entry " + seq + " does not follow the entry before it: the chain is broken.");
      }
      String recomputed =
          hash(
              row.getPreviousHash(),
              seq,
              row.getAt().toInstant(),
              row.getActor(),
              row.getAction(),
              row.getSubject(),
              row.getDetail());
      if (!recomputed.equals(row.getHash())) {
        problems.add(
            "Audit entry " + seq + " has been changed: its content no longer matches its hash.");
      }
      previous = row.getHash();
      expectedSeq = seq + 1;
    }
    Record head =
        dsl.select(AUDIT_HEAD.SEQ, AUDIT_HEAD.HASH)
            .from(AUDIT_HEAD)
            .where(AUDIT_HEAD.ID.eq(HEAD_ID))
            .fetchOne();
    long lastWritten = head == null ? 0 : head.get(AUDIT_HEAD.SEQ);
    if (lastWritten > expectedSeq - 1) {
      problems.add(missing(expectedSeq, lastWritten));
    } else if (lastWritten < expectedSeq - 1) {
      problems.add("Audit entries after " + lastWritten + " were added outside Reporting Centre.");
    } else if (head != null && !head.get(AUDIT_HEAD.HASH).equals(previous)) {
      problems.add("Audit entry " + lastWritten + " has been replaced.");
    }
    return new AuditVerification(rows.size(), problems);
  }

  private static String missing(long from, long to) {
    return from == to
        ? "Audit entry " + from + " is missing: it has been removed."
        : "Audit entries " + from + " to " + to + " are missing: they have been removed.";
  }

  static AuditEntry toEntry(AuditEntryRecord r) {
    return new AuditEntry(
        r.getSeq(),
        r.getAt().toInstant(),
        r.getActor(),
        Coded.fromCode(AuditAction.class, r.getAction()).orElseThrow(),
        r.getSubject(),
        r.getDetail(),
        r.getPreviousHash(),
        r.getHash());
  }

  static String hash(
      String previous,
      long seq,
      Instant at,
      String actor,
      Object action,
      String subject,
      String detail) {
    String code = action instanceof Coded coded ? coded.code() : String.valueOf(action);
    String canonical =
        String.join(
            "\u001f", previous, Long.toString(seq), at.toString(), actor, code, subject, detail);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
