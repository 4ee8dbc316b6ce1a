package org.reportingcentre.desktop.kiosk;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The window while the kiosk is on: full screen with no hint and no way out by Escape; close
 * requests (the window manager's close, Alt+F4) refused. Leaving is only through the staff page.
 */
public final class KioskWindow {
  private final Stage stage;
  private final ObservableBooleanValue active;

  private KioskWindow(Stage stage, ObservableBooleanValue active) {
    this.stage = stage;
    this.active = active;
  }

  /** Watches {@code active} for the life of the stage. */
  public static KioskWindow install(Stage stage, ObservableBooleanValue active) {
    KioskWindow window = new KioskWindow(stage, active);
    stage.addEventFilter(
        WindowEvent.WINDOW_CLOSE_REQUEST,
        e -> {
          if (active.get()) {
            e.consume();
          }
        });
    stage.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (active.get()
              && (e.getCode() == KeyCode.ESCAPE || (e.isAltDown() && e.getCode() == KeyCode.F4))) {
            e.consume();
          }
        });
    stage
        .fullScreenProperty()
        .addListener(
            (o, was, now) -> {
              if (!now && active.get()) {
                stage.setFullScreen(true);
              }
            });
    active.addListener((o, was, now) -> window.apply(now));
    window.apply(active.get());
    return window;
  }

  private void apply(boolean on) {
    stage.setFullScreenExitHint(on ? "" : null);
    stage.setFullScreenExitKeyCombination(on ? KeyCombination.NO_MATCH : null);
    stage.setAlwaysOnTop(on);
    stage.setFullScreen(on);
  }
}
