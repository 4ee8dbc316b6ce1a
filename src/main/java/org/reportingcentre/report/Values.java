package org.reportingcentre.report;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Normalises the parts of records so no null is ever held: absent means empty. */
final class Values {
  private Values() {}

  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
    EnumSet<E> set = EnumSet.noneOf(type);
    if (values != null) {
      set.addAll(values);
    }
    return Collections.unmodifiableSet(set);
  }

  static <T> Optional<T> opt(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  /** Blank text is the same as no text. */
  static Optional<String> text(Optional<String> value) {
    return opt(value).map(String::strip).filter(s -> !s.isEmpty());
  }
}
