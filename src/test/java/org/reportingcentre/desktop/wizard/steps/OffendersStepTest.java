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
class OffendersStepTest extends StepViewTestBase<OffendersViewModel> {
  @Override
  protected StepId step() {
    return StepId.OFFENDERS;
  }

  @Test
  void noDetailsAreAskedWhenThePersonDoesNotKnowWhoDidIt(FxRobot robot) {
    Ui ui = ui(robot);
    ui.click("canDescribe-no");
    assertFalse(ui.showing("count"));
    assertFalse(ui.showing("description-0"));
    ui.click("canDescribe-yes");
    assertTrue(ui.showing("count") && ui.showing("known-not-sure") && ui.showing("description-0"));
  }

  @Test
  void descriptionsRepeat(FxRobot robot) {
    Ui ui = ui(robot);
    ui.click("canDescribe-yes").fill("description-0", "Tall").click("addDescription");
    ui.fill("description-1", "Short");
    assertEquals("Describe person 2 (optional)", ui.text("label-description-1"));
    ui.click("removeDescription-0");
    assertEquals(1, vm.descriptions.size());
    assertEquals("Short", ui.text("description-0"));
  }
}
