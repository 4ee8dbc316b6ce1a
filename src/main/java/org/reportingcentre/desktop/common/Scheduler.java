package org.reportingcentre.desktop.common;

import java.time.Duration;

/** Runs something later; injected so tests advance time by hand. */
@FunctionalInterface
public interface Scheduler {
  /** Runs {@code task} after {@code delay}, on the UI thread; returns how to cancel it. */
  Cancellable schedule(Duration delay, Runnable task);

  /** A scheduled task that has not run yet can be stopped. */
  @FunctionalInterface
  interface Cancellable {
    void cancel();
  }
}
