package org.reportingcentre.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Automatic sending: when runs happen, with backoff and jitter, all without a real clock. */
class SyncSchedulerTest {
  /** Runs planned tasks only when the test says, and remembers each delay asked for. */
  private static final class HandTimer implements SyncScheduler.Timer {
    final List<Duration> delays = new ArrayList<>();
    final Deque<Runnable> due = new ArrayDeque<>();

    @Override
    public Future<?> schedule(Runnable task, Duration delay) {
      delays.add(delay);
      CompletableFuture<Void> future = new CompletableFuture<>();
      due.add(
          () -> {
            if (!future.isCancelled()) {
              task.run();
            }
          });
      return future;
    }

    void runNext() {
      due.removeFirst().run();
    }
  }

  private static SyncSummary ok() {
    return new SyncSummary(
        1, 0, 0, 0, 0, Optional.empty(), 0, Optional.empty(), SyncSummary.Referrals.NONE);
  }

  private static SyncSummary failed(SyncException e) {
    return new SyncSummary(
        0, 0, 0, 3, 0, Optional.of(e), 0, Optional.empty(), SyncSummary.Referrals.NONE);
  }

  private static SyncException unreachable() {
    return new SyncException.Unreachable("http://127.0.0.1:1", new java.io.IOException("down"));
  }

  @Test
  void afterFailuresTheDelaysGrowFromUnderAMinuteToThirtyMinutesAndASuccessResetsThem() {
    Deque<SyncSummary> outcomes = new ArrayDeque<>();
    for (int i = 0; i < 8; i++) {
      outcomes.add(failed(unreachable()));
    }
    outcomes.add(ok());
    outcomes.add(failed(unreachable()));
    HandTimer timer = new HandTimer();
    List<SyncScheduler.State> states = new ArrayList<>();
    SyncScheduler scheduler =
        new SyncScheduler(
            token -> outcomes.removeFirst(),
            timer,
            new Backoff(new Random(7)),
            Duration.ofMinutes(5),
            states::add);

    scheduler.start();
    for (int i = 0; i < 10; i++) {
      timer.runNext();
    }

    List<Duration> d = timer.delays;
    assertEquals(Duration.ZERO, d.get(0), "the first run is at once");
    assertTrue(d.get(1).compareTo(Duration.ofSeconds(30)) >= 0, d.toString());
    assertTrue(d.get(1).compareTo(Duration.ofMinutes(1)) <= 0, "first retry within a minute");
    assertTrue(d.get(2).compareTo(Duration.ofMinutes(2)) <= 0, d.toString());
    for (int i = 1; i <= 8; i++) {
      assertTrue(d.get(i).compareTo(Duration.ofMinutes(30)) <= 0, "capped: " + d);
    }
    assertTrue(d.get(8).compareTo(Duration.ofMinutes(15)) >= 0, "at the cap: " + d);
    assertEquals(Duration.ofMinutes(5), d.get(9), "after a success, the usual interval");
    assertTrue(d.get(10).compareTo(Duration.ofMinutes(1)) <= 0, "reset: within a minute again");
    assertInstanceOf(SyncScheduler.State.Waiting.class, states.get(states.size() - 1));
  }

  @Test
  void jitterSpreadsCentresThatFailedTogether() {
    List<Duration> firsts = new ArrayList<>();
    Random random = new Random(1);
    for (int i = 0; i < 20; i++) {
      firsts.add(new Backoff(random).afterFailure());
    }
    assertTrue(firsts.stream().distinct().count() > 15, firsts.toString());
  }

  @Test
  void aRefusedTokenStopsAutomaticSendingUntilAManagerActs() {
    HandTimer timer = new HandTimer();
    List<SyncScheduler.State> states = new ArrayList<>();
    SyncScheduler scheduler =
        new SyncScheduler(
            token -> failed(new SyncException.Unauthorised()),
            timer,
            new Backoff(new Random(7)),
            Duration.ofMinutes(5),
            states::add);

    scheduler.start();
    timer.runNext();

    assertTrue(timer.due.isEmpty(), "nothing more is planned");
    SyncScheduler.State last = states.get(states.size() - 1);
    assertInstanceOf(
        SyncException.Unauthorised.class,
        assertInstanceOf(SyncScheduler.State.NeedsManager.class, last).reason());
  }

  @Test
  void stopCancelsTheRunInProgressAndPlansNothingMore() {
    HandTimer timer = new HandTimer();
    List<CancelToken> tokens = new ArrayList<>();
    SyncScheduler[] holder = new SyncScheduler[1];
    SyncScheduler scheduler =
        new SyncScheduler(
            token -> {
              tokens.add(token);
              holder[0].stop(); // the app closes while a run is going on
              return failed(new SyncException.Cancelled());
            },
            timer,
            new Backoff(new Random(7)),
            Duration.ofMinutes(5),
            s -> {});
    holder[0] = scheduler;

    scheduler.start();
    timer.runNext();

    assertTrue(tokens.get(0).isCancelled());
    assertTrue(timer.due.isEmpty());
  }

  @Test
  void aNudgeBringsTheNextRunForward() {
    HandTimer timer = new HandTimer();
    SyncScheduler scheduler =
        new SyncScheduler(
            token -> ok(), timer, new Backoff(new Random(7)), Duration.ofMinutes(5), s -> {});
    scheduler.start();
    timer.runNext();

    scheduler.nudge();

    assertEquals(List.of(Duration.ZERO, Duration.ofMinutes(5), Duration.ZERO), timer.delays);
  }
}
