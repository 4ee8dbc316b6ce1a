package org.reportingcentre.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * A code list value with a stable code. Codes are what the exchange format and the store carry;
 * they never change once released, even when the Java constant is renamed.
 */
public interface Coded {
  String code();

  /** Finds the constant of {@code type} whose code is {@code code}. */
  static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
  }
}
