package org.reportingcentre.desktop.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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

  /**
   * JavaFX's own log (java.util.logging, to standard error), held here so that its filter stays:
   * the logging system keeps only weak references to loggers.
   */
  private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

  private DesktopLauncher() {}

  /**
   * JavaFX warns at every start ("Unsupported JavaFX configuration: classes were loaded from
   * 'unnamed module'") because the app runs JavaFX from the class path, as it does on purpose (see
   * this class's description). That one line is dropped; every other message of JavaFX's is kept.
   * Writing it cost every start about 10 ms before the toolkit could start: formatting the first
   * message reads the time zones and the names of months and days.
   */
  static boolean isClassPathWarning(LogRecord record) {
    String message = record.getMessage();
    return message != null && message.startsWith("Unsupported JavaFX configuration");
  }

  /**
   * Opens the desktop app and returns its exit code when the last window closes.
   *
   * @param dataDir the data folder given on the command line, if any
   * @param kiosk start in kiosk mode
   */
  public static int launch(Optional<Path> dataDir, boolean kiosk) {
    launch = new Launch(DataFolder.resolve(dataDir), kiosk, System.nanoTime());
    JAVAFX_LOG.setFilter(record -> !isClassPathWarning(record));
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
   *   <li>Warming the text analysis JavaFX runs on every character the first time a text is laid
   *       out (see {@link #warmTextAnalysis}).
   * </ul>
   */
  private static void prepareWhileJavaFxStarts() {
    Thread prepare =
        new Thread(
            () -> {
              ClassLoader.getSystemClassLoader().getResource("META-INF/reporting-centre-none");
              Messages.forLocale(Locale.UK);
              Wording.messages(Locale.UK, false);
              warmTextAnalysis();
            },
            "start-up");
    prepare.setDaemon(true);
    prepare.start();
  }

  /**
   * The first layout of each text makes JavaFX ask, for every character, whether it is ideographic,
   * through reflection ({@code Character.isIdeographic}), and read Java's bidirectional-text tables
   * when a text holds right-to-left letters (the Urdu name in the language list). Run cold, for the
   * few hundred characters of the first screen, that measured about 5 ms of the JavaFX thread's
   * time before the first screen is drawn. Calling the same reflective method here first makes Java
   * compile its call path while the toolkit starts on the other core (reflection shares one
   * accessor per method), and loads the tables.
   */
  static void warmTextAnalysis() {
    try {
      java.lang.reflect.Method isIdeographic =
          Character.class.getMethod("isIdeographic", int.class);
      for (int i = 0; i < 4000; i++) {
        isIdeographic.invoke(null, 'a' + (i & 31));
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Only a warm-up: JavaFX does the same work itself later.
    }
    new java.text.Bidi("\u0627\u0631\u062f\u0648", java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
  }

  static Launch handOff() {
    return launch;
  }
}
