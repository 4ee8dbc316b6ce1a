package org.reportingcentre.desktop.perf;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for start-up: a window with one label, timed the same way as the app (JVM start to the
 * first layout pulse after the window is shown), then it exits. Run from {@link Main}.
 */
public final class TrivialWindow extends Application {
  @Override
  public void start(Stage stage) {
    Scene scene = new Scene(new StackPane(new Label("Hello")), 960, 760);
    stage.setScene(scene);
    stage.show();
    scene.addPostLayoutPulseListener(
        new Runnable() {
          @Override
          public void run() {
            scene.removePostLayoutPulseListener(this);
            long sinceJvm =
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-screen-drawn since-jvm-start-ms " + sinceJvm);
            Platform.exit();
          }
        });
  }

  /** Starts the trivial window (a separate class, as JavaFX needs on the class path). */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      Application.launch(TrivialWindow.class, args);
    }
  }
}
