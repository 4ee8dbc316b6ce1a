package org.reportingcentre.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one text form of every answer that {@link ReportField} reads and writes: free text as typed;
 * a coded answer as its code; several codes joined by commas in the code list's order; a date as
 * {@code 2026-11-20} or an approximate time as its code; a number as digits; yes or no as {@code
 * yes} or {@code no}. Reading back what was written gives the same answer.
 */
final class FieldValues {
  private FieldValues() {}

  static Optional<String> code(Coded value) {
    return Optional.of(value.code());
  }

  static Optional<String> yesNo(boolean value) {
    return Optional.of(value ? Answer.YES.code() : Answer.NO.code());
  }

  /** Codes joined by {@code separator}, in the code list's order. */
  static String codes(Collection<? extends Coded> chosen, String separator) {
    return chosen.stream()
        .sorted((a, b) -> Integer.compare(((Enum<?>) a).ordinal(), ((Enum<?>) b).ordinal()))
        .map(Coded::code)
        .collect(Collectors.joining(separator));
  }

  static Optional<String> codes(Set<? extends Coded> chosen) {
    return Optional.of(codes(chosen, ","));
  }

  static <E extends Enum<E> & Coded> E one(Class<E> type, Optional<String> value, String question) {
    String given =
        value.orElseThrow(
            () -> new IllegalArgumentException("Choose an answer to " + question + "."));
    // The value is not repeated: a wrong value could be someone's words typed in the wrong place.
    return Coded.fromCode(type, given)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "That is not one of the answers to " + question + "."));
  }

  static <E extends Enum<E> & Coded> Set<E> many(
      Class<E> type, Optional<String> value, String question) {
    Set<E> chosen = EnumSet.noneOf(type);
    for (String given : Arrays.asList(value.orElse("").split(","))) {
      if (!given.isBlank()) {
        chosen.add(one(type, Optional.of(given.strip()), question));
      }
    }
    return chosen;
  }

  static Optional<String> when(IncidentDate when) {
    return when.date()
        .map(LocalDate::toString)
        .or(() -> when.approximately().map(WhenApproximately::code));
  }

  /** A new date or approximate time; the time of day given before is kept. */
  static IncidentDate when(IncidentDate before, Optional<String> value) {
    String given =
        value.orElseThrow(
            () ->
                new IllegalArgumentException("Give the date it happened, or choose roughly when."));
    Optional<WhenApproximately> about = Coded.fromCode(WhenApproximately.class, given);
    if (about.isPresent()) {
      return new IncidentDate(Optional.empty(), about, before.time());
    }
    try {
      return new IncidentDate(Optional.of(LocalDate.parse(given)), Optional.empty(), before.time());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "That is not a date it could have happened on. Give a date like 2026-11-20.");
    }
  }

  static Optional<Integer> count(Optional<String> value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(value.get()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "The number of people who did it must be a whole number, or left out if not known.");
    }
  }

  /** Several texts, one a line; empty when there are none. */
  static Optional<String> lines(java.util.List<String> texts) {
    return Optional.of(String.join("\n", texts)).filter(s -> !s.isEmpty());
  }
}
