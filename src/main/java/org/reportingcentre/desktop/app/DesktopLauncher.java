package org.reportingcentre.desktop.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import org.reportingcentre.store.DataFolder;

/**
 * Starts the JavaFX application. A separate class from the {@link Application}, so that the jar
 * runs with JavaFX on the class path.
 */
public final class DesktopLauncher {
  /**
   * The one static hand-off: JavaFX makes the Application instance itself, so the command line's
   * choices reach it through here, once, before launch.
   */
  private static volatile Launch launch;

  /** What the command line asked for. */
  record Launch(Path dataFolder, boolean kiosk, long startedNanos) {}

  private DesktopLauncher() {}

  /**
   * Opens the desktop app and returns its exit code when the last window closes.
   *
   * @param dataDir the data folder given on the command line, if any
   * @param kiosk start in kiosk mode
   */
  public static int launch(Optional<Path> dataDir, boolean kiosk) {
    launch = new Launch(DataFolder.resolve(dataDir), kiosk, System.nanoTime());
    Application.launch(ReportingCentreApp.class);
    return 0;
  }

  static Launch handOff() {
    return launch;
  }
}
