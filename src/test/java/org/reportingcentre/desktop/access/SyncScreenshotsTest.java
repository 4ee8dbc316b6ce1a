package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
        WritableImage image =
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.getScene().snapshot(null));
        Path file = out.resolve("sync-" + name.replace("-sync", "") + look.getKey() + ".png");
        ImageIO.write(toBuffered(image), "png", file.toFile());
        assertTrue(Files.size(file) > 1000);
      }
    }
  }

  private static BufferedImage toBuffered(WritableImage image) {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader reader = image.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        png.setRGB(x, y, reader.getArgb(x, y));
      }
    }
    return png;
  }
}
