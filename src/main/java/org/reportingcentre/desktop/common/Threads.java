package org.reportingcentre.desktop.common;

import java.util.concurrent.Executor;

/**
 * Where work runs: {@code background} for the store (never the UI thread in the app), {@code ui}
 * for touching the screen. Tests pass a same-thread executor for both, so they need no sleeps.
 */
public record Threads(Executor background, Executor ui) {
  /** Both on the calling thread, for tests. */
  public static Threads sameThread() {
    return new Threads(Runnable::run, Runnable::run);
  }

  /** Runs work in the background, then hands its result to the UI thread. */
  public <T> void run(
      Task<T> work,
      java.util.function.Consumer<T> done,
      java.util.function.Consumer<Exception> failed) {
    background.execute(
        () -> {
          T result;
          try {
            result = work.call();
          } catch (Exception e) {
            ui.execute(() -> failed.accept(e));
            return;
          }
          ui.execute(() -> done.accept(result));
        });
  }

  /** Work that may fail with a checked exception. */
  @FunctionalInterface
  public interface Task<T> {
    T call() throws Exception;
  }
}
