package org.reportingcentre.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One consent, for one purpose, as it was given.
 *
 * @param policeSharing for {@link ConsentPurpose#SHARE_WITH_POLICE}: with name, without, or not
 * @param contact for a granted {@link ConsentPurpose#CONTACT_BACK}: how to contact safely
 * @param wordingVersion the version of the wording the person was shown or read
 */
public record Consent(
    ConsentPurpose purpose,
    @JsonProperty(required = true) boolean granted,
    Optional<PoliceSharing> policeSharing,
    Optional<ContactPreferences> contact,
    ConsentMethod method,
    Instant recordedAt,
    String recordedBy,
    String wordingVersion) {
  public Consent {
    Objects.requireNonNull(purpose, "purpose");
    policeSharing = Values.opt(policeSharing);
    contact = Values.opt(contact);
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(wordingVersion, "wordingVersion");
  }
}
