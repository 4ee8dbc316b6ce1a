package org.reportingcentre.desktop.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes docs/screenshots/directory-*.png: the directory (top, and scrolled to its entries) and the
 * referral screens, at 1366 by 768. Only with -Dscreenshots=true.
 */
@ExtendWith(ApplicationExtension.class)
class DirectoryScreenshotsTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void writesTheDirectoryAndReferralScreens(FxRobot robot) throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("screenshots"));
    Path out = Path.of("docs/screenshots");
    Files.createDirectories(out);
    record Look(String name, DisplayMode mode, Locale locale) {}
    for (Look look :
        List.of(
            new Look("standard", DisplayMode.STANDARD, Languages.ENGLISH),
            new Look("easyread", DisplayMode.EASY_READ, Languages.ENGLISH),
            new Look("large", DisplayMode.LARGE_TEXT, Languages.ENGLISH),
            new Look("urdu", DisplayMode.STANDARD, Languages.URDU))) {
      AccessSettings settings = new AccessSettings(look.locale());
      settings.mode.set(look.mode());
      AuditHarness harness = new AuditHarness(robot, stage, settings);
      var screens = new Screens().all(settings.messages());
      for (String screen : List.of("directory", "referral", "referral-no-consent")) {
        harness.show(screens.get(screen));
        write(out.resolve("directory-" + screen + "-" + look.name() + ".png"));
        if (screen.equals("directory")) {
          robot.interact(
              () ->
                  stage.getScene().getRoot().lookupAll(".page-scroll").stream()
                      .filter(n -> n instanceof ScrollPane)
                      .forEach(n -> ((ScrollPane) n).setVvalue(0.45)));
          WaitForAsyncUtils.waitForFxEvents();
          write(out.resolve("directory-entries-" + look.name() + ".png"));
        }
      }
    }
  }

  private void write(Path file) throws IOException {
    ScreenshotsTest.shoot(stage, file);
  }
}
