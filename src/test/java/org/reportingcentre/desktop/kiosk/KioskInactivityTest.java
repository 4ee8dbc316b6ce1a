package org.reportingcentre.desktop.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.access.DisplayMode;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Inactivity on the kiosk, with the app's clock and scheduler moved by hand: no sleeps. */
@ScreenTest
class KioskInactivityTest extends KioskTestBase {
  @Start
  void start(Stage stage) {
    openKiosk(stage);
  }

  private static final String WORDS = "He spat at me and shouted about my wheelchair.";

  /** From the welcome page to the description, typing the person's own words. */
  private Ui toDescription(FxRobot robot, Ui ui) {
    ui.click("start-report").next();
    ui.click("role-victim").next();
    assertTrue(ui.selected("anonymous-yes"), "anonymous unless the person chooses otherwise");
    ui.next();
    ui.click("types-verbal-abuse").next();
    ui.fill("description", WORDS);
    return ui;
  }

  @Test
  void theWarningAppearsAfterFiveQuietMinutesWithAThirtySecondCountdown(FxRobot robot) {
    Ui ui = fixture.signIn(robot);
    toDescription(robot, ui);
    fixture.advance(robot, Duration.ofMinutes(5).minusSeconds(1));
    assertFalse(ui.showing("kiosk-warning"), "no warning before the idle time");
    fixture.advance(robot, Duration.ofSeconds(1));
    assertTrue(ui.showing("kiosk-warning"));
    assertEquals("30 seconds", ui.text("countdown"));
    assertTrue(ui.showing("more-time"));
    fixture.advance(robot, Duration.ofSeconds(10));
    assertEquals("20 seconds", ui.text("countdown"), "the countdown is visible and moves");
    assertEquals(WORDS, ui.text("description"), "nothing is cleared during the countdown");
  }

  @Test
  void iNeedMoreTimeExtendsAsOftenAsNeeded(FxRobot robot) {
    Ui ui = fixture.signIn(robot);
    toDescription(robot, ui);
    for (int i = 0; i < 12; i++) {
      fixture.advance(robot, Duration.ofMinutes(5).plusSeconds(25));
      assertTrue(ui.showing("kiosk-warning"), "warning " + i);
      ui.click("more-time");
      assertFalse(ui.showing("kiosk-warning"), "more time " + i);
    }
    assertEquals(WORDS, ui.text("description"));
    assertEquals(
        "description", ui.call(() -> fixture.kiosk().visit.get().wizard().current.get().key()));
  }

  @Test
  void anyKeyExtendsToo(FxRobot robot) {
    Ui ui = fixture.signIn(robot);
    toDescription(robot, ui);
    for (int i = 0; i < 10; i++) {
      fixture.advance(robot, Duration.ofMinutes(5).plusSeconds(29));
      robot.type(javafx.scene.input.KeyCode.END);
      assertFalse(ui.showing("kiosk-warning"), "a key press " + i);
    }
    fixture.advance(robot, Duration.ofMinutes(4));
    assertFalse(ui.showing("kiosk-warning"), "the last key press started the quiet time again");
    assertTrue(ui.text("description").startsWith(WORDS));
  }

  @Test
  void expiryWipesTheDraftFromMemoryAndStoreAndResetsLanguageAndMode(FxRobot robot)
      throws Exception {
    Ui ui = fixture.signIn(robot);
    ui.click("mode-large-text");
    assertEquals(DisplayMode.LARGE_TEXT, fixture.kiosk().mode.get());
    toDescription(robot, ui).next();
    assertTrue(
        ui.call(() -> fixture.kiosk().session().currentDraft()).isPresent(),
        "the draft was saved in the store on Continue");

    fixture.advance(robot, Duration.ofMinutes(5).plusSeconds(30));

    assertEquals("Report a hate incident or hate crime", ui.heading(), "the welcome page returns");
    assertFalse(ui.showing("kiosk-warning"));
    assertEquals(DisplayMode.STANDARD, fixture.kiosk().mode.get());
    assertEquals(Locale.UK, fixture.kiosk().language.get());
    assertNull(fixture.kiosk().visit.get(), "nothing of the visit is kept in memory");
    assertFalse(KioskFixture.texts(fixture.stage.getScene().getRoot()).contains(WORDS));
    assertFalse(robot.lookup(".large-text").tryQuery().isPresent(), "large text is off again");

    ui.click("start-report").next();
    ui.click("role-victim").next().next();
    ui.click("types-verbal-abuse").next();
    assertEquals("", ui.text("description"), "the next person sees blank fields");

    fixture.staffLeave(robot, ui);
    try (CentreStore store = fixture.openAsManager()) {
      assertEquals(0, store.drafts().all().size(), "no draft is left in the store");
      assertEquals(0, CentreServices.on(store).reports().count());
    }
  }

  @Test
  void easyReadDoublesTheWaitAndTheWelcomePageSaysHowLong(FxRobot robot) {
    Ui ui = fixture.signIn(robot);
    assertTrue(ui.text("timeout-line").contains("5 minutes"), ui.text("timeout-line"));
    ui.click("mode-easy-read");
    assertTrue(ui.text("timeout-line").contains("10 minutes"), ui.text("timeout-line"));
    ui.click("start-report");
    fixture.advance(robot, Duration.ofMinutes(10).minusSeconds(1));
    assertFalse(ui.showing("kiosk-warning"));
    fixture.advance(robot, Duration.ofSeconds(1));
    assertTrue(ui.showing("kiosk-warning"));
  }
}
