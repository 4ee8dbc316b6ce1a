package org.reportingcentre.desktop.wizard.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.wizard.*;
import org.reportingcentre.report.*;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;

@ScreenTest
class DescriptionStepTest extends StepViewTestBase<DescriptionViewModel> {
  @Override
  protected StepId step() {
    return StepId.DESCRIPTION;
  }

  @Override
  protected Answers answers() {
    Answers a = new Answers();
    a.description = "Earlier words";
    return a;
  }

  @Test
  void showsTheSavedWordsAndTakesTyping(FxRobot robot) {
    Ui ui = ui(robot);
    assertEquals("Earlier words", ui.text("description"));
    ui.type("description", " more");
    assertEquals("Earlier words more", vm.description.get());
  }
}
