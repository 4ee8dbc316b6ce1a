package org.reportingcentre.desktop.wizard.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.wizard.*;
import org.reportingcentre.report.*;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;

@ScreenTest
class WhatStepTest extends StepViewTestBase<WhatViewModel> {
  @Override
  protected StepId step() {
    return StepId.WHAT;
  }

  @Test
  void everyTypeHasAPicture(FxRobot robot) {
    for (IncidentType type : IncidentType.values()) {
      var box = (javafx.scene.control.CheckBox) ui(robot).node("types-" + type.code());
      assertTrue(box.getGraphic() instanceof javafx.scene.image.ImageView, type.code());
    }
  }

  @Test
  void tickAllThatApplyAndSomethingElseAsksWhat(FxRobot robot) {
    Ui ui = ui(robot);
    assertEquals(
        IncidentType.values().length,
        robot.lookup("#types").queryParent().getChildrenUnmodifiable().size());
    ui.click("types-physical-attack").click("types-graffiti");
    assertFalse(ui.showing("otherType"));
    ui.click("types-other");
    assertTrue(ui.showing("otherType"));
    ui.click("types-graffiti");
    assertEquals(java.util.Set.of(IncidentType.PHYSICAL_ATTACK, IncidentType.OTHER), vm.types);
  }
}
