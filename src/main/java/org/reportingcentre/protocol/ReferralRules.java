package org.reportingcentre.protocol;

import java.util.Optional;
import org.reportingcentre.report.Consent;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.Report;

/**
 * Which consent a referral needs, the same at the centre and at the SPOC: Victim Support's own
 * services need the "refer to Victim Support" consent, every other service the "refer to other
 * services" consent. Emergency and police numbers are for the person to call, never a referral.
 */
public final class ReferralRules {
  /** Directory ids of Victim Support's services start with this. */
  public static final String VICTIM_SUPPORT_ID = "victim-support";

  private ReferralRules() {}

  /** The consent a referral to the service with this id needs. */
  public static ConsentPurpose purposeFor(String serviceId) {
    return serviceId.equals(VICTIM_SUPPORT_ID) || serviceId.startsWith(VICTIM_SUPPORT_ID + "-")
        ? ConsentPurpose.VICTIM_SUPPORT
        : ConsentPurpose.OTHER_SERVICES;
  }

  /**
   * The consent a referral to this service needs, or empty when the service takes no referrals: a
   * national public number (999, 101, the police's reporting website) is one the person calls or
   * uses themselves. Victim Support is a national number that does take referrals.
   */
  public static Optional<ConsentPurpose> referralPurpose(SupportService service) {
    ConsentPurpose purpose = purposeFor(service.id());
    if (service.nationalPublicNumber() && purpose != ConsentPurpose.VICTIM_SUPPORT) {
      return Optional.empty();
    }
    return Optional.of(purpose);
  }

  /** True when the report records that the person agreed to this kind of referral. */
  public static boolean consented(Report report, ConsentPurpose purpose) {
    return report.consent(purpose).map(Consent::granted).orElse(false);
  }
}
