package org.reportingcentre.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.centre.SyncStateService;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.store.CentreStore;

/**
 * The sync services of one open store, built in one place for a composition root (the desktop's or
 * the command line's) that must not see the HTTP client: enrolment, runs ("Send now"), and
 * automatic sending in the background.
 *
 * @param state the outbox, receipts, outcomes, directory and purge, for screens to read
 */
public record SyncServices(
    SyncStateService state, Enrolment enrolment, SyncService sync, Clock clock) {

  /** How often automatic sending runs while all goes well. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);

  /** Services over the application's one HTTP client, made here with explicit timeouts. */
  public static SyncServices of(CentreStore store, Clock clock) {
    return of(store, SyncHttp.newClient(), clock);
  }

  /** Services over a given client (tests, or a client with a proxy or extra trust). */
  public static SyncServices of(CentreStore store, OkHttpClient http, Clock clock) {
    SyncStateService state = CentreServices.on(store).sync();
    ExchangeFormat format = store.format();
    return new SyncServices(
        state,
        new Enrolment(state, http, format.mapper(), clock),
        new SyncService(state, http, format.mapper()),
        clock);
  }

  /**
   * Automatic sending on the given executor (one thread is enough), with backoff jitter from {@code
   * random}. Start it when the app opens the store and stop it before closing the store.
   */
  public SyncScheduler scheduler(
      ScheduledExecutorService executor,
      Random random,
      SyncListener runListener,
      SyncScheduler.StateListener stateListener) {
    return new SyncScheduler(
        token -> sync.run(runListener, token),
        SyncScheduler.Timer.on(executor),
        new Backoff(random),
        DEFAULT_INTERVAL,
        stateListener);
  }
}
