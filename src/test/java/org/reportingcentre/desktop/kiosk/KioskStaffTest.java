package org.reportingcentre.desktop.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Starting kiosk mode, the window that will not close, and leaving with a staff password. */
@ScreenTest
class KioskStaffTest extends KioskTestBase {
  @Start
  void start(Stage stage) {
    openKiosk(stage);
  }

  @Test
  void closeRequestsAltF4AndEscapeAreRefused(FxRobot robot) {
    Ui ui = fixture.signIn(robot);
    assertTrue(fixture.app.app.kioskActive().get());
    assertTrue(ui.call(fixture.stage::isFullScreen), "full screen");
    robot.interact(
        () ->
            fixture.stage.fireEvent(
                new WindowEvent(fixture.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    assertTrue(ui.call(fixture.stage::isShowing), "the close request was refused");
    robot.type(KeyCode.ESCAPE);
    robot.press(KeyCode.ALT).type(KeyCode.F4).release(KeyCode.ALT);
    assertTrue(ui.call(fixture.stage::isShowing));
    assertTrue(ui.call(fixture.stage::isFullScreen), "Escape does not leave full screen");
    assertEquals("Report a hate incident or hate crime", ui.heading());
  }

  @Test
  void aWrongPasswordDoesNotLeave(FxRobot robot) {
    Ui ui = fixture.signIn(robot);
    assertFalse(ui.showing("staff-user"), "the staff page is not advertised");
    for (int i = 0; i < 5; i++) {
      robot.clickOn("#staff-corner");
    }
    assertEquals("Staff only", ui.heading(), "five taps on the corner open the staff page");
    ui.fill("staff-user", AppFixture.VOLUNTEER)
        .fill("staff-password", "not the password")
        .click("staff-leave");
    assertEquals("The user name or password is not right.", ui.text("staff-error"));
    assertTrue(fixture.app.app.kioskActive().get());
    ui.click("staff-cancel");
    assertEquals("Report a hate incident or hate crime", ui.heading());
    robot.interact(
        () ->
            fixture.stage.fireEvent(
                new WindowEvent(fixture.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    assertTrue(ui.call(fixture.stage::isShowing), "still a kiosk");
  }

  @Test
  void theStaffPasswordLeavesToSignInWithTheStoreLocked(FxRobot robot) throws Exception {
    Ui ui = fixture.signIn(robot);
    robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.K).release(KeyCode.ALT, KeyCode.CONTROL);
    assertEquals("Staff only", ui.heading(), "the keyboard way to the staff page");
    ui.fill("staff-user", AppFixture.VOLUNTEER)
        .fill("staff-password", AppFixture.PASSWORD)
        .click("staff-leave");
    assertEquals("Sign in", ui.heading());
    assertFalse(fixture.app.app.kioskActive().get());
    assertFalse(ui.call(fixture.stage::isFullScreen));
    try (CentreStore store = fixture.openAsManager()) {
      assertEquals(
          0, CentreServices.on(store).reports().count(), "the store was closed, so it opens again");
    }
  }

  @Test
  void aManagerStartsKioskModeFromHome(FxRobot robot) {
    robot.interact(() -> fixture.app.app.start());
    Ui ui = Ui.fast(robot);
    // kioskAfterSignIn was set by the fixture; a fresh app started from home shows both ways.
    ui.fill("user", AppFixture.MANAGER).fill("password", AppFixture.PASSWORD).click("sign-in");
    assertEquals("Report a hate incident or hate crime", ui.heading());
    fixture.staffLeave(robot, ui);
    ui.fill("user", AppFixture.MANAGER).fill("password", AppFixture.PASSWORD).click("sign-in");
    assertEquals("What do you want to do?", ui.heading(), "--kiosk asks for sign-in only once");
    ui.click("start-kiosk");
    assertEquals("Report a hate incident or hate crime", ui.heading());
    assertTrue(fixture.app.app.kioskActive().get());
  }
}
