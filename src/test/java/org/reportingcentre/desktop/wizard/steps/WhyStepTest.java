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
class WhyStepTest extends StepViewTestBase<WhyViewModel> {
  @Override
  protected StepId step() {
    return StepId.WHY;
  }

  @Test
  void offersEveryStrandAndAsksWhatElseForSomethingElse(FxRobot robot) {
    Ui ui = ui(robot);
    for (MotivationStrand strand : MotivationStrand.values()) {
      assertTrue(ui.exists("motivations-" + strand.code()), strand.code());
    }
    assertFalse(ui.showing("otherMotivation"));
    ui.click("motivations-other");
    assertTrue(ui.showing("otherMotivation"));
    assertTrue(ui.showing("hateIndicators"));
    assertTrue(ui.text("label-hateIndicators").endsWith("(optional)"));
  }
}
