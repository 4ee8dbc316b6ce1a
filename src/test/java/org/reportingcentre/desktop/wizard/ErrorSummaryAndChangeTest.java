package org.reportingcentre.desktop.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.testing.WizardFixture;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.PoliceSharing;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wizard frame: the error pattern, and Change from check-your-answers and back. */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class ErrorSummaryAndChangeTest {
  private WizardFixture f;

  @Start
  void start(Stage stage) {
    f = new WizardFixture();
    f.show(stage);
  }

  @Test
  void aProblemShowsTheSummaryWithFocusErrorTitleAndTheFieldsOwnMessage(FxRobot robot) {
    Ui ui = new Ui(robot);
    ui.next();
    ui.click("role-on-behalf").next();
    assertEquals("Who is reporting?", ui.heading(), "stays on the page");
    assertTrue(ui.selected("role-on-behalf"), "the answer stays");
    assertTrue(ui.title().startsWith("Error: Who is reporting?"), ui.title());
    assertEquals("There is a problem", ui.text("error-summary-title"));
    assertSame(ui.node("error-summary"), ui.focused(), "the summary takes focus");
    assertTrue(ui.showing("error-relationship"));
    assertEquals(
        "Enter who the person is to you, for example a friend or a carer",
        ui.text("error-relationship"));

    ui.click("error-link-relationship");
    assertSame(ui.node("relationship"), ui.focused(), "the link moves focus to its field");

    ui.type("relationship", "Friend").next();
    assertEquals("Do you want to stay anonymous?", ui.heading());
    assertFalse(ui.title().startsWith("Error"), ui.title());
    assertFalse(ui.showing("error-summary"));
  }

  @Test
  void aPersonCanAnswerAndContinueWithTheKeyboardAlone(FxRobot robot) {
    Ui ui = new Ui(robot);
    robot.push(javafx.scene.input.KeyCode.ENTER);
    assertEquals("Who is reporting?", ui.heading(), "Enter is Continue");
    assertSame(ui.node("heading"), ui.focused(), "focus moves to the new question");
    java.util.List<String> path = new java.util.ArrayList<>();
    for (int i = 0;
        i < 10 && !"role-witness".equals(path.isEmpty() ? "" : path.get(path.size() - 1));
        i++) {
      robot.push(javafx.scene.input.KeyCode.TAB);
      path.add(ui.focused() == null ? "" : ui.focused().getId());
    }
    assertEquals(
        java.util.List.of("role-victim", "role-witness"),
        path,
        "the new page starts at its question, then reading order");
    robot.push(javafx.scene.input.KeyCode.SPACE);
    assertTrue(ui.selected("role-witness"), "Space chooses");
    robot.push(javafx.scene.input.KeyCode.ENTER);
    assertEquals("Do you want to stay anonymous?", ui.heading());
    assertEquals(ReporterRole.WITNESS, f.vm.answers().role);
  }

  @Test
  void errorsAreCheckedOnContinueOnly(FxRobot robot) {
    Ui ui = new Ui(robot);
    ui.next();
    ui.click("role-on-behalf");
    assertFalse(ui.showing("error-summary"), "choosing does not show errors");
    ui.next();
    assertTrue(ui.showing("error-summary"));
    ui.click("role-victim");
    assertTrue(ui.showing("error-summary"), "errors stay until the next Continue");
  }

  @Test
  void changeReturnsToTheQuestionWithTheAnswerAndComesBack(FxRobot robot) {
    Answers a = f.vm.answers();
    a.role = ReporterRole.VICTIM;
    a.anonymous = true;
    a.types.add(IncidentType.ARSON);
    a.description = "Someone set fire to our bin.";
    a.motivations.add(MotivationStrand.RACE);
    a.whenChoice = "today";
    a.locationType = LocationType.HOME;
    a.injured = Answer.NO;
    a.damageOrLoss = Answer.YES;
    a.canDescribeOffenders = Answer.NO;
    a.othersSaw = Answer.NO;
    a.happenedBefore = Answer.NO;
    a.reportedBefore = Answer.NO;
    a.police = PoliceSharing.WITHOUT_NAME;
    a.victimSupport = Answer.NO;
    a.otherServices = Answer.NO;
    robot.interact(() -> f.vm.change(StepId.CHECK));
    Ui ui = new Ui(robot);
    assertEquals("Check your answers before sending your report", ui.heading());
    assertEquals("Someone set fire to our bin.", ui.text("answer-description"));
    assertEquals("Not provided", ui.text("answer-hate-indicators"));

    ui.click("change-description");
    assertEquals("Tell us what happened, in your own words", ui.heading());
    assertEquals("Someone set fire to our bin.", ui.text("description"), "the answer is filled in");
    ui.fill("description", "Someone set fire to our wheelie bin at night.").next();
    assertEquals("Check your answers before sending your report", ui.heading(), "back to check");
    assertEquals("Someone set fire to our wheelie bin at night.", ui.text("answer-description"));

    ui.click("change-reporter-role").click("back");
    assertEquals("Check your answers before sending your report", ui.heading(), "Back returns too");
  }
}
