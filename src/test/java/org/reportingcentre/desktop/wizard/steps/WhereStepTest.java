package org.reportingcentre.desktop.wizard.steps;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.wizard.*;
import org.reportingcentre.report.*;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;

@ScreenTest
class WhereStepTest extends StepViewTestBase<WhereViewModel> {
  @Override
  protected StepId step() {
    return StepId.WHERE;
  }

  @Test
  void everyPlaceHasAPicture(FxRobot robot) {
    for (LocationType type : LocationType.values()) {
      var radio = (javafx.scene.control.RadioButton) ui(robot).node("locationType-" + type.code());
      assertTrue(radio.getGraphic() instanceof javafx.scene.image.ImageView, type.code());
    }
  }

  @Test
  void onlineAsksThePlatformAndNotTheAddress(FxRobot robot) {
    Ui ui = ui(robot);
    ui.click("locationType-street");
    assertTrue(ui.showing("address") && ui.showing("postcode") && ui.showing("area"));
    assertFalse(ui.showing("platform"));
    ui.click("locationType-online");
    assertTrue(ui.showing("platform"));
    assertFalse(ui.showing("address"));
    ui.click("locationType-other");
    assertTrue(ui.showing("otherPlace"));
  }
}
