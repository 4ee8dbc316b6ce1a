package org.reportingcentre.desktop.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a person does, by control id: scroll to it, click it, type into it. Long text is put in
 * place rather than typed key by key, to keep the tests fast; the typing tests type for real. After
 * each step it waits for the next frame ({@link Pulse}), not for TestFX's fixed sleeps: the app's
 * background work runs on the same thread in these tests ({@link AppFixture}).
 */
public final class Ui {
  private final FxRobot robot;
  private final boolean fast;

  /** Clicks with the mouse robot, as a person would. */
  public Ui(FxRobot robot) {
    this(robot, false);
  }

  private Ui(FxRobot robot, boolean fast) {
    this.robot = robot;
    this.fast = fast;
  }

  /**
   * Presses buttons, links and options by firing them (what a click does) instead of moving the
   * mouse: the whole-wizard runs take about 80 clicks each, and a robot click costs about 0.3 s on
   * this machine. A control that is hidden still cannot be pressed.
   */
  public static Ui fast(FxRobot robot) {
    return new Ui(robot, true);
  }

  public Node node(String id) {
    Node node = robot.lookup("#" + id).tryQuery().orElse(null);
    assertNotNull(node, "control #" + id);
    return node;
  }

  public boolean exists(String id) {
    return robot.lookup("#" + id).tryQuery().isPresent();
  }

  public boolean showing(String id) {
    return robot.lookup("#" + id).tryQuery().map(Ui::reallyVisible).orElse(false);
  }

  private static boolean reallyVisible(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return node.getScene() != null;
  }

  /** Scrolls the node into view (as a person would) and clicks it. */
  public Ui click(String id) {
    long t0 = System.nanoTime();
    Node node = node(id);
    scrollTo(node);
    long t1 = System.nanoTime();
    if (fast) {
      if (!reallyVisible(node) || node.isDisabled()) {
        throw new AssertionError("#" + id + " cannot be clicked: it is hidden or disabled");
      }
      Pulse.interact(
          () -> {
            node.requestFocus();
            ((javafx.scene.control.ButtonBase) node).fire();
          });
    } else {
      robot.clickOn(node, org.testfx.robot.Motion.DIRECT);
    }
    long t2 = System.nanoTime();
    if (Boolean.getBoolean("ui.timing")) {
      System.err.println(
          "click " + id + " scroll " + (t1 - t0) / 1000000 + " click " + (t2 - t1) / 1000000);
    }
    return this;
  }

  /** Sets the text of a field (after clicking into it). */
  public Ui fill(String id, String text) {
    Node node = node(id);
    scrollTo(node);
    Pulse.interact(
        () -> {
          node.requestFocus();
          ((TextInputControl) node).setText(text);
        });
    return this;
  }

  /** Types key by key. */
  public Ui type(String id, String text) {
    Node node = node(id);
    scrollTo(node);
    robot.clickOn(node, org.testfx.robot.Motion.DIRECT);
    robot.write(text);
    WaitForAsyncUtils.waitForFxEvents();
    return this;
  }

  public String text(String id) {
    Node node = node(id);
    if (node instanceof TextInputControl t) {
      return t.getText();
    }
    return ((Labeled) node).getText();
  }

  public boolean selected(String id) {
    Node node = node(id);
    if (node instanceof javafx.scene.control.RadioButton r) {
      return r.isSelected();
    }
    return ((javafx.scene.control.CheckBox) node).isSelected();
  }

  public Ui next() {
    return click("continue");
  }

  public String heading() {
    return text("heading");
  }

  public String title() {
    return robot.listTargetWindows().stream()
        .filter(w -> w instanceof javafx.stage.Stage s && s.isShowing())
        .map(w -> ((javafx.stage.Stage) w).getTitle())
        .findFirst()
        .orElse("");
  }

  public Node focused() {
    return call(
        () ->
            robot.listTargetWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getFocusOwner())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null));
  }

  public <T> T call(Callable<T> work) {
    return WaitForAsyncUtils.waitForAsyncFx(5000, work);
  }

  private void scrollTo(Node node) {
    Pulse.interact(
        () -> {
          for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
              scroll.layout();
              Node content = scroll.getContent();
              Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
              double viewport = scroll.getViewportBounds().getHeight();
              double extra = content.getBoundsInLocal().getHeight() - viewport;
              double top = scroll.getVvalue() * Math.max(0, extra);
              boolean inView = inContent.getMinY() >= top && inContent.getMaxY() <= top + viewport;
              if (extra > 0 && !inView) {
                double target = inContent.getMinY() - viewport / 3;
                scroll.setVvalue(Math.max(0, Math.min(1, target / extra)));
              }
              return;
            }
          }
        });
  }
}
