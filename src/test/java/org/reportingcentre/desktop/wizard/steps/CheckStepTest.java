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
class CheckStepTest extends StepViewTestBase<CheckViewModel> {
  @Override
  protected StepId step() {
    return StepId.CHECK;
  }

  @Override
  protected Answers answers() {
    Answers a = new Answers();
    a.role = ReporterRole.VICTIM;
    a.anonymous = false;
    a.description = "It happened.";
    return a;
  }

  @Test
  void everyAnswerHasAChangeLinkAndMissingOnesReadNotProvided(FxRobot robot) {
    Ui ui = ui(robot);
    assertEquals("It happened.", ui.text("answer-description"));
    assertEquals("Not provided", ui.text("answer-victim-name"));
    assertEquals("Not provided", ui.text("answer-hate-indicators"));
    assertTrue(
        ui.exists("change-description")
            && ui.exists("change-victim-name")
            && ui.exists("change-contact-back"));
    StepId[] chosen = new StepId[1];
    vm.setOnChange(s -> chosen[0] = s);
    ui.click("change-victim-name");
    assertEquals(StepId.ABOUT_YOU, chosen[0]);
  }
}
