package org.reportingcentre.desktop.sync;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.reportingcentre.desktop.app.ReportingCentreApp;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.sync.SyncServices;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A sync screen over a real encrypted store in a temporary folder, with the real sync thread and
 * the JavaFX thread for the screen, as the app has them.
 */
final class SyncScreenFixture implements AutoCloseable {
  final AppFixture app;
  final CentreStore store;
  final SyncDesk desk;
  final Form form;
  final SyncWords words;

  SyncScreenFixture(Path folder) throws Exception {
    app = new AppFixture(folder);
    // These screens are not about sign-in: a cheap key derivation saves seconds per test.
    app.kdfIterations = 1_000;
    app.withStore();
    store = app.open(AppFixture.MANAGER);
    Threads threads = new Threads(Runnable::run, Platform::runLater);
    desk =
        new SyncDesk(
            SyncServices.of(store, app.clock),
            Executors.newSingleThreadScheduledExecutor(),
            threads,
            true);
    form = new Form(app.text);
    words = new SyncWords(app.text, app.clock);
  }

  void show(Stage stage, Parent root) {
    Scene scene = new Scene(root, 1000, 760);
    scene
        .getStylesheets()
        .add(ReportingCentreApp.class.getResource(ReportingCentreApp.STYLESHEET).toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  static void waitUntil(BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Override
  public void close() {
    desk.stop();
    desk.awaitStopped();
    store.close();
  }
}
