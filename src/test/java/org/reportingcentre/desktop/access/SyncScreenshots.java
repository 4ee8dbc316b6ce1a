package org.reportingcentre.desktop.access;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** Writes sync-*.png (home with news, enrol, Send now) at 1366 by 768, standard and large text. */
public final class SyncScreenshots {
  private final Stage stage;
  private final Path out;

  public SyncScreenshots(Stage stage, Path out) {
    this.stage = stage;
    this.out = out;
  }

  public void writesTheSyncScreens(FxRobot robot) throws IOException {
    for (Map.Entry<String, DisplayMode> look :
        Map.of("", DisplayMode.STANDARD, "-large", DisplayMode.LARGE_TEXT).entrySet()) {
      AccessSettings settings = new AccessSettings(Languages.ENGLISH);
      settings.mode.set(look.getValue());
      AuditHarness harness = new AuditHarness(robot, stage, settings);
      var screens = new Screens().all(settings.messages());
      for (String name : new String[] {"home-sync", "enrol", "send-now"}) {
        harness.show(screens.get(name));
        Path file = out.resolve("sync-" + name.replace("-sync", "") + look.getKey() + ".png");
        AccessScreenshots.shoot(stage, file);
      }
    }
  }
}
