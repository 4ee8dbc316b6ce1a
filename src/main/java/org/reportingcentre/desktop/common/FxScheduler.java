package org.reportingcentre.desktop.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** The app's scheduler: a JavaFX pause, so the task runs on the UI thread. */
public final class FxScheduler implements Scheduler {
  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
    pause.setOnFinished(e -> task.run());
    pause.play();
    return pause::stop;
  }
}
