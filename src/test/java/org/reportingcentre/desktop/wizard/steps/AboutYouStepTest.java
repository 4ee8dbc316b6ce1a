package org.reportingcentre.desktop.wizard.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.access.Wording;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.wizard.*;
import org.reportingcentre.report.*;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;

@ScreenTest
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

  private static final List<String> QUESTIONS =
      List.of(
          "ageBand",
          "gender",
          "transHistory",
          "ethnicity",
          "religion",
          "sexualOrientation",
          "disability");

  @Test
  void reportingForSomeoneElseAsksAboutThemNotAboutYou(FxRobot robot) {
    Ui ui = ui(robot);
    robot.interact(() -> vm.role.set(ReporterRole.ON_BEHALF));
    assertEquals("About the person it happened to", ui.heading());
    assertEquals("Do they have a disability? (optional)", ui.text("label-disability"));
    assertEquals(
        "Do they have a disability? (optional)", ui.node("disability").getAccessibleText());
    assertEquals(
        "Do they have a disability? (optional)",
        ui.node("disability-prefer-not-to-say").getAccessibleHelp());
    robot.interact(() -> vm.role.set(ReporterRole.VICTIM));
    assertEquals("About you", ui.heading());
    assertEquals("Do you have a disability? (optional)", ui.text("label-disability"));
  }

  @Test
  void everyLanguageAndEasyReadHaveWordsForSomeoneElse(FxRobot robot) {
    for (Locale locale :
        List.of(Locale.UK, Locale.forLanguageTag("pl"), Locale.forLanguageTag("ur"))) {
      for (boolean easyRead : new boolean[] {false, true}) {
        Messages words = Wording.messages(locale, easyRead);
        String where = locale + (easyRead ? " easy read" : "");
        AboutYouViewModel model = new AboutYouViewModel(words);
        Answers onBehalf = new Answers();
        onBehalf.role = ReporterRole.ON_BEHALF;
        model.load(onBehalf);
        javafx.scene.Parent[] built = new javafx.scene.Parent[1];
        robot.interact(
            () -> built[0] = (javafx.scene.Parent) new AboutYouView(new Form(words), model).root());
        javafx.scene.Parent root = built[0];
        String heading = ((javafx.scene.control.Label) root.lookup("#heading")).getText();
        assertEquals(words.get("about.heading.onBehalf"), heading, where);
        assertTrue(!heading.equals(words.get("about.heading")), where);
        for (String id : List.of("transHistory", "disability")) {
          String label = ((javafx.scene.control.Label) root.lookup("#label-" + id)).getText();
          assertTrue(label.startsWith(words.get("about." + id + ".onBehalf")), where + " " + id);
          assertTrue(!label.startsWith(words.get("about." + id)), where + " " + id);
        }
      }
    }
    Messages easy = Wording.messages(Locale.UK, true);
    for (String id : QUESTIONS) {
      assertTrue(easy.has("about." + id + ".onBehalf"), "easy read asks about " + id);
    }
  }
}
