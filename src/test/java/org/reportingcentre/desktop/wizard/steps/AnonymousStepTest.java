package org.reportingcentre.desktop.wizard.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.wizard.*;
import org.reportingcentre.report.*;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;

@ScreenTest
class AnonymousStepTest extends StepViewTestBase<AnonymousViewModel> {
  @Override
  protected StepId step() {
    return StepId.ANONYMOUS;
  }

  @Test
  void warnsThatDetailsCanIdentifyAndRecordsTheChoice(FxRobot robot) {
    assertTrue(
        robot.lookup(".warning").queryLabeled().getText().contains("can still show who you are"));
    ui(robot).click("anonymous-yes");
    assertEquals(Answer.YES, vm.anonymous.get());
    Answers a = new Answers();
    vm.store(a);
    assertTrue(a.isAnonymous());
  }
}
