package org.reportingcentre.store;

import static org.reportingcentre.store.jooq.Tables.AUDIT_ENTRY;
import static org.reportingcentre.store.jooq.Tables.REPORT_CORRECTION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.reportingcentre.report.CorrectableField;

/** Corrections in the encrypted H2 store, joined to the audit log for who and when. */
final class JooqCorrectionRepository implements CorrectionRepository {
  private final DSLContext dsl;

  JooqCorrectionRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(UUID reportId, long auditSeq, List<Change> changes) {
    for (Change c : changes) {
      dsl.insertInto(REPORT_CORRECTION)
          .set(REPORT_CORRECTION.AUDIT_SEQ, auditSeq)
          .set(REPORT_CORRECTION.FIELD_NAME, c.field().code())
          .set(REPORT_CORRECTION.REPORT_ID, reportId)
          .set(REPORT_CORRECTION.OLD_VALUE, c.before().orElse(null))
          .set(REPORT_CORRECTION.NEW_VALUE, c.after().orElse(null))
          .set(REPORT_CORRECTION.OLD_WORDS, c.wordsBefore().orElse(null))
          .set(REPORT_CORRECTION.NEW_WORDS, c.wordsAfter().orElse(null))
          .execute();
    }
  }

  @Override
  public List<ReportCorrection> forReport(UUID reportId) {
    return dsl.select(
            REPORT_CORRECTION.AUDIT_SEQ,
            AUDIT_ENTRY.AT,
            AUDIT_ENTRY.ACTOR,
            REPORT_CORRECTION.FIELD_NAME,
            REPORT_CORRECTION.OLD_VALUE,
            REPORT_CORRECTION.NEW_VALUE,
            REPORT_CORRECTION.REMOVED_AT,
            REPORT_CORRECTION.OLD_WORDS,
            REPORT_CORRECTION.NEW_WORDS)
        .from(REPORT_CORRECTION)
        .join(AUDIT_ENTRY)
        .on(AUDIT_ENTRY.SEQ.eq(REPORT_CORRECTION.AUDIT_SEQ))
        .where(REPORT_CORRECTION.REPORT_ID.eq(reportId))
        .orderBy(REPORT_CORRECTION.AUDIT_SEQ, REPORT_CORRECTION.FIELD_NAME)
        .fetch(
            r ->
                new ReportCorrection(
                    r.value1(),
                    r.value2().toInstant(),
                    r.value3(),
                    CorrectableField.fromCode(r.value4()).orElseThrow(),
                    Optional.ofNullable(r.value5()),
                    Optional.ofNullable(r.value6()),
                    Optional.ofNullable(r.value7()).map(OffsetDateTime::toInstant),
                    Optional.ofNullable(r.value8()),
                    Optional.ofNullable(r.value9())));
  }

  @Override
  public void removeValues(UUID reportId, Instant at) {
    dsl.update(REPORT_CORRECTION)
        .setNull(REPORT_CORRECTION.OLD_VALUE)
        .setNull(REPORT_CORRECTION.NEW_VALUE)
        .setNull(REPORT_CORRECTION.OLD_WORDS)
        .setNull(REPORT_CORRECTION.NEW_WORDS)
        .set(REPORT_CORRECTION.REMOVED_AT, at.atOffset(ZoneOffset.UTC))
        .where(REPORT_CORRECTION.REPORT_ID.eq(reportId))
        .and(REPORT_CORRECTION.REMOVED_AT.isNull())
        .execute();
  }
}
