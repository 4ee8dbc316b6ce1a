package org.reportingcentre.desktop.wizard.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.wizard.*;
import org.reportingcentre.report.*;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;

@ScreenTest
class WitnessesStepTest extends StepViewTestBase<WitnessesViewModel> {
  @Override
  protected StepId step() {
    return StepId.WITNESSES;
  }

  @Test
  void witnessesAreAskedWhenSomeoneSawItAndRepeat(FxRobot robot) {
    Ui ui = ui(robot);
    assertFalse(ui.showing("witnessName-0"));
    ui.click("othersSaw-yes")
        .fill("witnessName-0", "Jo")
        .click("addWitness")
        .fill("witnessName-1", "Sam");
    Answers a = new Answers();
    vm.store(a);
    assertEquals(2, a.witnesses.size());
    assertEquals("Sam", a.witnesses.get(1).name);
  }
}
