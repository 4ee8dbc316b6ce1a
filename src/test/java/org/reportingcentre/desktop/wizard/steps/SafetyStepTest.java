package org.reportingcentre.desktop.wizard.steps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.wizard.*;
import org.reportingcentre.report.*;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;

@ScreenTest
class SafetyStepTest extends StepViewTestBase<SafetyViewModel> {
  @Override
  protected StepId step() {
    return StepId.SAFETY;
  }

  @Test
  void tellsThePersonToCall999FirstAndAsksNothing(FxRobot robot) {
    assertTrue(robot.lookup(".warning").queryLabeled().getText().contains("call 999"));
    assertTrue(controls(page, true).isEmpty());
  }
}
