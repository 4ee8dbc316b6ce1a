package org.reportingcentre.desktop.access;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * Writes reports-*.png: the report list (manager and volunteer) and a report's page before sending
 * and after the SPOC's receipt, at 1366 by 768, in standard, large text and Urdu.
 */
public final class ReportsScreenshots {
  private final Stage stage;
  private final Path out;

  public ReportsScreenshots(Stage stage, Path out) {
    this.stage = stage;
    this.out = out;
  }

  public void writesTheReportScreens(FxRobot robot) throws IOException {
    record Look(String name, DisplayMode mode, Locale locale) {}
    for (Look look :
        List.of(
            new Look("standard", DisplayMode.STANDARD, Languages.ENGLISH),
            new Look("large", DisplayMode.LARGE_TEXT, Languages.ENGLISH),
            new Look("urdu", DisplayMode.STANDARD, Languages.URDU))) {
      AccessSettings settings = new AccessSettings(look.locale());
      settings.mode.set(look.mode());
      AuditHarness harness = new AuditHarness(robot, stage, settings);
      var screens = new Screens().all(settings.messages());
      for (String name :
          List.of(
              "reports-list", "reports-list-volunteer", "report-page", "report-page-received")) {
        harness.show(screens.get(name));
        Path file = out.resolve(name.replace("report-", "reports-") + "-" + look.name() + ".png");
        AccessScreenshots.shoot(stage, file);
        if (name.startsWith("report-page")) {
          // Further down: the answers (and what the purge removed), corrections, audit trail.
          robot.interact(
              () ->
                  ((javafx.scene.control.ScrollPane) stage.getScene().lookup(".page-scroll"))
                      .setVvalue(0.55));
          Path below =
              out.resolve(name.replace("report-", "reports-") + "-lower-" + look.name() + ".png");
          AccessScreenshots.shoot(stage, below);
        }
      }
    }
  }
}
