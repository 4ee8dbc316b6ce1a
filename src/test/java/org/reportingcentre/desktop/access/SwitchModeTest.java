package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.wizard.StepId;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Switching display mode in the middle of the wizard keeps every answer and the page. */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class SwitchModeTest {
  @TempDir Path temp;
  private AppFixture fixture;

  @Start
  void start(Stage stage) throws Exception {
    fixture = new AppFixture(temp.resolve("data")).withStore();
    fixture.start(stage);
  }

  @Test
  void switchingModesMidWizardKeepsEveryAnswerAndThePage(FxRobot robot) {
    Ui ui = Ui.fast(robot);
    ui.fill("user", AppFixture.VOLUNTEER).fill("password", AppFixture.PASSWORD).click("sign-in");
    ui.click("start");
    ui.next(); // before you start
    ui.click("role-victim").next();
    ui.click("anonymous-no").next();
    ui.click("types-verbal-abuse").click("types-graffiti").next();
    ui.fill("description", "They shouted at me outside the library.");
    assertEquals(StepId.DESCRIPTION, fixture.app.wizard().orElseThrow().current.get());

    ui.click("easy-read-mode");
    assertTrue(pressed(ui, "easy-read-mode"));
    assertEquals("easy-read-mode", ui.focused().getId(), "the keyboard stays on the switch");
    assertEquals(StepId.DESCRIPTION, fixture.app.wizard().orElseThrow().current.get());
    assertEquals("They shouted at me outside the library.", ui.text("description"));
    assertTrue(ui.showing("read-page"), "easy read offers Read this page to me");

    ui.click("large-text-mode");
    assertTrue(
        ui.call(
            () ->
                ui.node("description")
                    .getScene()
                    .getRoot()
                    .getStyleClass()
                    .contains("large-text")));
    assertEquals("They shouted at me outside the library.", ui.text("description"));

    ui.click("back");
    assertTrue(ui.selected("types-verbal-abuse"));
    assertTrue(ui.selected("types-graffiti"));
    assertFalse(ui.selected("types-physical-attack"));
    assertTrue(
        ui.call(
            () -> ((javafx.scene.control.Labeled) ui.node("types-graffiti")).getGraphic() != null),
        "easy read shows a picture beside each choice");
    ui.click("back");
    assertTrue(ui.selected("anonymous-no"));

    ui.click("standard-mode").click("large-text-mode");
    assertFalse(ui.exists("read-page"));
    assertTrue(ui.selected("anonymous-no"));
    ui.next().next();
    assertEquals("They shouted at me outside the library.", ui.text("description"));
  }

  private static boolean pressed(Ui ui, String id) {
    Node n = ui.node(id);
    return n instanceof javafx.scene.control.ToggleButton t && t.isSelected();
  }
}
