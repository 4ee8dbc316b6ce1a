package org.reportingcentre.protocol;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.reportingcentre.report.ConsentPurpose;

/**
 * One referral a centre made: a person, through their report, referred to one service of the
 * directory with their consent. Carries no personal details: the SPOC already holds the report.
 *
 * @param referralId made once at the centre; sending the same referral again is always safe
 * @param reportId the report the person agreed in
 * @param reference the report's reference, for people reading the SPOC's list
 * @param serviceId the directory id of the service, such as {@code victim-support}
 * @param consent the consent it relies on: {@code victim-support} or {@code other-services}
 * @param madeBy the user name of the volunteer or manager who made it
 */
public record ReferralItem(
    UUID referralId,
    UUID reportId,
    String reference,
    String serviceId,
    ConsentPurpose consent,
    Instant madeAt,
    String madeBy) {
  public ReferralItem {
    Objects.requireNonNull(referralId, "referralId");
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(madeAt, "madeAt");
    Objects.requireNonNull(madeBy, "madeBy");
  }
}
