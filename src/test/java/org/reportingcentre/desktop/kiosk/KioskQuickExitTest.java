package org.reportingcentre.desktop.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.access.DisplayMode;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Leave quickly, by the button and by pressing Shift three times within 5 seconds. */
@ScreenTest
class KioskQuickExitTest extends KioskTestBase {
  @Start
  void start(Stage stage) {
    openKiosk(stage);
  }

  private static final String WORDS = "They wrote slurs on my front door.";

  private Ui describing(FxRobot robot) {
    Ui ui = fixture.signIn(robot);
    ui.click("mode-easy-read");
    ui.click("start-report").next();
    ui.click("role-victim").next().next();
    ui.click("types-graffiti").next();
    ui.fill("description", WORDS).next();
    assertTrue(ui.call(() -> fixture.kiosk().session().currentDraft()).isPresent());
    return ui;
  }

  private void assertNeutralAndWiped(FxRobot robot, Ui ui) throws Exception {
    assertEquals("Public computer", ui.heading());
    assertEquals("Public computer", ui.title(), "the window title is neutral too");
    List<String> shown = KioskFixture.texts(fixture.stage.getScene().getRoot());
    for (String text : shown) {
      String lower = text.toLowerCase(Locale.UK);
      assertFalse(lower.contains("hate") || lower.contains("report"), "neutral page says: " + text);
    }
    assertFalse(shown.contains(WORDS));
    assertFalse(ui.showing("leave-quickly"));
    assertNull(fixture.kiosk().visit.get());
    assertEquals(DisplayMode.STANDARD, fixture.kiosk().mode.get());

    ui.click("neutral-start");
    assertEquals("Report a hate incident or hate crime", ui.heading());
    fixture.staffLeave(robot, ui);
    try (CentreStore store = fixture.openAsManager()) {
      assertEquals(List.of(), store.drafts().all(), "the draft is gone from the store");
    }
  }

  @Test
  void theLeaveQuicklyButtonReplacesTheScreenAndWipesEverything(FxRobot robot) throws Exception {
    Ui ui = describing(robot);
    assertTrue(ui.showing("leave-quickly"), "at the top of every page");
    new Ui(robot).click("leave-quickly");
    assertNeutralAndWiped(robot, ui);
  }

  @Test
  void leaveQuicklyStillWorksWhileTheWarningShows(FxRobot robot) throws Exception {
    Ui ui = describing(robot);
    fixture.advance(robot, Duration.ofMinutes(10));
    assertTrue(ui.showing("kiosk-warning"));
    new Ui(robot).click("leave-quickly");
    assertFalse(ui.showing("kiosk-warning"));
    assertNeutralAndWiped(robot, ui);
  }

  @Test
  void shiftThreeTimesWithinFiveSecondsLeavesQuickly(FxRobot robot) throws Exception {
    Ui ui = describing(robot);
    robot.type(KeyCode.SHIFT);
    fixture.advance(robot, Duration.ofSeconds(2));
    robot.type(KeyCode.SHIFT);
    fixture.advance(robot, Duration.ofSeconds(3));
    robot.type(KeyCode.SHIFT);
    assertNeutralAndWiped(robot, ui);
  }

  @Test
  void twoShiftPressesDoNothing(FxRobot robot) {
    Ui ui = describing(robot);
    String heading = ui.heading();
    robot.type(KeyCode.SHIFT);
    robot.type(KeyCode.SHIFT);
    assertEquals(heading, ui.heading());
    assertTrue(ui.call(() -> fixture.kiosk().visit.get()) != null);
  }

  @Test
  void threeShiftPressesSpreadOverMoreThanFiveSecondsDoNothing(FxRobot robot) {
    Ui ui = describing(robot);
    String heading = ui.heading();
    robot.type(KeyCode.SHIFT);
    fixture.advance(robot, Duration.ofMillis(2600));
    robot.type(KeyCode.SHIFT);
    fixture.advance(robot, Duration.ofMillis(2600));
    robot.type(KeyCode.SHIFT);
    assertEquals(heading, ui.heading());
    assertTrue(ui.call(() -> fixture.kiosk().visit.get()) != null, "the report is still there");
    ui.click("back");
    assertEquals(WORDS, ui.text("description"));
  }
}
