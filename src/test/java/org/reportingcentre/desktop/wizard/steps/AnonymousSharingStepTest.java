package org.reportingcentre.desktop.wizard.steps;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.wizard.Answers;
import org.reportingcentre.desktop.wizard.SharingViewModel;
import org.reportingcentre.desktop.wizard.StepId;
import org.reportingcentre.desktop.wizard.StepViewTestBase;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;

/** The sharing page for an anonymous report: the police cannot have a name. */
@ScreenTest
class AnonymousSharingStepTest extends StepViewTestBase<SharingViewModel> {
  @Override
  protected StepId step() {
    return StepId.SHARING;
  }

  @Override
  protected Answers answers() {
    Answers a = new Answers();
    a.anonymous = true;
    return a;
  }

  @Test
  void withNameIsNotOffered(FxRobot robot) {
    assertFalse(ui(robot).showing("police-with-name"));
    assertTrue(ui(robot).showing("police-without-name"));
  }
}
