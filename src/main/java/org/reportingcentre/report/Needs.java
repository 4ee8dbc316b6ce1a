package org.reportingcentre.report;

import java.util.Optional;

/**
 * Support the person needs to take part.
 *
 * @param interpreterLanguage the language an interpreter is needed for, if any
 */
public record Needs(
    Optional<String> interpreterLanguage, boolean bsl, boolean easyRead, boolean advocate) {
  public Needs {
    interpreterLanguage = Values.text(interpreterLanguage);
  }

  public static Needs none() {
    return new Needs(Optional.empty(), false, false, false);
  }
}
