package org.reportingcentre.store;

import static org.reportingcentre.store.jooq.Tables.REFERRAL;
import static org.reportingcentre.store.jooq.Tables.REPORT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.Reference;

/** Referrals in the encrypted H2 store, each with its report's reference. */
final class JooqReferralRepository implements ReferralRepository {
  private final DSLContext dsl;

  JooqReferralRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public boolean add(Referral made) {
    return dsl.transactionResult(
        cfg -> {
          DSLContext tx = cfg.dsl();
          if (tx.fetchExists(
              REFERRAL,
              REFERRAL
                  .REPORT_ID
                  .eq(made.reportId())
                  .and(REFERRAL.SERVICE_ID.eq(made.serviceId())))) {
            return false;
          }
          tx.insertInto(REFERRAL)
              .set(REFERRAL.ID, made.id())
              .set(REFERRAL.REPORT_ID, made.reportId())
              .set(REFERRAL.SERVICE_ID, made.serviceId())
              .set(REFERRAL.SERVICE_NAME, made.serviceName())
              .set(REFERRAL.CONSENT_PURPOSE, made.consent().code())
              .set(REFERRAL.MADE_AT, utc(made.madeAt()))
              .set(REFERRAL.MADE_BY, made.madeBy())
              .execute();
          return true;
        });
  }

  @Override
  public List<Referral> forReport(Reference reference) {
    return select(REPORT.REFERENCE.eq(reference.toString()));
  }

  @Override
  public List<Referral> waiting() {
    return select(REFERRAL.SPOC_RECEIPT_ID.isNull().and(REFERRAL.ATTENTION_REASON.isNull()));
  }

  @Override
  public Optional<Reference> record(ReferralAnswer answer) {
    int changed =
        answer instanceof ReferralAnswer.Received r
            ? dsl.update(REFERRAL)
                .set(REFERRAL.SPOC_RECEIPT_ID, r.receiptId())
                .set(REFERRAL.SPOC_RECEIVED_AT, utc(r.receivedAt()))
                .setNull(REFERRAL.ATTENTION_REASON)
                .where(REFERRAL.ID.eq(r.referralId()))
                .execute()
            : dsl.update(REFERRAL)
                .set(
                    REFERRAL.ATTENTION_REASON,
                    cut(((ReferralAnswer.Refused) answer).reason(), 2000))
                .where(REFERRAL.ID.eq(answer.referralId()))
                .and(REFERRAL.SPOC_RECEIPT_ID.isNull())
                .execute();
    if (changed != 1) {
      return Optional.empty();
    }
    return Optional.of(
        Reference.parse(
            dsl.select(REPORT.REFERENCE)
                .from(REFERRAL)
                .join(REPORT)
                .on(REPORT.ID.eq(REFERRAL.REPORT_ID))
                .where(REFERRAL.ID.eq(answer.referralId()))
                .fetchOne(REPORT.REFERENCE)));
  }

  @Override
  public long countMade(Instant from, Instant until) {
    return dsl.fetchCount(
        REFERRAL, REFERRAL.MADE_AT.ge(utc(from)).and(REFERRAL.MADE_AT.lt(utc(until))));
  }

  private List<Referral> select(Condition condition) {
    return dsl.select(REFERRAL.asterisk(), REPORT.REFERENCE)
        .from(REFERRAL)
        .join(REPORT)
        .on(REPORT.ID.eq(REFERRAL.REPORT_ID))
        .where(condition)
        .orderBy(REFERRAL.MADE_AT, REFERRAL.ID)
        .fetch(JooqReferralRepository::referral);
  }

  private static Referral referral(Record r) {
    Referral.State state;
    if (r.get(REFERRAL.SPOC_RECEIPT_ID) != null) {
      state =
          new Referral.State.Sent(
              r.get(REFERRAL.SPOC_RECEIPT_ID), r.get(REFERRAL.SPOC_RECEIVED_AT).toInstant());
    } else if (r.get(REFERRAL.ATTENTION_REASON) != null) {
      state = new Referral.State.NeedsAttention(r.get(REFERRAL.ATTENTION_REASON));
    } else {
      state = new Referral.State.Waiting();
    }
    return new Referral(
        r.get(REFERRAL.ID),
        r.get(REFERRAL.REPORT_ID),
        Reference.parse(r.get(REPORT.REFERENCE)),
        r.get(REFERRAL.SERVICE_ID),
        r.get(REFERRAL.SERVICE_NAME),
        Coded.fromCode(ConsentPurpose.class, r.get(REFERRAL.CONSENT_PURPOSE)).orElseThrow(),
        r.get(REFERRAL.MADE_AT).toInstant(),
        r.get(REFERRAL.MADE_BY),
        state);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
