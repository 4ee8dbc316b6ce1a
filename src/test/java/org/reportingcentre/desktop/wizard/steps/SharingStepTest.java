package org.reportingcentre.desktop.wizard.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.wizard.*;
import org.reportingcentre.report.*;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;

@ScreenTest
class SharingStepTest extends StepViewTestBase<SharingViewModel> {
  @Override
  protected StepId step() {
    return StepId.SHARING;
  }

  @Test
  void eachPurposeIsItsOwnQuestion(FxRobot robot) {
    Ui ui = ui(robot);
    ui.click("police-without-name").click("victimSupport-yes").click("otherServices-no");
    assertEquals(PoliceSharing.WITHOUT_NAME, vm.police.get());
    assertEquals(Answer.YES, vm.victimSupport.get());
    assertEquals(Answer.NO, vm.otherServices.get());
    assertTrue(ui.showing("police-with-name"), "with name is offered when not anonymous");
  }
}
