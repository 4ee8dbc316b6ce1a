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
class ContactStepTest extends StepViewTestBase<ContactViewModel> {
  @Override
  protected StepId step() {
    return StepId.CONTACT;
  }

  @Test
  void howAndWhenAreAskedOnlyWhenContactIsWanted(FxRobot robot) {
    Ui ui = ui(robot);
    ui.click("contactBack-no");
    assertFalse(ui.showing("method-phone"));
    ui.click("contactBack-yes");
    assertTrue(
        ui.showing("method-phone")
            && ui.showing("safeTimes")
            && ui.showing("safeToLeaveMessage-no")
            && ui.showing("trustedPerson"));
  }
}
