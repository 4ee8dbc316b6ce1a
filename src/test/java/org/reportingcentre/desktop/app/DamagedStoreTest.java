package org.reportingcentre.desktop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.testing.Files2;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A damaged database file: a plain message at sign-in, and every file left as it was. */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class DamagedStoreTest {
  @TempDir Path temp;
  private AppFixture fixture;

  @Start
  void start(Stage stage) throws Exception {
    fixture = new AppFixture(temp.resolve("data")).withStore();
    Files.write(fixture.folder.resolve("centre.mv.db"), new byte[8192]);
    fixture.start(stage);
  }

  @Test
  void signingInToADamagedStoreSaysSoAndChangesNothing(FxRobot robot) throws Exception {
    var before = Files2.hashes(fixture.folder);
    Ui ui = new Ui(robot);
    ui.fill("user", "ben").fill("password", AppFixture.PASSWORD).click("sign-in");
    assertEquals("Sign in", ui.heading());
    assertTrue(ui.title().startsWith("Error: "), ui.title());
    assertTrue(ui.text("error-user").contains("Nothing was changed"), ui.text("error-user"));
    assertEquals(before, Files2.hashes(fixture.folder));
  }
}
