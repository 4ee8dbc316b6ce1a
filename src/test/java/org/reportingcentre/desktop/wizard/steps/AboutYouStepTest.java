package org.reportingcentre.desktop.wizard.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.wizard.*;
import org.reportingcentre.report.*;
import org.testfx.api.FxRobot;

class AboutYouStepTest extends StepViewTestBase<AboutYouViewModel> {
  @Override
  protected StepId step() {
    return StepId.ABOUT_YOU;
  }

  @Test
  void everyQuestionIsOptionalAndEveryListHasPreferNotToSay(FxRobot robot) {
    Ui ui = ui(robot);
    for (String id :
        new String[] {
          "name",
          "phone",
          "email",
          "homeAddress",
          "homePostcode",
          "ageBand",
          "gender",
          "transHistory",
          "ethnicity",
          "religion",
          "sexualOrientation",
          "disability"
        }) {
      assertTrue(ui.text("label-" + id).endsWith("(optional)"), id);
    }
    for (String id :
        new String[] {
          "ageBand",
          "gender",
          "transHistory",
          "ethnicity",
          "religion",
          "sexualOrientation",
          "disability"
        }) {
      assertTrue(ui.exists(id + "-prefer-not-to-say"), id);
    }
    ui.click("religion-prefer-not-to-say");
    assertEquals(Religion.PREFER_NOT_TO_SAY, vm.religion.get());
  }
}
