package org.reportingcentre.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * What the store takes from its surroundings, injected so tests control it.
 *
 * @param kdfIterations PBKDF2 iterations for new wrappings; {@link KeyRing#MIN_ITERATIONS} or more
 *     in production
 * @param sleeper how the throttle waits (a real sleep in production)
 */
public record StoreOptions(
    Clock clock, SecureRandom random, UnlockThrottle throttle, Sleeper sleeper, int kdfIterations) {

  /** Waits; a seam so tests can record delays instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  public static StoreOptions defaults(UnlockThrottle throttle) {
    return new StoreOptions(
        Clock.systemUTC(),
        new SecureRandom(),
        throttle,
        d -> Thread.sleep(d.toMillis()),
        KeyRing.MIN_ITERATIONS);
  }
}
