package org.reportingcentre.store;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** Counts failures in memory, per store. */
final class InMemoryUnlockThrottle implements UnlockThrottle {
  private final ConcurrentHashMap<String, Integer> failures = new ConcurrentHashMap<>();

  @Override
  public Duration delayBeforeAttempt(String storeKey) {
    return UnlockThrottle.delayAfter(failures.getOrDefault(storeKey, 0));
  }

  @Override
  public void recordFailure(String storeKey) {
    failures.merge(storeKey, 1, Integer::sum);
  }

  @Override
  public void recordSuccess(String storeKey) {
    failures.remove(storeKey);
  }
}
