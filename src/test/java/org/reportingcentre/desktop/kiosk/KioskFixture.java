package org.reportingcentre.desktop.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.reportingcentre.desktop.app.DesktopApp;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreException;
import org.testfx.api.FxRobot;

/** The real app on a real store, started with --kiosk (sign-in goes straight into the kiosk). */
final class KioskFixture {
  final AppFixture app;
  Stage stage;

  KioskFixture(Path folder) {
    this.app = new AppFixture(folder);
  }

  static Path makeStore(Path folder) throws StoreException {
    new AppFixture(folder).withStore();
    return folder;
  }

  /** As ReportingCentreApp does with --kiosk, on the test's stage. */
  DesktopApp start(Stage stage) {
    this.stage = stage;
    DesktopApp desktop = app.start(stage);
    KioskWindow.install(stage, desktop.kioskActive());
    desktop.kioskAfterSignIn();
    return desktop;
  }

  /** Kiosk mode off (out of full screen) and the store closed, so the next test starts clean. */
  void stop() {
    if (app.app != null) {
      org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000, () -> app.app.lock());
    }
  }

  /** Signs in as staff; the kiosk's welcome page shows. */
  Ui signIn(FxRobot robot) {
    Ui ui = Ui.fast(robot);
    ui.fill("user", AppFixture.VOLUNTEER).fill("password", AppFixture.PASSWORD).click("sign-in");
    assertEquals("Report a hate incident or hate crime", ui.heading());
    return ui;
  }

  KioskViewModel kiosk() {
    return app.app.kiosk().orElseThrow();
  }

  /** Moves the app's time on (scheduler and clock), on the UI thread. */
  void advance(FxRobot robot, Duration by) {
    robot.interact(
        () -> {
          app.clock.advance(by);
          app.scheduler.advance(by);
        });
  }

  /** Staff leave kiosk mode with the right password: back to sign-in, store closed. */
  void staffLeave(FxRobot robot, Ui ui) {
    robot.interact(() -> kiosk().openStaffPage());
    ui.fill("staff-user", AppFixture.VOLUNTEER)
        .fill("staff-password", AppFixture.PASSWORD)
        .click("staff-leave");
    assertEquals("Sign in", ui.heading());
  }

  CentreStore openAsManager() throws StoreException {
    return app.open(AppFixture.MANAGER);
  }

  /** Every text shown under a node (labels, buttons, links), for "what does the screen say". */
  static List<String> texts(Node node) {
    List<String> texts = new ArrayList<>();
    collect(node, texts);
    return texts;
  }

  private static void collect(Node node, List<String> texts) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Labeled l && l.getText() != null) {
      texts.add(l.getText());
    }
    if (node instanceof javafx.scene.control.TextInputControl t) {
      texts.add(t.getText());
    }
    if (node instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) {
      collect(s.getContent(), texts);
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collect(child, texts);
      }
    }
  }
}
