package org.reportingcentre.desktop.common;

import java.time.Duration;

/** Runs an action once, a quiet period after the last of a burst of triggers (typing). */
public final class Debouncer {
  private final Scheduler scheduler;
  private final Duration quiet;
  private final Runnable action;
  private Scheduler.Cancellable pending;

  public Debouncer(Scheduler scheduler, Duration quiet, Runnable action) {
    this.scheduler = scheduler;
    this.quiet = quiet;
    this.action = action;
  }

  public void trigger() {
    cancel();
    pending =
        scheduler.schedule(
            quiet,
            () -> {
              pending = null;
              action.run();
            });
  }

  /** Drops a pending run (for example when a Continue has just saved everything). */
  public void cancel() {
    if (pending != null) {
      pending.cancel();
      pending = null;
    }
  }

  public boolean isPending() {
    return pending != null;
  }
}
