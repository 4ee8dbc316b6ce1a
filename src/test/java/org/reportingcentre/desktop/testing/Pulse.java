package org.reportingcentre.desktop.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A quicker {@code FxRobot.interact} for tests that take many small steps. TestFX's own waits sleep
 * 5 × 10 ms after every step, whatever happened; this waits for exactly what a person would see:
 * the next frame (a JavaFX pulse: CSS, layout, drawing) and whatever that frame queued to run after
 * it (a focus request, say). On this machine that is about 20 ms instead of 60–100 ms, which adds
 * up over the hundreds of screens the accessibility audit shows.
 */
public final class Pulse {
  private static final long TIMEOUT_SECONDS = 30;

  private Pulse() {}

  /** Runs the work on the JavaFX thread, then waits for the next frame and what it queued. */
  public static void interact(Runnable work) {
    WaitForAsyncUtils.waitForAsyncFx(
        TIMEOUT_SECONDS * 1000,
        () -> {
          work.run();
          return null;
        });
    next();
  }

  /**
   * Waits until one whole pulse has run (the animation phase this starts, then CSS and layout and
   * drawing) and then anything queued on the JavaFX thread up to then. Never call on that thread.
   */
  public static void next() {
    if (Platform.isFxApplicationThread()) {
      throw new IllegalStateException("Pulse.next() waits for the JavaFX thread: call it off it");
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    Platform.runLater(
        () ->
            new AnimationTimer() {
              @Override
              public void handle(long now) {
                stop();
                // Queued now, so it runs after this pulse's layout and drawing.
                Platform.runLater(() -> done.complete(null));
              }
            }.start());
    try {
      done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a JavaFX frame", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError("no JavaFX frame within " + TIMEOUT_SECONDS + " s", e);
    }
  }
}
