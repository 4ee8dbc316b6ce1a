package org.reportingcentre.desktop.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.reportingcentre.desktop.access.AccessFrame;
import org.reportingcentre.desktop.access.ProcessLauncher;
import org.reportingcentre.desktop.access.ReadAloud;
import org.reportingcentre.desktop.access.SpeechEngine;
import org.reportingcentre.desktop.common.FxScheduler;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.kiosk.KioskWindow;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreOptions;
import org.reportingcentre.store.UnlockThrottle;
import org.reportingcentre.sync.SyncHttp;

/**
 * The desktop application's window: builds the real services and hands them to DesktopApp, and
 * holds what is done only for a fast start (the fonts read on the second core, the store's classes
 * loaded in the background after the first layout, the timing of the start when asked for).
 */
public final class ReportingCentreApp extends Application {
  public static final String STYLESHEET = "/org/reportingcentre/desktop/app.css";

  private ExecutorService background;
  private DesktopApp app;

  @Override
  public void start(Stage stage) {
    // Only when asked for (docs/performance.md): Java's management classes, which measure the
    // processor time, are not loaded at a normal start.
    boolean timing = Boolean.getBoolean("reportingcentre.timing");
    long[] phases = new long[4];
    long[] wall = new long[4];
    mark(timing, phases, wall, 0);
    // The Urdu font is read on the second core while this thread builds the services; the display
    // bar waits for it (before any words are drawn) only if it is not done by then.
    Thread fonts = new Thread(AccessFrame::loadFonts, "fonts");
    fonts.setDaemon(true);
    fonts.start();
    DesktopLauncher.Launch launch = DesktopLauncher.handOff();
    background =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "store");
              t.setDaemon(true);
              return t;
            });
    Messages text = Messages.forLocale(Locale.UK);
    app =
        new DesktopApp(
            new DesktopApp.Config(
                launch.dataFolder(),
                StoreOptions.defaults(UnlockThrottle.inMemory()),
                Clock.systemUTC(),
                new Threads(background, Platform::runLater),
                new FxScheduler(),
                text,
                name -> {
                  FileChooser chooser = new FileChooser();
                  chooser.setInitialFileName(name);
                  chooser
                      .getExtensionFilters()
                      .add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
                  return Optional.ofNullable(chooser.showSaveDialog(stage))
                      .map(java.io.File::toPath);
                },
                node -> {
                  // No printer, a cancelled dialog or a failing driver all come back as "not
                  // printed": the page then says to write the key down instead.
                  try {
                    PrinterJob job = PrinterJob.createPrinterJob();
                    if (job == null) {
                      return false;
                    }
                    boolean printed = job.showPrintDialog(stage) && job.printPage(node);
                    if (!printed) {
                      job.cancelJob();
                      return false;
                    }
                    return job.endJob();
                  } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(ReportingCentreApp.class)
                        .warn("Printing failed: {}", e.getClass().getSimpleName());
                    return false;
                  }
                }),
            new ReadAloud(
                SpeechEngine.find(System.getProperty("os.name", ""), SpeechEngine::onPath),
                ProcessLauncher.system(),
                background,
                e ->
                    org.slf4j.LoggerFactory.getLogger(ReadAloud.class)
                        .warn("The speech program failed", e)));
    mark(timing, phases, wall, 1);
    Scene scene = new Scene(app.root(), 960, 760);
    scene.getStylesheets().add(ReportingCentreApp.class.getResource(STYLESHEET).toExternalForm());
    stage.titleProperty().bind(app.title());
    stage.setScene(scene);
    stage.setOnCloseRequest(e -> app.close());
    KioskWindow.install(stage, app.kioskActive());
    if (launch.kiosk()) {
      stage.initStyle(StageStyle.UNDECORATED);
      app.kioskAfterSignIn();
    }
    app.start();
    mark(timing, phases, wall, 2);
    stage.show();
    mark(timing, phases, wall, 3);
    org.reportingcentre.desktop.common.AfterLayout.once(
        scene,
        () -> {
          if (timing) {
            printTiming(launch, phases, wall);
          }
          // The store's classes load in the background once the first screen is on the window,
          // not while it is being built or drawn: there are only two cores on a centre's PC, and
          // the first frame is drawn on its own thread just after this layout. Nobody can sign in
          // within the wait. It is arranged after this layout pulse, not in it, so as not to hold
          // back the first frame; the build's training start takes the same path (its classes are
          // then in the ahead-of-time cache) and only skips the loading (WARM_UP).
          Platform.runLater(
              () ->
                  java.util.concurrent.CompletableFuture.delayedExecutor(
                          WARM_UP_AFTER_MS, java.util.concurrent.TimeUnit.MILLISECONDS)
                      .execute(() -> warmUp(background, launch.dataFolder())));
        });
  }

  /** How long after the first layout the store's classes start loading in the background. */
  private static final long WARM_UP_AFTER_MS = 300;

  /**
   * False only in the start that the installer build makes to record Java's ahead-of-time cache
   * (installer/linux/prime-javafx-cache.sh, {@code -Dreportingcentre.warmUp=false}): the cache then
   * holds only what the first screen needs. Java loads every class in the cache before the program
   * starts, so the store's, JSON's and HTTP client's classes in it cost every start about 25 ms
   * before the first screen; after it, they load in the background anyway.
   */
  static final boolean WARM_UP =
      Boolean.parseBoolean(System.getProperty("reportingcentre.warmUp", "true"));

  /**
   * Loads the store's classes on {@code background} while the person reads the first screen (the
   * first screen only looks for the store's files by name, so as not to load them before it is
   * drawn). Called from any thread; does nothing if the app has already closed, or in the build's
   * training start ({@link #WARM_UP}).
   */
  static void warmUp(Executor background, Path dataFolder) {
    if (!WARM_UP) {
      return;
    }
    try {
      background.execute(
          () -> {
            CentreStore.exists(dataFolder);
            ExchangeFormat.newObjectMapper();
            // The HTTP client's classes too: sending starts right after sign-in.
            SyncHttp.newClient();
          });
    } catch (RejectedExecutionException closed) {
      // The window was closed before the warm-up began: nothing to prepare.
    }
  }

  /**
   * For docs/performance.md: launch to the first screen laid out, and the processor time spent by
   * then (on the JavaFX thread, and by the whole process), which varies much less than the clock
   * when other programs share the machine.
   */
  private static long fxCpuMs() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
        / 1_000_000;
  }

  /** Step {@code step} of {@code start()}: the JavaFX thread's processor time and the clock. */
  private static void mark(boolean timing, long[] phases, long[] wall, int step) {
    if (timing) {
      phases[step] = fxCpuMs();
      wall[step] = sinceJvmMs();
    }
  }

  /** Milliseconds since the JVM started, by the clock. */
  private static long sinceJvmMs() {
    return System.currentTimeMillis()
        - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  private static void printTiming(DesktopLauncher.Launch launch, long[] phases, long[] wall) {
    long sinceJvm = sinceJvmMs();
    long fxCpu = fxCpuMs();
    long processCpu =
        ProcessHandle.current()
            .info()
            .totalCpuDuration()
            .map(java.time.Duration::toMillis)
            .orElse(-1L);
    System.out.println(
        "first-screen-drawn since-jvm-start-ms "
            + sinceJvm
            + " since-launch-ms "
            + (System.nanoTime() - launch.startedNanos()) / 1_000_000
            + " fx-thread-cpu-ms "
            + fxCpu
            + " process-cpu-ms "
            + processCpu
            // The JavaFX thread's processor time at each step of start(), to find where it goes:
            // on entry, services and display bar built, first screen built, window shown (styles,
            // skins and the first layout applied).
            + " fx-cpu-ms-at-start "
            + phases[0]
            + " built-services "
            + phases[1]
            + " built-screen "
            + phases[2]
            + " shown "
            + phases[3]
            // The same steps by the clock, since the JVM started.
            + " wall-ms-launch "
            + (sinceJvm - (System.nanoTime() - launch.startedNanos()) / 1_000_000)
            + " start "
            + wall[0]
            + " services "
            + wall[1]
            + " screen "
            + wall[2]
            + " shown "
            + wall[3]);
  }

  @Override
  public void stop() {
    if (app != null) {
      app.close();
    }
    if (background != null) {
      // Let the last draft save and the store's close finish before the JVM exits.
      background.shutdown();
      try {
        background.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
