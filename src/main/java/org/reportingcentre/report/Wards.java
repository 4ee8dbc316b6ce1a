package org.reportingcentre.report;

import java.util.Locale;
import java.util.Optional;

/** Ward names as people type them: one spelling per ward, whatever the spaces and capitals. */
public final class Wards {
  /** The longest ward name kept. */
  public static final int MAX_LENGTH = 100;

  private Wards() {}

  /** The name with spaces tidied, or empty if there is nothing left. */
  public static Optional<String> tidy(String ward) {
    if (ward == null) {
      return Optional.empty();
    }
    String tidy = ward.strip().replaceAll("\\s+", " ");
    if (tidy.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(tidy.length() > MAX_LENGTH ? tidy.substring(0, MAX_LENGTH) : tidy);
  }

  /** What two spellings of the same ward share: the tidy name in lower case. */
  public static String key(String ward) {
    return tidy(ward).orElse("").toLowerCase(Locale.ROOT);
  }
}
