package org.reportingcentre.report;

import java.util.Objects;
import java.util.Optional;

/** The person the incident happened to. Left out altogether for anonymous reports. */
public record Victim(
    Optional<String> name,
    ContactDetails contact,
    Optional<AgeBand> ageBand,
    EqualityMonitoring equality) {
  public Victim {
    name = Values.text(name);
    Objects.requireNonNull(contact, "contact");
    ageBand = Values.opt(ageBand);
    Objects.requireNonNull(equality, "equality");
  }
}
