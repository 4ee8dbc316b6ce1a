package org.reportingcentre.desktop.testing;

import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * Starts JavaFX for a program kept in the test sources (the screenshot writers, the wizard's
 * timings) the way the tests run: headless Monocle with software rendering, unless {@code -Dgui} is
 * given (then on the real display). The same settings as the surefire configuration in pom.xml, so
 * pictures and figures match what the tests see.
 */
public final class HeadlessFx {
  private static final Map<String, String> HEADLESS =
      Map.of(
          "testfx.robot", "glass",
          "testfx.headless", "true",
          "prism.order", "sw",
          "glass.platform", "Monocle",
          "monocle.platform", "Headless",
          "java.awt.headless", "true",
          // Room for the 1366 by 768 window of the screens (Monocle's default is 1280 by 800).
          "headless.geometry", "1920x1200-32");

  private HeadlessFx() {}

  /** Starts the toolkit (before anything else touches JavaFX) and returns its primary stage. */
  public static Stage start() throws TimeoutException {
    if (System.getProperty("gui") == null) {
      HEADLESS.forEach(
          (key, value) -> {
            if (System.getProperty(key) == null) {
              System.setProperty(key, value);
            }
          });
    }
    return FxToolkit.registerPrimaryStage();
  }

  /**
   * Runs a program on the toolkit and ends the JVM when it is done: the toolkit's threads would
   * otherwise keep it alive. A failure is printed and exits with status 1. (No {@code
   * Platform.exit} first: it finishes on another thread and races the JVM's shutdown.)
   */
  public static void run(Program program) {
    int status = 0;
    try {
      program.run(start());
    } catch (Throwable e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  /** What a program does with the primary stage. */
  @FunctionalInterface
  public interface Program {
    void run(Stage stage) throws Exception;
  }
}
