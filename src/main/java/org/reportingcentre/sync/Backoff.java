package org.reportingcentre.sync;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with jitter for automatic sending: after the first failure the next try is
 * within a minute, each further failure doubles the ceiling up to 30 minutes, and a success starts
 * again. Half of each delay is random ("equal jitter"), so many centres that lost the SPOC together
 * do not all come back at the same moment, yet none waits much less than the ceiling's half.
 */
public final class Backoff {
  public static final Duration FIRST = Duration.ofMinutes(1);
  public static final Duration CAP = Duration.ofMinutes(30);

  private final Duration first;
  private final Duration cap;
  private final Random random;
  private int failures;

  public Backoff(Random random) {
    this(FIRST, CAP, random);
  }

  public Backoff(Duration first, Duration cap, Random random) {
    if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
      throw new IllegalArgumentException("first must be positive and no more than cap");
    }
    this.first = first;
    this.cap = cap;
    this.random = random;
  }

  /** The delay before the next try, after one more failure. */
  public synchronized Duration afterFailure() {
    failures++;
    long ceiling = ceiling(failures).toMillis();
    long half = ceiling / 2;
    return Duration.ofMillis(ceiling - half + (long) (random.nextDouble() * half));
  }

  /** The most the delay can be after this many failures in a row. */
  Duration ceiling(int failuresInARow) {
    int doublings = Math.min(failuresInARow - 1, 30);
    Duration d = first.multipliedBy(1L << doublings);
    return d.compareTo(cap) > 0 ? cap : d;
  }

  public synchronized void reset() {
    failures = 0;
  }

  public synchronized int failures() {
    return failures;
  }
}
