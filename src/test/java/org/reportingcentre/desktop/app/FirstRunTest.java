package org.reportingcentre.desktop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** First run with no store: set-up, recovery key, then home; the store really exists after. */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {
  @TempDir Path temp;
  private AppFixture fixture;

  @Start
  void start(Stage stage) {
    fixture = new AppFixture(temp.resolve("data"));
    fixture.start(stage);
  }

  @Test
  void setsUpTheCentreShowsTheRecoveryKeyOnceAndGoesHomeOnlyWhenItIsStored(FxRobot robot)
      throws Exception {
    Ui ui = new Ui(robot);
    assertEquals("Set up this reporting centre", ui.heading());
    ui.fill("centreCode", "twl").fill("centreName", "Townsley Library").fill("manager", "amira");
    ui.type("password", "short");
    assertTrue(ui.text("strength").startsWith("Too short"), ui.text("strength"));
    ui.click("create");
    assertTrue(ui.title().startsWith("Error: "), ui.title());
    assertEquals("There is a problem", ui.text("error-summary-title"));
    assertTrue(ui.showing("error-centreCode"));
    assertTrue(ui.showing("error-password"));
    assertFalse(CentreStore.exists(fixture.folder), "nothing is made while there are errors");

    ui.fill("centreCode", "TWL")
        .fill("password", AppFixture.PASSWORD)
        .fill("confirm", AppFixture.PASSWORD);
    ui.click("create");
    assertEquals("Store the recovery key safely", ui.heading());
    String key = ui.text("recovery-key");
    assertTrue(key.matches("([A-Z0-9]{4}-){7}[A-Z0-9]{4}"), key);
    ui.click("print");
    assertEquals(1, fixture.printed.size());
    assertTrue(ui.text("print-result").contains("no printer"));
    ui.click("continue");
    assertTrue(ui.title().startsWith("Error: "));
    assertTrue(ui.showing("error-stored"));
    ui.click("stored").click("continue");
    assertEquals("What do you want to do?", ui.heading());
    assertTrue(CentreStore.exists(fixture.folder));

    ui.click("lock");
    assertEquals("Sign in", ui.heading());
    ui.fill("user", "amira").fill("password", AppFixture.PASSWORD).click("sign-in");
    assertEquals("What do you want to do?", ui.heading());
  }
}
