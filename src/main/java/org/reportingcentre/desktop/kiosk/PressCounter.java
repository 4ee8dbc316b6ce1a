package org.reportingcentre.desktop.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts presses: {@code count} within the window (first to last) is a signal. Three Shift presses
 * within 5 seconds leave quickly; five taps on the staff corner open the staff page.
 */
final class PressCounter {
  private final int count;

  private final Clock clock;
  private final Duration window;
  private final Deque<Instant> presses = new ArrayDeque<>();

  PressCounter(Clock clock, Duration window, int count) {
    this.count = count;
    this.clock = clock;
    this.window = window;
  }

  /** Records a press; true when it completes the last needed within the window. */
  boolean press() {
    Instant now = clock.instant();
    presses.addLast(now);
    while (Duration.between(presses.peekFirst(), now).compareTo(window) > 0) {
      presses.removeFirst();
    }
    if (presses.size() >= count) {
      presses.clear();
      return true;
    }
    return false;
  }

  void clear() {
    presses.clear();
  }
}
