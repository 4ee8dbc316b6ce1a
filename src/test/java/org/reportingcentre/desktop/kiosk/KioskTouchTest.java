package org.reportingcentre.desktop.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.glass.ui.monocle.HeadlessTouch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.report.Reference;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole visit with a finger only: every press goes in through Monocle's touch input (the path a
 * touchscreen driver feeds), so JavaFX sees touch events and the mouse events a touchscreen
 * synthesizes from them, never a real mouse, a key, a hover or a right-click. The one thing a
 * finger cannot do here is type: the description is set as a system on-screen keyboard would.
 */
@ScreenTest
class KioskTouchTest extends KioskTestBase {
  private static final String WORDS = "Someone spat at me in the park.";

  private final List<String> notTouch = new ArrayList<>();
  private int touches;

  @Start
  void start(Stage stage) {
    openKiosk(stage);
  }

  /** From sign-in on, everything that reaches the window is counted: touch, or a problem. */
  private void watchInput(Scene scene) {
    scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> touches++);
    scene.addEventFilter(
        MouseEvent.ANY,
        e -> {
          if (!e.isSynthesized()) {
            notTouch.add("mouse " + e.getEventType());
          } else if (e.isSecondaryButtonDown()) {
            notTouch.add("right-click");
          }
        });
    scene.addEventFilter(KeyEvent.ANY, e -> notTouch.add("key " + e.getEventType()));
    scene.addEventFilter(
        ScrollEvent.ANY,
        e -> {
          if (!e.isDirect()) {
            notTouch.add("mouse wheel");
          }
        });
  }

  /** A finger on the middle of the control, swiping the page up first if it is below the fold. */
  private void tap(FxRobot robot, Ui ui, String id) {
    assertTrue(
        ui.exists(id),
        "#"
            + id
            + " on the page \""
            + ui.heading()
            + "\""
            + KioskFixture.texts(fixture.stage.getScene().getRoot()));
    Node node = ui.node(id);
    for (int i = 0; i < 12 && !onScreen(ui, node); i++) {
      swipeUp(robot);
    }
    Bounds b = ui.call(() -> node.localToScreen(node.getLayoutBounds()));
    assertTrue(onScreen(ui, node), "#" + id + " can be reached by a finger: " + b);
    HeadlessTouch.press(b.getCenterX(), b.getCenterY());
    HeadlessTouch.release();
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The control's middle is in the window and in the visible part of every page it scrolls in. */
  private boolean onScreen(Ui ui, Node node) {
    return ui.call(
        () -> {
          Bounds b = node.localToScreen(node.getLayoutBounds());
          if (b == null || !windowOnScreen().contains(b.getCenterX(), b.getCenterY())) {
            return false;
          }
          for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
              Bounds view = scroll.localToScreen(scroll.getLayoutBounds());
              if (b.getCenterY() < view.getMinY() + 10 || b.getCenterY() > view.getMaxY() - 10) {
                return false;
              }
            }
          }
          return true;
        });
  }

  private Bounds windowOnScreen() {
    Node root = fixture.stage.getScene().getRoot();
    return root.localToScreen(root.getLayoutBounds());
  }

  /** A finger drawn up the middle of the page: the page scrolls, as on a phone. */
  private void swipeUp(FxRobot robot) {
    Bounds window = Ui.fast(robot).call(this::windowOnScreen);
    // Beside the page's column, where nothing is pressed by mistake (the scroll bar is further).
    double x = window.getMaxX() - 60;
    double from = window.getMinY() + window.getHeight() * 0.75;
    for (int step = 0; step <= 10; step++) {
      HeadlessTouch.press(x, from - step * window.getHeight() * 0.04);
    }
    HeadlessTouch.release();
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aWholeReportByTouchAlone(FxRobot robot) throws Exception {
    assertTrue(HeadlessTouch.available(), "the tests run on Monocle");
    Ui ui = fixture.signIn(robot);
    robot.interact(() -> watchInput(fixture.stage.getScene()));

    tap(robot, ui, "language-pl");
    assertEquals(
        "Polski (wybrano)", ui.node("language-pl").getAccessibleText(), "a picture button");
    tap(robot, ui, "language-en");
    tap(robot, ui, "start-report");
    tap(robot, ui, "continue");
    tap(robot, ui, "role-victim");
    tap(robot, ui, "continue");
    assertTrue(ui.selected("anonymous-yes"));
    tap(robot, ui, "continue");
    tap(robot, ui, "types-verbal-abuse");
    tap(robot, ui, "continue");
    tap(robot, ui, "description");
    // What a system on-screen keyboard does: the finger types, the field gets the text.
    robot.interact(
        () -> ((javafx.scene.control.TextInputControl) ui.node("description")).setText(WORDS));
    tap(robot, ui, "continue");
    tap(robot, ui, "motivations-religion");
    tap(robot, ui, "continue");
    tap(robot, ui, "when-this-week");
    tap(robot, ui, "continue");
    tap(robot, ui, "locationType-park");
    tap(robot, ui, "continue");
    tap(robot, ui, "injured-no");
    tap(robot, ui, "damageOrLoss-no");
    tap(robot, ui, "continue");
    tap(robot, ui, "canDescribe-no");
    tap(robot, ui, "continue");
    tap(robot, ui, "othersSaw-not-sure");
    tap(robot, ui, "continue");
    tap(robot, ui, "happenedBefore-no");
    tap(robot, ui, "reportedBefore-no");
    tap(robot, ui, "continue");
    tap(robot, ui, "police-without-name");
    tap(robot, ui, "victimSupport-no");
    tap(robot, ui, "otherServices-no");
    tap(robot, ui, "continue");
    assertEquals("Check your answers before sending your report", ui.heading());
    tap(robot, ui, "send");
    assertEquals("Thank you. Your report is saved.", ui.heading());
    Reference reference = Reference.parse(ui.text("reference"));

    fixture.advance(robot, Duration.ofSeconds(30));
    assertTrue(ui.showing("kiosk-warning"));
    tap(robot, ui, "more-time");
    assertTrue(!ui.showing("kiosk-warning"), "a finger on I need more time");
    tap(robot, ui, "finish");
    assertEquals("Report a hate incident or hate crime", ui.heading());

    tap(robot, ui, "leave-quickly");
    assertEquals("Public computer", ui.heading());
    tap(robot, ui, "neutral-start");
    for (int i = 0; i < 5; i++) {
      tap(robot, ui, "staff-corner");
    }
    assertEquals("Staff only", ui.heading(), "staff can get out by touch too");
    tap(robot, ui, "staff-cancel");

    assertEquals(List.of(), notTouch, "nothing but touch reached the window");
    assertTrue(touches >= 40, "every press was a touch: " + touches);
    fixture.stop();
    try (CentreStore store = fixture.openAsManager()) {
      assertEquals(
          WORDS,
          CentreServices.on(store)
              .reports()
              .view(reference)
              .orElseThrow()
              .incident()
              .description());
    }
  }
}
