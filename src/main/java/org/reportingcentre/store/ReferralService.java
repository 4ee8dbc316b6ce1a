package org.reportingcentre.store;

import static org.reportingcentre.store.jooq.Tables.REFERRAL;
import static org.reportingcentre.store.jooq.Tables.REPORT;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.ReferralRules;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;

/**
 * Referrals to support services, for the signed-in volunteer or manager (never a kiosk). A referral
 * is made only when the report records the matching consent ({@link ReferralRules}): this service
 * refuses it otherwise, whatever a screen offered. Each referral is audited; the SPOC's answers are
 * recorded as they come.
 */
public final class ReferralService {
  private final DSLContext dsl;
  private final ExchangeFormat format;
  private final Clock clock;
  private final Session session;
  private final Runnable afterWrite;

  ReferralService(
      DSLContext dsl, ExchangeFormat format, Clock clock, Session session, Runnable afterWrite) {
    this.dsl = dsl;
    this.format = format;
    this.clock = clock;
    this.session = session;
    this.afterWrite = afterWrite;
  }

  /** What a report says the person agreed to be referred to. */
  public record Consents(
      UUID reportId, Reference reference, boolean victimSupport, boolean others) {
    public boolean allows(ConsentPurpose purpose) {
      return purpose == ConsentPurpose.VICTIM_SUPPORT
          ? victimSupport
          : purpose == ConsentPurpose.OTHER_SERVICES && others;
    }

    public boolean any() {
      return victimSupport || others;
    }
  }

  /** The referral consents of the report with this reference; empty when there is none. */
  public Optional<Consents> consents(Reference reference) {
    session.refuseKiosk("refer a person to a service");
    return report(reference)
        .map(
            r ->
                new Consents(
                    r.meta().id(),
                    reference,
                    ReferralRules.consented(r, ConsentPurpose.VICTIM_SUPPORT),
                    ReferralRules.consented(r, ConsentPurpose.OTHER_SERVICES)));
  }

  private Optional<Report> report(Reference reference) {
    return new JooqReportRepository(dsl, format, clock).findByReference(reference);
  }

  /**
   * Records a referral of the person of this report to the service, and audits it.
   *
   * @throws StoreException.BadRequest when there is no such report, the report does not record the
   *     consent the service needs, the service takes no referrals, or it was made already
   */
  public Referral refer(Reference reference, SupportService service)
      throws StoreException.BadRequest {
    session.refuseKiosk("refer a person to a service");
    Consents consents =
        consents(reference)
            .orElseThrow(
                () -> new StoreException.BadRequest("There is no report " + reference + " here."));
    ConsentPurpose purpose =
        ReferralRules.referralPurpose(service)
            .orElseThrow(
                () ->
                    new StoreException.BadRequest(
                        service.name()
                            + " is a number the person calls themselves; it takes no"
                            + " referrals."));
    if (!consents.allows(purpose)) {
      throw new StoreException.BadRequest(
          "The report "
              + reference
              + " does not record that the person agreed to be referred to "
              + (purpose == ConsentPurpose.VICTIM_SUPPORT ? "Victim Support" : "other services")
              + ". Nothing was recorded.");
    }
    Referral made =
        new Referral(
            UUID.randomUUID(),
            consents.reportId(),
            reference,
            service.id(),
            cut(service.name(), 300),
            purpose,
            clock.instant(),
            session.user(),
            new Referral.State.Waiting());
    boolean added =
        dsl.transactionResult(
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
                  .set(REFERRAL.CONSENT_PURPOSE, purpose.code())
                  .set(REFERRAL.MADE_AT, utc(made.madeAt()))
                  .set(REFERRAL.MADE_BY, made.madeBy())
                  .execute();
              new JooqAuditLog(tx, clock)
                  .append(
                      session.user(),
                      AuditAction.REFER,
                      reference.toString(),
                      "referred to "
                          + cut(service.id(), 100)
                          + " (consent "
                          + purpose.code()
                          + ")");
              return true;
            });
    if (!added) {
      throw new StoreException.BadRequest(
          "This person has already been referred to " + service.name() + " from this report.");
    }
    afterWrite.run();
    return made;
  }

  /** The referrals made from a report, oldest first. */
  public List<Referral> forReport(Reference reference) {
    session.refuseKiosk("see referrals");
    return select(REPORT.REFERENCE.eq(reference.toString()));
  }

  /** Referrals the SPOC has not answered yet, oldest first: what the next sync sends. */
  public List<Referral> waiting() {
    return select(REFERRAL.SPOC_RECEIPT_ID.isNull().and(REFERRAL.ATTENTION_REASON.isNull()));
  }

  /** Records the SPOC's answers and audits them, in one transaction. */
  public void record(List<ReferralAnswer> answers) {
    if (answers.isEmpty()) {
      return;
    }
    dsl.transaction(
        cfg -> {
          DSLContext tx = cfg.dsl();
          List<String> received = new ArrayList<>();
          List<String> refused = new ArrayList<>();
          for (ReferralAnswer answer : answers) {
            int changed =
                answer instanceof ReferralAnswer.Received r
                    ? tx.update(REFERRAL)
                        .set(REFERRAL.SPOC_RECEIPT_ID, r.receiptId())
                        .set(REFERRAL.SPOC_RECEIVED_AT, utc(r.receivedAt()))
                        .setNull(REFERRAL.ATTENTION_REASON)
                        .where(REFERRAL.ID.eq(r.referralId()))
                        .execute()
                    : tx.update(REFERRAL)
                        .set(
                            REFERRAL.ATTENTION_REASON,
                            cut(((ReferralAnswer.Refused) answer).reason(), 2000))
                        .where(REFERRAL.ID.eq(answer.referralId()))
                        .and(REFERRAL.SPOC_RECEIPT_ID.isNull())
                        .execute();
            if (changed == 1) {
              String reference =
                  tx.select(REPORT.REFERENCE)
                      .from(REFERRAL)
                      .join(REPORT)
                      .on(REPORT.ID.eq(REFERRAL.REPORT_ID))
                      .where(REFERRAL.ID.eq(answer.referralId()))
                      .fetchOne(REPORT.REFERENCE);
              (answer instanceof ReferralAnswer.Received ? received : refused).add(reference);
            }
          }
          JooqAuditLog audit = new JooqAuditLog(tx, clock);
          if (!received.isEmpty()) {
            audit.appendAll(
                session.user(), AuditAction.SYNC, received, "referral received by the SPOC");
          }
          if (!refused.isEmpty()) {
            audit.appendAll(
                session.user(), AuditAction.SYNC, refused, "referral needs attention: refused");
          }
        });
    afterWrite.run();
  }

  /** How many referrals were made from {@code from} up to, not including, {@code until}. */
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
        .fetch(ReferralService::referral);
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
