package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The display bar's language choice (a choice box since the start-up work) works from the keyboard
 * alone, says which language is chosen, and turns the page round for Urdu.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class LanguageChoiceTest {
  @TempDir Path temp;
  private AppFixture fixture;

  @Start
  void start(Stage stage) {
    fixture = new AppFixture(temp.resolve("data"));
    fixture.start(stage);
  }

  /** Tab to the choice, open it with the space bar, move down the list and take one. */
  private void chooseWithKeys(FxRobot robot, int down) {
    robot.interact(() -> robot.lookup("#language").query().requestFocus());
    robot.push(KeyCode.SPACE);
    for (int i = 0; i < down; i++) {
      robot.push(KeyCode.DOWN);
    }
    robot.push(KeyCode.ENTER);
  }

  @Test
  void theKeyboardAloneChoosesPolishAndThePageIsInPolish(FxRobot robot) {
    Ui ui = Ui.fast(robot);
    Node choice = robot.lookup("#language").query();
    assertEquals("Language: English", choice.getAccessibleText());

    chooseWithKeys(robot, 1);

    assertEquals(Languages.POLISH, fixture.app.access().locale.get());
    Messages polish = Messages.forLocale(Languages.POLISH);
    assertEquals(polish.get("setup.heading"), ui.heading());
    assertEquals(
        polish.get("access.language") + ": Polski",
        robot.lookup("#language").query().getAccessibleText(),
        "the rebuilt bar names the new language");
    assertEquals(
        "language",
        robot.lookup("#language").query().getScene().getFocusOwner().getId(),
        "the keyboard stays on the language choice");
  }

  @Test
  void urduFromTheKeyboardTurnsThePageRightToLeft(FxRobot robot) {
    chooseWithKeys(robot, 2);

    assertEquals(Languages.URDU, fixture.app.access().locale.get());
    assertEquals(NodeOrientation.RIGHT_TO_LEFT, fixture.app.root().getEffectiveNodeOrientation());
  }
}
