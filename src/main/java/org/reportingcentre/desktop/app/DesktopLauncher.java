package org.reportingcentre.desktop.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import org.reportingcentre.desktop.access.Wording;
import org.reportingcentre.desktop.common.Messages;
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
    prepareWhileJavaFxStarts();
    Application.launch(ReportingCentreApp.class);
    return 0;
  }

  /**
   * JavaFX spends about 0.2 s starting its toolkit on one thread before the first screen can be
   * built; the first screen's work that needs no JavaFX is done meanwhile on the other core:
   *
   * <ul>
   *   <li>Opening the class path. The first look-up of anything that is on no jar (a missing
   *       resource bundle for en_GB, a service file) opens every one of the 60-odd jars, which the
   *       command line and the SPOC server need and the first screen does not. It measured 50 to
   *       100 ms on the JavaFX thread.
   *   <li>Reading the English wording, which the resource bundles then keep.
   * </ul>
   */
  private static void prepareWhileJavaFxStarts() {
    Thread prepare =
        new Thread(
            () -> {
              ClassLoader.getSystemClassLoader().getResource("META-INF/reporting-centre-none");
              Messages.forLocale(Locale.UK);
              Wording.messages(Locale.UK, false);
            },
            "start-up");
    prepare.setDaemon(true);
    prepare.start();
  }

  static Launch handOff() {
    return launch;
  }
}
