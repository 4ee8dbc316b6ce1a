package org.reportingcentre.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic sending in the background while the app is open: a run now, then one every {@code
 * interval} while runs succeed, and after a failure the next run after a {@link Backoff} delay
 * (within a minute, doubling to 30 minutes, reset by a success). A refused token or another
 * protocol version stops it until a manager acts. Every run is on the injected scheduler, never on
 * the caller's thread, so it never blocks a screen.
 */
public final class SyncScheduler implements AutoCloseable {
  /** Why the scheduler is where it is, for a status line on screen. */
  public sealed interface State {
    /** Not started, or stopped by the app. */
    record Stopped() implements State {}

    /** The next run is planned after {@code delay}. */
    record Waiting(Duration delay, Optional<SyncSummary> last) implements State {}

    /** A run is going on now. */
    record Running() implements State {}

    /** Stopped because a person must act (enrol again, update the app). */
    record NeedsManager(SyncException reason) implements State {}
  }

  /** Where runs happen: a seam so tests run them by hand, with no sleeping. */
  @FunctionalInterface
  public interface Timer {
    Future<?> schedule(Runnable task, Duration delay);

    /** Runs tasks on an executor's thread (a single thread is enough). */
    static Timer on(ScheduledExecutorService executor) {
      return (task, delay) -> executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Told of each change of state, on the scheduler's thread. */
  @FunctionalInterface
  public interface StateListener {
    void changed(State state);
  }

  private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

  private final Function<CancelToken, SyncSummary> run;
  private final Timer timer;
  private final Backoff backoff;
  private final Duration interval;
  private final StateListener listener;
  private Future<?> next;
  private CancelToken current;
  private boolean started;

  /**
   * @param run one sync run, such as {@code token -> syncService.run(listener, token)}
   * @param timer where runs happen, such as {@code Timer.on(singleThreadScheduledExecutor)}
   * @param interval between runs while all goes well
   */
  public SyncScheduler(
      Function<CancelToken, SyncSummary> run,
      Timer timer,
      Backoff backoff,
      Duration interval,
      StateListener listener) {
    this.run = Objects.requireNonNull(run);
    this.timer = Objects.requireNonNull(timer);
    this.backoff = Objects.requireNonNull(backoff);
    this.interval = Objects.requireNonNull(interval);
    this.listener = Objects.requireNonNull(listener);
  }

  /** Starts automatic sending with a run at once. */
  public synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    backoff.reset();
    plan(Duration.ZERO, Optional.empty());
  }

  /** Asks for a run as soon as possible (a new report was saved, the network came back). */
  public synchronized void nudge() {
    if (started && next != null && next.cancel(false)) {
      plan(Duration.ZERO, Optional.empty());
    }
  }

  /** Stops automatic sending; a run in progress is cancelled and its reports stay queued. */
  public synchronized void stop() {
    started = false;
    if (next != null) {
      next.cancel(false);
    }
    if (current != null) {
      current.cancel();
    }
    listener.changed(new State.Stopped());
  }

  private synchronized void plan(Duration delay, Optional<SyncSummary> last) {
    if (!started) {
      return;
    }
    listener.changed(new State.Waiting(delay, last));
    next = timer.schedule(this::runOnce, delay);
  }

  private void runOnce() {
    CancelToken token;
    synchronized (this) {
      if (!started) {
        return;
      }
      token = new CancelToken();
      current = token;
    }
    listener.changed(new State.Running());
    SyncSummary summary;
    try {
      summary = run.apply(token);
    } catch (RuntimeException e) {
      // A store error, say; the message may not be safe to log, the type is.
      LOG.warn("A background sync run failed ({})", e.getClass().getSimpleName());
      synchronized (this) {
        current = null;
        plan(backoff.afterFailure(), Optional.empty());
      }
      return;
    }
    synchronized (this) {
      current = null;
      Optional<SyncException> stopped = summary.stoppedBy();
      if (stopped.isPresent() && !stopped.get().retryLater()) {
        started = false;
        listener.changed(new State.NeedsManager(stopped.get()));
        return;
      }
      if (stopped.isPresent()) {
        plan(backoff.afterFailure(), Optional.of(summary));
      } else {
        backoff.reset();
        plan(interval, Optional.of(summary));
      }
    }
  }

  @Override
  public void close() {
    stop();
  }
}
