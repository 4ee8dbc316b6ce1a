package org.reportingcentre.centre;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.protocol.ReferralRules;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.AuditLog;
import org.reportingcentre.store.Referral;
import org.reportingcentre.store.ReferralAnswer;
import org.reportingcentre.store.Session;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.UnitOfWork;

/**
 * Referrals to support services, for the signed-in volunteer or manager (never a kiosk). A referral
 * is made only when the report records the matching consent ({@link ReferralRules}): this service
 * refuses it otherwise, whatever a screen offered. Each referral is audited; the SPOC's answers are
 * recorded as they come.
 */
public final class ReferralService {
  private final UnitOfWork work;
  private final Clock clock;
  private final Session session;

  ReferralService(UnitOfWork work, Clock clock, Session session) {
    this.work = work;
    this.clock = clock;
    this.session = session;
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
    return work.repositories().reports().findByReference(reference);
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
        work.inTransaction(
            tx -> {
              if (!tx.referrals().add(made)) {
                return false;
              }
              tx.audit()
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
    work.sealAuditHead();
    return made;
  }

  /** The referrals made from a report, oldest first. */
  public List<Referral> forReport(Reference reference) {
    session.refuseKiosk("see referrals");
    return work.repositories().referrals().forReport(reference);
  }

  /** Referrals the SPOC has not answered yet, oldest first: what the next sync sends. */
  public List<Referral> waiting() {
    return work.repositories().referrals().waiting();
  }

  /** Records the SPOC's answers and audits them, in one transaction. */
  public void record(List<ReferralAnswer> answers) {
    if (answers.isEmpty()) {
      return;
    }
    work.inTransaction(
        tx -> {
          List<String> received = new ArrayList<>();
          List<String> refused = new ArrayList<>();
          for (ReferralAnswer answer : answers) {
            tx.referrals()
                .record(answer)
                .ifPresent(
                    reference ->
                        (answer instanceof ReferralAnswer.Received ? received : refused)
                            .add(reference.toString()));
          }
          AuditLog audit = tx.audit();
          if (!received.isEmpty()) {
            audit.appendAll(
                session.user(), AuditAction.SYNC, received, "referral received by the SPOC");
          }
          if (!refused.isEmpty()) {
            audit.appendAll(
                session.user(), AuditAction.SYNC, refused, "referral needs attention: refused");
          }
          return null;
        });
    work.sealAuditHead();
  }

  /** How many referrals were made from {@code from} up to, not including, {@code until}. */
  public long countMade(Instant from, Instant until) {
    return work.repositories().referrals().countMade(from, until);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
