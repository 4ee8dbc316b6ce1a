package org.reportingcentre.desktop.sync;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.centre.SyncStateService;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.store.SpocLink;
import org.reportingcentre.sync.CancelToken;
import org.reportingcentre.sync.SyncListener;
import org.reportingcentre.sync.SyncScheduler;
import org.reportingcentre.sync.SyncServices;
import org.reportingcentre.sync.SyncSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sending while the app is open, for one open store: automatic sending in the background from
 * sign-in to Lock or exit, "Send now", the scheduled purge, and what home shows (the scheduler's
 * state, "N reports have news", the cached directory). Every run, purge and read of the store here
 * happens on the one sync thread, never on the screen's; the properties change on the UI thread.
 */
public final class SyncDesk {
  private static final Logger LOG = LoggerFactory.getLogger(SyncDesk.class);

  /** How long closing waits for a cancelled run to let go of the store. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  /** The scheduler's state, for the manager's line on home; changed on the UI thread. */
  public final ObjectProperty<SyncScheduler.State> state =
      new SimpleObjectProperty<>(new SyncScheduler.State.Stopped());

  /** How many reports have an outcome nobody has opened yet; changed on the UI thread. */
  public final LongProperty news = new SimpleLongProperty();

  /** The directory of support services as cached, empty before the first; UI thread. */
  public final ObjectProperty<List<SupportService>> directory =
      new SimpleObjectProperty<>(List.of());

  /** The address of the SPOC the centre sends to, empty before enrolment; UI thread. */
  public final StringProperty address = new SimpleStringProperty("");

  private final SyncServices services;
  private final SyncStateService store;
  private final ScheduledExecutorService executor;
  private final Threads threads;
  private final boolean manager;
  private final SyncScheduler scheduler;
  private volatile CancelToken sendNow;

  /**
   * @param executor the one sync thread (single-threaded); this desk shuts it down on {@link
   *     #stop()}
   * @param threads whose {@code ui} executor takes the changes to the properties
   * @param manager whether a manager signed in: only then is a purge run at sign-in
   */
  public SyncDesk(
      SyncServices services, ScheduledExecutorService executor, Threads threads, boolean manager) {
    this.services = services;
    this.store = services.state();
    this.executor = executor;
    this.threads = threads;
    this.manager = manager;
    SyncListener afterEachRun =
        new SyncListener() {
          @Override
          public void finished(SyncSummary summary) {
            afterRun(summary);
          }
        };
    this.scheduler =
        services.scheduler(
            executor,
            new SecureRandom(),
            afterEachRun,
            s -> threads.ui().execute(() -> state.set(s)));
  }

  public SyncServices services() {
    return services;
  }

  /**
   * After sign-in: puts back reports a closed or killed app left "sending", purges by the centre's
   * setting when a manager signs in, reads what home shows, then starts automatic sending.
   */
  public void start() {
    executor.execute(
        () -> {
          try {
            store.forgetInterruptedSends();
            if (manager) {
              purge();
            }
          } catch (RuntimeException e) {
            LOG.warn("Getting ready to send failed ({})", e.getClass().getSimpleName());
          }
          refresh();
        });
    scheduler.start();
  }

  /** Starts automatic sending again after a manager enrolled (it stops when a token is refused). */
  public void enrolled() {
    refresh();
    scheduler.stop();
    scheduler.start();
  }

  /** A report was finished: send soon rather than at the next planned run. */
  public void nudge() {
    scheduler.nudge();
  }

  /**
   * "Send now": one run on the sync thread, after any automatic run going on. The listener is
   * called on the sync thread.
   */
  public void sendNow(
      SyncListener listener, CancelToken cancel, Consumer<RuntimeException> failed) {
    sendNow = cancel;
    executor.execute(
        () -> {
          try {
            services.sync().run(new Both(listener, this::afterRun), cancel);
          } catch (RuntimeException e) {
            LOG.warn("Send now failed ({})", e.getClass().getSimpleName());
            failed.accept(e);
          }
        });
  }

  /** Runs something that reads or writes the sync state on the sync thread, result on the UI. */
  public <T> void run(Threads.Task<T> work, Consumer<T> done, Consumer<Exception> failed) {
    new Threads(executor, threads.ui()).run(work, done, failed);
  }

  /** Reads the news count and the directory again (after a run, or when home is shown). */
  public void refresh() {
    executor.execute(
        () -> {
          try {
            long withNews = store.reportsWithNews();
            List<SupportService> cached =
                store.directory().map(d -> d.directory().services()).orElse(List.of());
            String spoc = store.link().map(SpocLink::baseUrl).orElse("");
            threads
                .ui()
                .execute(
                    () -> {
                      news.set(withNews);
                      directory.set(cached);
                      address.set(spoc);
                    });
          } catch (RuntimeException e) {
            LOG.warn("Reading the sync state failed ({})", e.getClass().getSimpleName());
          }
        });
  }

  private void afterRun(SyncSummary summary) {
    if (summary.stoppedBy().isEmpty()) {
      purge();
    }
    refresh();
  }

  private void purge() {
    try {
      int purged = store.purgeAsSet().size();
      if (purged > 0) {
        LOG.info("Identifying details removed from {} reports (centre setting)", purged);
      }
    } catch (RuntimeException e) {
      LOG.warn("The scheduled purge failed ({})", e.getClass().getSimpleName());
    }
  }

  /**
   * Stops automatic sending and any run (its reports stay queued), and ends the sync thread. Call
   * before the store closes; then {@link #awaitStopped()} off the UI thread.
   */
  public void stop() {
    scheduler.stop();
    CancelToken running = sendNow;
    if (running != null) {
      running.cancel();
    }
    // Not shutdownNow: interrupting a thread inside H2 closes the database file under it.
    if (executor instanceof ScheduledThreadPoolExecutor pool) {
      pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }
    executor.shutdown();
  }

  /** Waits until nothing of this desk touches the store any more. */
  public void awaitStopped() {
    try {
      if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("A sync run did not stop in time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A listener told first, then the desk's own (purge, refresh) at the end. */
  private record Both(SyncListener screen, Consumer<SyncSummary> after) implements SyncListener {
    @Override
    public void started(int total) {
      screen.started(total);
    }

    @Override
    public void progress(int done, int total) {
      screen.progress(done, total);
    }

    @Override
    public void finished(SyncSummary summary) {
      after.accept(summary);
      screen.finished(summary);
    }
  }
}
