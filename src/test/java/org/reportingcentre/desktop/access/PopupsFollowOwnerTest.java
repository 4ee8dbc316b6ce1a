package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.desktop.testing.AppFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Popups and dialogs follow their owner window: large text makes their words large too. */
@ExtendWith(ApplicationExtension.class)
class PopupsFollowOwnerTest {
  @TempDir Path temp;
  private AppFixture fixture;

  @Start
  void start(Stage stage) {
    fixture = new AppFixture(temp.resolve("data"));
    fixture.start(stage);
  }

  private List<ListCell<?>> languageCells(FxRobot robot) {
    robot.clickOn("#language");
    List<ListCell<?>> cells =
        robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
            .filter(c -> c.getText() != null && !c.getText().isEmpty())
            .<ListCell<?>>map(c -> c)
            .toList();
    assertFalse(cells.isEmpty(), "the language list is open");
    return cells;
  }

  @Test
  void theLanguageListIsLargeAtLargeText(FxRobot robot) {
    double standard = languageCells(robot).get(0).getFont().getSize();
    robot.push(javafx.scene.input.KeyCode.ESCAPE);
    robot.interact(() -> fixture.app.access().mode.set(DisplayMode.LARGE_TEXT));
    for (ListCell<?> cell : languageCells(robot)) {
      System.out.println("cell " + cell.getText() + " " + cell.getFont());
      assertEquals(standard * 2, cell.getFont().getSize(), 0.5, cell.getText());
    }
  }
}
