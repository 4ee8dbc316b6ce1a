package org.reportingcentre.desktop.access;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * Writes report-correcting-*.png: the correction form on a report's page, scrolled to who is
 * reporting and to the strands, at 1366 by 768, in standard, large text and Urdu.
 */
public final class CorrectionScreenshots {
  private final Stage stage;
  private final Path out;

  public CorrectionScreenshots(Stage stage, Path out) {
    this.stage = stage;
    this.out = out;
  }

  public void writesTheCorrectionForm(FxRobot robot) throws IOException {
    record Look(String name, DisplayMode mode, Locale locale) {}
    for (Look look :
        List.of(
            new Look("standard", DisplayMode.STANDARD, Languages.ENGLISH),
            new Look("large", DisplayMode.LARGE_TEXT, Languages.ENGLISH),
            new Look("urdu", DisplayMode.STANDARD, Languages.URDU))) {
      AccessSettings settings = new AccessSettings(look.locale());
      settings.mode.set(look.mode());
      AuditHarness harness = new AuditHarness(robot, stage, settings);
      harness.show(new Screens().all(settings.messages()).get("report-correcting"));
      for (String part : List.of("role", "motivations")) {
        robot.interact(() -> scrollTo(part));
        Path file = out.resolve("report-correcting-" + part + "-" + look.name() + ".png");
        AccessScreenshots.shoot(stage, file);
      }
    }
  }

  /** Scrolls the page so the question's group is near the top. */
  private void scrollTo(String id) {
    ScrollPane scroll = (ScrollPane) stage.getScene().lookup(".page-scroll");
    Node group = stage.getScene().lookup("#group-" + id);
    Node content = scroll.getContent();
    double y = content.sceneToLocal(group.localToScene(0, 0)).getY();
    double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
    scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / room)));
  }
}
