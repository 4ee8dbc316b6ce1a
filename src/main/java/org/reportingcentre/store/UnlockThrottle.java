package org.reportingcentre.store;

import java.time.Duration;

/**
 * Slows down repeated failed unlocks: each failure doubles the wait before the next try, up to a
 * cap. It never locks anyone out and never writes into the data folder, so a mistyped password
 * cannot damage or change the store.
 */
public interface UnlockThrottle {
  Duration FIRST_DELAY = Duration.ofSeconds(1);
  Duration MAX_DELAY = Duration.ofSeconds(30);

  /** How long to wait before trying to unlock the store {@code storeKey} now. */
  Duration delayBeforeAttempt(String storeKey);

  void recordFailure(String storeKey);

  void recordSuccess(String storeKey);

  /** The wait after {@code failures} failures in a row: 0, 1 s, 2 s, 4 s … capped at 30 s. */
  static Duration delayAfter(int failures) {
    if (failures <= 0) {
      return Duration.ZERO;
    }
    long seconds = FIRST_DELAY.toSeconds() << Math.min(failures - 1, 16);
    return seconds >= MAX_DELAY.toSeconds() ? MAX_DELAY : Duration.ofSeconds(seconds);
  }

  /** A throttle that keeps its count in memory: right for a long-running desktop app. */
  static UnlockThrottle inMemory() {
    return new InMemoryUnlockThrottle();
  }
}
