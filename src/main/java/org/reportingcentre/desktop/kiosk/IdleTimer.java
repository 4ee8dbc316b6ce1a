package org.reportingcentre.desktop.kiosk;

import java.time.Duration;
import org.reportingcentre.desktop.common.Scheduler;

/**
 * Quiet for {@code idle}, then a countdown of whole seconds, then expiry. Any activity starts the
 * quiet period again, as many times as it happens. Runs on the injected scheduler, so a test moves
 * time by hand; no JavaFX here.
 */
final class IdleTimer {
  /** What the screen is told. All calls come on the scheduler's (UI) thread. */
  interface Listener {
    /** The countdown shows (or moves on) with this many seconds left. */
    void countdown(long secondsLeft);

    /** Activity: the countdown, if showing, goes away. */
    void calm();

    void expired();
  }

  private static final Duration SECOND = Duration.ofSeconds(1);

  private final Scheduler scheduler;
  private final Listener listener;
  private Duration idle;
  private Duration warning;
  private Scheduler.Cancellable pending;
  private long secondsLeft;
  private boolean running;

  IdleTimer(Scheduler scheduler, Listener listener) {
    this.scheduler = scheduler;
    this.listener = listener;
  }

  /** Starts (or restarts) watching with these times. */
  void start(Duration idle, Duration warning) {
    this.idle = idle;
    this.warning = warning;
    running = true;
    quiet();
  }

  /** A key, click or touch: back to the start of the quiet period. */
  void activity() {
    if (running) {
      quiet();
    }
  }

  void stop() {
    running = false;
    cancel();
  }

  boolean isCountingDown() {
    return running && secondsLeft > 0;
  }

  private void quiet() {
    cancel();
    secondsLeft = 0;
    listener.calm();
    pending = scheduler.schedule(idle, this::beginCountdown);
  }

  private void beginCountdown() {
    secondsLeft = warning.toSeconds();
    listener.countdown(secondsLeft);
    pending = scheduler.schedule(SECOND, this::tick);
  }

  private void tick() {
    secondsLeft--;
    if (secondsLeft <= 0) {
      running = false;
      pending = null;
      listener.expired();
      return;
    }
    listener.countdown(secondsLeft);
    pending = scheduler.schedule(SECOND, this::tick);
  }

  private void cancel() {
    if (pending != null) {
      pending.cancel();
      pending = null;
    }
  }
}
