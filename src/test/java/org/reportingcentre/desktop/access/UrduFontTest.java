package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The app draws Urdu in its bundled font, which has every Urdu letter, as soon as Urdu is chosen.
 * (The font is read at start, on a second thread: read only when Urdu was chosen, after English
 * words had been drawn, some Urdu letters came out as boxes although the font was named; see
 * docs/screenshots/start-*-urdu*.png.)
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class UrduFontTest {
  @TempDir Path temp;
  private AppFixture fixture;

  @Start
  void start(Stage stage) throws Exception {
    fixture = new AppFixture(temp.resolve("data"));
    fixture.start(stage);
  }

  @Test
  void choosingUrduDrawsTheScreenInTheBundledArabicScriptFont(FxRobot robot) {
    Ui ui = Ui.fast(robot);
    robot.interact(() -> fixture.app.access().locale.set(Languages.URDU));
    String family =
        ui.call(
            () -> {
              Labeled heading = (Labeled) ui.node("create").getScene().lookup(".heading");
              heading.applyCss();
              return heading.getFont().getFamily();
            });
    assertEquals("Noto Sans Arabic", family);
  }
}
