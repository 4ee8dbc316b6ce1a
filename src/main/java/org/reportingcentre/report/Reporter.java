package org.reportingcentre.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is reporting.
 *
 * @param relationship when reporting for someone else: who they are to the victim
 * @param anonymous true when the person gives no details that identify them
 */
public record Reporter(
    ReporterRole role,
    Optional<String> relationship,
    // Required: a missing answer must never quietly become "not anonymous".
    @JsonProperty(required = true) boolean anonymous) {
  public Reporter {
    Objects.requireNonNull(role, "role");
    relationship = Values.text(relationship);
  }
}
