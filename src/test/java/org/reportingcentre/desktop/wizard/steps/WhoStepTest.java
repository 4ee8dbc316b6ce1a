package org.reportingcentre.desktop.wizard.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.wizard.StepId;
import org.reportingcentre.desktop.wizard.StepViewTestBase;
import org.reportingcentre.desktop.wizard.WhoViewModel;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;

@ScreenTest
class WhoStepTest extends StepViewTestBase<WhoViewModel> {
  @Override
  protected StepId step() {
    return StepId.WHO;
  }

  @Test
  void theRelationshipIsAskedOnlyWhenReportingForSomeoneElse(FxRobot robot) {
    Ui ui = ui(robot);
    assertFalse(ui.showing("relationship"));
    ui.click("role-witness");
    assertFalse(ui.showing("relationship"));
    ui.click("role-on-behalf");
    assertTrue(ui.showing("relationship"));
    ui.type("relationship", "Carer");
    assertEquals(ReporterRole.ON_BEHALF, vm.role.get());
    assertEquals("Carer", vm.relationship.get());
    assertTrue(edits > 0, "every change counts as an edit, for saving");
  }
}
