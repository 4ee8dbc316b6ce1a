package org.reportingcentre.desktop.access;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes directory-*.png: the directory (top, and scrolled to its entries) and the referral
 * screens, at 1366 by 768.
 */
public final class DirectoryScreenshots {
  private final Stage stage;
  private final Path out;

  public DirectoryScreenshots(Stage stage, Path out) {
    this.stage = stage;
    this.out = out;
  }

  public void writesTheDirectoryAndReferralScreens(FxRobot robot) throws IOException {
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
    AccessScreenshots.shoot(stage, file);
  }
}
