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
class HistoryStepTest extends StepViewTestBase<HistoryViewModel> {
  @Override
  protected StepId step() {
    return StepId.HISTORY;
  }

  @Test
  void asksWhoWasToldOnlyWhenSomeoneWas(FxRobot robot) {
    Ui ui = ui(robot);
    ui.click("reportedBefore-no");
    assertFalse(ui.showing("reportedTo"));
    ui.click("reportedBefore-yes");
    assertTrue(ui.showing("reportedTo"));
  }
}
