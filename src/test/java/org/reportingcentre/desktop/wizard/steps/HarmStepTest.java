package org.reportingcentre.desktop.wizard.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.wizard.*;
import org.reportingcentre.report.*;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;

@ScreenTest
class HarmStepTest extends StepViewTestBase<HarmViewModel> {
  @Override
  protected StepId step() {
    return StepId.HARM;
  }

  @Test
  void bothQuestionsOfferNotSure(FxRobot robot) {
    Ui ui = ui(robot);
    ui.click("injured-not-sure").click("damageOrLoss-yes");
    assertEquals(Answer.NOT_SURE, vm.injured.get());
    assertEquals(Answer.YES, vm.damageOrLoss.get());
  }
}
