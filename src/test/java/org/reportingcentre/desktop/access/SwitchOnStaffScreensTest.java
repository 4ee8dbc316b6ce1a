package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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

/** Set-up and sign-in keep what was typed when the display mode or language changes. */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class SwitchOnStaffScreensTest {
  @TempDir Path temp;
  private AppFixture fixture;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private void switchTo(FxRobot robot, java.util.Locale language, DisplayMode mode) {
    robot.interact(
        () -> {
          fixture.app.access().locale.set(language);
          fixture.app.access().mode.set(mode);
        });
  }

  @Test
  void setUpKeepsEveryFieldAndTheRecoveryTickThroughSwitches(FxRobot robot) {
    fixture = new AppFixture(temp.resolve("data"));
    robot.interact(() -> fixture.start(stage));
    Ui ui = Ui.fast(robot);
    ui.fill("centreCode", "TWL")
        .fill("centreName", AppFixture.CENTRE_NAME)
        .fill("manager", AppFixture.MANAGER)
        .fill("password", AppFixture.PASSWORD)
        .fill("confirm", AppFixture.PASSWORD);

    switchTo(robot, Languages.POLISH, DisplayMode.LARGE_TEXT);
    Messages polish = Messages.forLocale(Languages.POLISH);
    assertEquals(polish.get("setup.heading"), ui.heading());
    assertEquals("TWL", ui.text("centreCode"));
    assertEquals(AppFixture.CENTRE_NAME, ui.text("centreName"));
    assertEquals(AppFixture.MANAGER, ui.text("manager"));
    assertEquals(AppFixture.PASSWORD, ui.text("password"));
    assertEquals(AppFixture.PASSWORD, ui.text("confirm"));
    assertEquals(polish.get("setup.strength.strong"), ui.text("strength"), "the hint in Polish");

    ui.click("create");
    assertEquals(polish.get("recovery.heading"), ui.heading());
    ui.click("stored");
    switchTo(robot, Languages.ENGLISH, DisplayMode.EASY_READ);
    assertTrue(ui.selected("stored"), "the tick is kept");
    ui.click("continue");
    assertEquals("What do you want to do?", ui.heading());
  }

  @Test
  void signInKeepsTheNameAndPasswordThroughSwitches(FxRobot robot) throws Exception {
    fixture = new AppFixture(temp.resolve("data")).withStore();
    robot.interact(() -> fixture.start(stage));
    Ui ui = Ui.fast(robot);
    ui.fill("user", AppFixture.VOLUNTEER).fill("password", AppFixture.PASSWORD);

    switchTo(robot, Languages.URDU, DisplayMode.EASY_READ_LARGE);
    assertEquals(Messages.forLocale(Languages.URDU).get("signin.heading"), ui.heading());
    assertEquals(AppFixture.VOLUNTEER, ui.text("user"));
    assertEquals(AppFixture.PASSWORD, ui.text("password"));

    switchTo(robot, Languages.ENGLISH, DisplayMode.STANDARD);
    assertEquals(AppFixture.VOLUNTEER, ui.text("user"));
    ui.click("sign-in");
    assertEquals("What do you want to do?", ui.heading());
  }
}
