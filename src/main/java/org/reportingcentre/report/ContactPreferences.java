package org.reportingcentre.report;

import java.util.Objects;
import java.util.Optional;

/**
 * How to contact the person back safely.
 *
 * @param safeTimes when it is safe to call or write, in the person's words
 * @param trustedPerson when contact should go through someone they trust: who, and how
 */
public record ContactPreferences(
    ContactMethod method,
    Optional<String> safeTimes,
    boolean safeToLeaveMessage,
    Optional<String> trustedPerson) {
  public ContactPreferences {
    Objects.requireNonNull(method, "method");
    safeTimes = Values.text(safeTimes);
    trustedPerson = Values.text(trustedPerson);
  }
}
