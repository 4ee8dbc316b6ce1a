package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.desktop.common.Dialogs;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Popups and dialogs follow their owner window: large text makes their words large too. */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class PopupsFollowOwnerTest {
  @TempDir Path temp;
  private AppFixture fixture;

  @Start
  void start(Stage stage) {
    fixture = new AppFixture(temp.resolve("data"));
    fixture.start(stage);
  }

  /** The language list, opened as a person opens it: the words of its choices. */
  private List<javafx.scene.control.Label> languageChoices(FxRobot robot) {
    robot.clickOn("#language");
    List<javafx.scene.control.Label> choices =
        robot
            .lookup("#choice-box-popup-menu .menu-item .label")
            .queryAllAs(javafx.scene.control.Label.class)
            .stream()
            .filter(c -> c.getText() != null && !c.getText().isEmpty())
            .toList();
    assertFalse(choices.isEmpty(), "the language list is open");
    return choices;
  }

  @Test
  void theLanguageListIsLargeAtLargeText(FxRobot robot) {
    double standard = languageChoices(robot).get(0).getFont().getSize();
    robot.push(javafx.scene.input.KeyCode.ESCAPE);
    robot.interact(() -> fixture.app.access().mode.set(DisplayMode.LARGE_TEXT));
    for (javafx.scene.control.Label choice : languageChoices(robot)) {
      assertEquals(standard * 2, choice.getFont().getSize(), 0.5, choice.getText());
    }
  }

  @Test
  void aTextFieldsContextMenuIsLargeAtLargeText(FxRobot robot) {
    robot.interact(() -> fixture.app.access().mode.set(DisplayMode.LARGE_TEXT));
    // What a right click or the menu key asks for (the headless robot's right click does not).
    robot.interact(
        () -> {
          javafx.scene.Node field = robot.lookup("#centreCode").query();
          javafx.geometry.Bounds b = field.localToScreen(field.getBoundsInLocal());
          field.fireEvent(
              new javafx.scene.input.ContextMenuEvent(
                  javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                  5,
                  5,
                  b.getMinX() + 5,
                  b.getMinY() + 5,
                  true,
                  null));
        });
    List<javafx.scene.control.Label> items =
        robot
            .lookup(".context-menu .menu-item .label")
            .queryAllAs(javafx.scene.control.Label.class)
            .stream()
            .toList();
    assertFalse(items.isEmpty(), "the context menu is open");
    for (javafx.scene.control.Label item : items) {
      assertEquals(32, item.getFont().getSize(), 0.5, item.getText());
    }
    robot.push(javafx.scene.input.KeyCode.ESCAPE);
  }

  @Test
  void aDialogTakesTheLargeTextStylesheetAndDirectionOfItsOwner(FxRobot robot) {
    robot.interact(
        () -> {
          fixture.app.access().locale.set(Languages.URDU);
          fixture.app.access().mode.set(DisplayMode.LARGE_TEXT);
        });
    javafx.scene.control.Alert[] shown = new javafx.scene.control.Alert[1];
    robot.interact(
        () -> {
          shown[0] =
              Dialogs.message(
                  fixture.app.root(),
                  fixture.app.access().messages(),
                  "receipt.failed.heading",
                  "receipt.failed.body");
          shown[0].show();
        });
    javafx.scene.control.DialogPane pane = shown[0].getDialogPane();
    javafx.scene.control.Label content = (javafx.scene.control.Label) pane.lookup(".content.label");
    assertEquals(32, content.getFont().getSize(), 0.5, "the message at 200%");
    assertEquals(fixture.app.root().getScene().getStylesheets(), pane.getScene().getStylesheets());
    assertEquals(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT, pane.getEffectiveNodeOrientation());
    assertEquals(fixture.app.root().getScene().getWindow(), shown[0].getOwner());
    robot.interact(() -> shown[0].close());
  }
}
