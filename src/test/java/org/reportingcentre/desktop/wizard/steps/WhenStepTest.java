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
class WhenStepTest extends StepViewTestBase<WhenViewModel> {
  @Override
  protected StepId step() {
    return StepId.WHEN;
  }

  @Test
  void aDateIsAskedOnlyWhenThePersonKnowsIt(FxRobot robot) {
    Ui ui = ui(robot);
    assertFalse(ui.showing("day"));
    ui.click("when-date");
    assertTrue(ui.showing("day") && ui.showing("month") && ui.showing("year"));
    ui.type("day", "3");
    assertEquals("3", vm.day.get());
    ui.click("when-not-sure");
    assertFalse(ui.showing("day"));
    assertTrue(ui.text("label-time").endsWith("(optional)"));
    assertTrue(ui.exists("stillHappening-not-sure"), "I'm not sure is offered");
  }
}
