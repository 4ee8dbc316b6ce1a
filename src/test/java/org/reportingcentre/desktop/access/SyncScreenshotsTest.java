package org.reportingcentre.desktop.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Writes docs/screenshots/sync-*.png (home with news, enrol, Send now) at 1366 by 768, standard and
 * large text. Only with -Dscreenshots=true, so an ordinary build never rewrites the docs.
 */
@ExtendWith(ApplicationExtension.class)
class SyncScreenshotsTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void writesTheSyncScreens(FxRobot robot) throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("screenshots"));
    Path out = Path.of("docs/screenshots");
    Files.createDirectories(out);
    for (Map.Entry<String, DisplayMode> look :
        Map.of("", DisplayMode.STANDARD, "-large", DisplayMode.LARGE_TEXT).entrySet()) {
      AccessSettings settings = new AccessSettings(Languages.ENGLISH);
      settings.mode.set(look.getValue());
      AuditHarness harness = new AuditHarness(robot, stage, settings);
      var screens = new Screens().all(settings.messages());
      for (String name : new String[] {"home-sync", "enrol", "send-now"}) {
        harness.show(screens.get(name));
        Path file = out.resolve("sync-" + name.replace("-sync", "") + look.getKey() + ".png");
        ScreenshotsTest.shoot(stage, file);
      }
    }
  }
}
