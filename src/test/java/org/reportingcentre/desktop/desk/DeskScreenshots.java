package org.reportingcentre.desktop.desk;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.reportingcentre.desktop.access.AccessFrame;
import org.reportingcentre.desktop.access.AccessSettings;
import org.reportingcentre.desktop.access.DisplayMode;
import org.reportingcentre.desktop.access.Pictograms;
import org.reportingcentre.desktop.access.ProcessLauncher;
import org.reportingcentre.desktop.access.ReadAloud;
import org.reportingcentre.desktop.app.ReportingCentreApp;
import org.reportingcentre.desktop.common.Form;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes desk-*.png: the dashboard (the window as first seen, and further down at a chart),
 * statistics settings and the restore question, at 1366 by 768, in standard and large text. Run by
 * {@link org.reportingcentre.desktop.WriteScreenshots}.
 */
public final class DeskScreenshots {
  private final Stage stage;
  private final Path out;

  public DeskScreenshots(Stage stage, Path out) {
    this.stage = stage;
    this.out = out;
  }

  public void writesTheDeskScreens(FxRobot robot) throws IOException {
    record Shot(String name, DisplayMode mode, Function<Form, Node> screen, double scrolled) {}
    List<Shot> shots =
        List.of(
            new Shot("dashboard", DisplayMode.STANDARD, f -> DeskScreens.dashboard(f).root(), 0),
            new Shot(
                "dashboard-strands",
                DisplayMode.STANDARD,
                f -> DeskScreens.dashboard(f).root(),
                0.12),
            new Shot(
                "dashboard-months",
                DisplayMode.STANDARD,
                f -> DeskScreens.dashboard(f).root(),
                0.62),
            new Shot(
                "dashboard-large",
                DisplayMode.LARGE_TEXT,
                f -> DeskScreens.dashboard(f).root(),
                0.1),
            new Shot(
                "restore-confirm",
                DisplayMode.STANDARD,
                f -> DeskScreens.backup(f, true).root(),
                1),
            new Shot(
                "settings",
                DisplayMode.LARGE_TEXT,
                f -> DeskScreens.all(f.text()).get("desk-settings").get(),
                0));
    for (Shot shot : shots) {
      AccessSettings settings = new AccessSettings(Locale.UK);
      settings.mode.set(shot.mode());
      AccessFrame frame =
          new AccessFrame(
              settings,
              new ReadAloud(Optional.empty(), ProcessLauncher.system(), Runnable::run, e -> {}),
              new Pictograms());
      robot.interact(
          () -> {
            Scene scene = new Scene(frame.root(), 1366, 768);
            scene
                .getStylesheets()
                .add(
                    ReportingCentreApp.class
                        .getResource(ReportingCentreApp.STYLESHEET)
                        .toExternalForm());
            stage.setFullScreen(false);
            stage.setScene(scene);
            stage.sizeToScene();
            stage.show();
            frame.setContent(shot.screen().apply(new Form(settings.messages())));
          });
      WaitForAsyncUtils.waitForFxEvents();
      robot.interact(
          () ->
              stage
                  .getScene()
                  .getRoot()
                  .lookupAll(".page-scroll")
                  .forEach(n -> ((ScrollPane) n).setVvalue(shot.scrolled())));
      WaitForAsyncUtils.waitForFxEvents();
      WritableImage image =
          WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.getScene().snapshot(null));
      Path file = out.resolve("desk-" + shot.name() + ".png");
      ImageIO.write(toBuffered(image), "png", file.toFile());
      if (Files.size(file) <= 1000) {
        throw new IllegalStateException("Nothing drawn in " + file);
      }
    }
  }

  private static BufferedImage toBuffered(WritableImage image) {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    var reader = image.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        png.setRGB(x, y, reader.getArgb(x, y));
      }
    }
    return png;
  }
}
