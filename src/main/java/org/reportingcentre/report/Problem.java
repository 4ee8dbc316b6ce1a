package org.reportingcentre.report;

import java.util.Objects;

/**
 * One thing wrong with a report, in plain words.
 *
 * @param field where it is, as a path into the exchange format, such as {@code
 *     incident.description}
 * @param message what is wrong and what to do, written for the person who has to fix it
 */
public record Problem(String field, String message) {
  public Problem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
