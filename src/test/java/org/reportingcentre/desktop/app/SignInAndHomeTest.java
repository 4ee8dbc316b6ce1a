package org.reportingcentre.desktop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.centre.DraftService;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.report.Reference;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.testing.ScreenTest;
import org.reportingcentre.testing.TestReports;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Signing in, the home screen, continuing a draft, finding a report, locking. */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class SignInAndHomeTest {
  @TempDir static Path temp;
  private static AppFixture shared;
  private static Reference stored;
  private AppFixture fixture;
  private final List<Node> focusHistory = new ArrayList<>();

  @BeforeAll
  static void makeStore() throws Exception {
    shared = new AppFixture(temp.resolve("data")).withStore();
    try (CentreStore store = shared.open(AppFixture.MANAGER)) {
      stored = CentreServices.on(store).reports().nextReference();
      CentreServices.on(store)
          .reports()
          .save(TestReports.report(stored, "A private account of what happened"));
      new DraftService(store.drafts(), store.session(), shared.clock.withZone(null))
          .save(UUID.randomUUID(), "WHO", "{}");
    }
  }

  @Start
  void start(Stage stage) {
    fixture = new AppFixture(shared.folder);
    fixture.clock.advance(Duration.ofDays(10));
    fixture.start(stage);
    stage.getScene().focusOwnerProperty().addListener((o, old, now) -> focusHistory.add(now));
  }

  private Ui signIn(FxRobot robot, String user) {
    Ui ui = Ui.fast(robot);
    ui.fill("user", user).fill("password", AppFixture.PASSWORD).click("sign-in");
    assertEquals("What do you want to do?", ui.heading());
    return ui;
  }

  @Test
  void theWindowOpensWithTheUserNameFieldFocusedAndNothingInTheDisplayBarFocusedOnTheWay(
      FxRobot robot) {
    Ui ui = new Ui(robot);
    assertEquals("user", ui.focused().getId());
    Node bar = ui.node("display-bar");
    for (Node owner : focusHistory) {
      for (Node n = owner; n != null; n = n.getParent()) {
        assertNotSame(bar, n, "focus went to " + owner + " in the display bar first");
      }
    }
  }

  @Test
  void aWrongPasswordSaysSoInTheErrorSummaryAndOpensNothing(FxRobot robot) {
    Ui ui = new Ui(robot);
    ui.fill("user", "ben").type("password", "not the password").click("sign-in");
    assertEquals("Sign in", ui.heading());
    assertTrue(ui.title().startsWith("Error: Sign in"), ui.title());
    assertSame(ui.node("error-summary"), ui.focused());
    assertEquals(
        "The user name or password is not right. Check them and try again.",
        ui.text("error-password"));
    assertEquals("", ui.text("password"), "the password is not kept");
  }

  @Test
  void continueAReportOpensMyDraftAtItsQuestionWithItsAnswers(FxRobot robot) {
    Ui ui = signIn(robot, AppFixture.VOLUNTEER);
    assertFalse(ui.exists("resume-0"), "the manager's draft is not shown to a volunteer");
    ui.click("start").next().click("role-on-behalf").fill("relationship", "Neighbour").next();
    ui.click("anonymous-no").click("save-exit");
    assertEquals("What do you want to do?", ui.heading());
    ui.click("resume-0");
    assertEquals("Do you want to stay anonymous?", ui.heading());
    assertTrue(ui.selected("anonymous-no"));
    ui.click("back");
    assertTrue(ui.selected("role-on-behalf"));
    assertEquals("Neighbour", ui.text("relationship"));
  }

  @Test
  void findAReportShowsAVolunteerItsStatusOnly(FxRobot robot) {
    Ui ui = signIn(robot, AppFixture.VOLUNTEER);
    ui.fill("find-reference", stored.toString().toLowerCase()).click("find");
    String result = ui.text("find-result");
    assertTrue(result.startsWith("Report " + stored + ": stored at the centre"), result);
    assertFalse(
        robot
            .lookup(
                n ->
                    n instanceof javafx.scene.control.Labeled l
                        && l.getText().contains("private account"))
            .tryQuery()
            .isPresent());
    ui.fill("find-reference", "TWL-22222").click("find");
    assertTrue(ui.title().startsWith("Error: "));
    assertTrue(ui.text("error-find-reference").startsWith("A reference looks like"));
  }

  @Test
  void findByDateListsThatDaysReportsWithStatusOnly(FxRobot robot) {
    Ui ui = signIn(robot, AppFixture.VOLUNTEER);
    ui.fill("find-reference", "2/3/2026").click("find");
    String result = ui.text("find-result");
    assertTrue(result.startsWith("Reports finished on 2 March 2026:"), result);
    assertTrue(result.contains(stored.toString()), result);
    ui.fill("find-reference", "3/3/2026").click("find");
    assertEquals("No reports were finished on 3 March 2026.", ui.text("error-find-reference"));
  }

  @Test
  void aManagerSeesAbandonedDraftsAndCanDeleteThem(FxRobot robot) throws Exception {
    Ui ui = signIn(robot, AppFixture.MANAGER);
    assertTrue(ui.text("delete-0").startsWith("Delete the unfinished report by amira"));
    ui.click("delete-0");
    assertFalse(ui.exists("delete-0"));
  }

  @Test
  void lockGoesBackToSignIn(FxRobot robot) {
    Ui ui = signIn(robot, AppFixture.VOLUNTEER);
    ui.click("lock");
    assertEquals("Sign in", ui.heading());
    assertEquals("", ui.text("password"));
  }
}
