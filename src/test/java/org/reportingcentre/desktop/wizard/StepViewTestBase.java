package org.reportingcentre.desktop.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingcentre.desktop.app.ReportingCentreApp;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.testing.MutableClock;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Mounts one page alone (no wizard around it) and checks what every page must do: every control has
 * an id and an accessible name, and the keyboard reaches every control in reading order.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
public abstract class StepViewTestBase<M extends StepViewModel> {
  protected final Messages text = Messages.forLocale(Locale.UK);
  protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:15:00Z"));
  protected M vm;
  protected Node page;
  protected int edits;

  protected abstract StepId step();

  /** The draft the page is loaded from; blank unless a test class says otherwise. */
  protected Answers answers() {
    return new Answers();
  }

  @BeforeEach
  void mountAlone() throws Exception {
    org.testfx.api.FxToolkit.setupStage(this::mount);
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
  }

  @SuppressWarnings("unchecked")
  private void mount(Stage stage) {
    Steps steps = new Steps(text, clock);
    vm = (M) steps.model(step());
    vm.setOnEdit(() -> edits++);
    vm.load(answers());
    page = steps.view(step(), vm, new Form(text)).root();
    ScrollPane scroll = new ScrollPane(page);
    scroll.setFitToWidth(true);
    Scene scene = new Scene(scroll, 1000, 760);
    scene
        .getStylesheets()
        .add(ReportingCentreApp.class.getResource(ReportingCentreApp.STYLESHEET).toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  protected Ui ui(FxRobot robot) {
    return new Ui(robot);
  }

  @Test
  void theHeadingIsTheQuestion(FxRobot robot) {
    assertEquals(text.get(step().key() + ".heading"), ui(robot).heading());
  }

  @Test
  void everyControlHasAnIdAndAnAccessibleName(FxRobot robot) {
    for (Control control : controls(page, false)) {
      assertNotNull(control.getId(), "a control without an id: " + control);
      // A labelled control (radio, tick box, button) is named by its own text.
      String name =
          control.getAccessibleText() != null
              ? control.getAccessibleText()
              : control instanceof javafx.scene.control.Labeled l ? l.getText() : null;
      assertFalse(
          name == null || name.isBlank(), "#" + control.getId() + " has no accessible name");
    }
  }

  @Test
  protected void theKeyboardReachesEveryControlInReadingOrder(FxRobot robot) {
    List<Control> expected = controls(page, true);
    if (expected.isEmpty()) {
      return;
    }
    expected.sort(
        Comparator.comparingDouble((Control c) -> top(c)).thenComparingDouble(c -> left(c)));
    robot.interact(() -> expected.get(0).requestFocus());
    List<String> reached = new ArrayList<>();
    reached.add(expected.get(0).getId());
    for (int i = 1; i < expected.size(); i++) {
      robot.push(KeyCode.TAB);
      Node focused = page.getScene().getFocusOwner();
      reached.add(focused == null ? "nothing" : focused.getId());
    }
    assertEquals(expected.stream().map(Control::getId).toList(), reached);
  }

  private static double top(Node n) {
    Bounds b = n.localToScene(n.getBoundsInLocal());
    return Math.round(b.getMinY() / 4) * 4;
  }

  private static double left(Node n) {
    return n.localToScene(n.getBoundsInLocal()).getMinX();
  }

  /** The controls a person can use on the page (shown ones only, if asked). */
  protected static List<Control> controls(Node root, boolean shownOnly) {
    List<Control> found = new ArrayList<>();
    collect(root, shownOnly, found);
    return found;
  }

  private static void collect(Node node, boolean shownOnly, List<Control> found) {
    if (shownOnly && !node.isVisible()) {
      return;
    }
    if (node instanceof TextInputControl || node instanceof ButtonBase) {
      found.add((Control) node);
      return;
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, shownOnly, found);
      }
    }
  }
}
