package org.reportingcentre.desktop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.centre.SyncStateService;
import org.reportingcentre.desktop.sync.SyncDesk;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.SpocAnswer;
import org.reportingcentre.sync.SyncScheduler;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Sending inside the app: it starts at sign-in (putting back interrupted sends, purging by the
 * centre's setting for a manager), home shows the news and, to a manager, what sending is doing,
 * and Lock stops it before the store closes.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class SyncInAppTest {
  @TempDir Path temp;
  private AppFixture fixture;
  private Report withNews;
  private Report leftSending;
  private Report receivedLongAgo;

  @BeforeEach
  void makeStore() throws Exception {
    fixture = new AppFixture(temp.resolve("data")).withStore();
    try (CentreStore store = fixture.open(AppFixture.MANAGER)) {
      withNews = AppFixture.saveReport(store, "What happened, with news");
      leftSending = AppFixture.saveReport(store, "What happened, left sending");
      receivedLongAgo = AppFixture.saveReport(store, "What happened long ago");
      SyncStateService sync = CentreServices.on(store).sync();
      Instant receipt = fixture.clock.instant();
      sync.record(
          List.of(new SpocAnswer.Received(receivedLongAgo.meta().id(), "rcpt-2", receipt, false)));
      AppFixture.outcomeArrived(store, withNews, receipt, "Thank you.");
      sync.markSending(List.of(leftSending.meta().id()));
      sync.setKeepDays(10);
    }
    fixture.clock.advance(Duration.ofDays(11));
  }

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private Ui signIn(FxRobot robot, String user) {
    robot.interact(() -> fixture.start(stage));
    Ui ui = Ui.fast(robot);
    ui.fill("user", user).fill("password", AppFixture.PASSWORD).click("sign-in");
    assertEquals("What do you want to do?", ui.heading());
    return ui;
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aManagerSeesNewsAndWhySendingStoppedAndSignInTidiesTheOutbox(FxRobot robot)
      throws Exception {
    Ui ui = signIn(robot, AppFixture.MANAGER);
    SyncDesk desk = fixture.app.sync().orElseThrow();
    SyncStateService sync = desk.services().state();

    waitUntil(() -> ui.showing("news") && ui.showing("sync-status"));
    assertEquals("1 report has news from the SPOC.", ui.text("news"));
    waitUntil(() -> ui.text("sync-status").startsWith("Automatic sending has stopped"));
    assertEquals(
        "Automatic sending has stopped: This centre has not enrolled with a SPOC yet. A manager"
            + " can enrol on the “Send to the SPOC” screen.",
        ui.text("sync-status"));
    assertEquals(
        ReportStatus.SAVED,
        sync.details(leftSending.meta().reference()).orElseThrow().status(),
        "a send cut short by the last close is shown as saved again");
    waitUntil(
        () ->
            sync.details(receivedLongAgo.meta().reference()).orElseThrow().purgedAt().isPresent());

    ui.click("open-send");
    assertEquals("Send reports to the SPOC", ui.heading());
    ui.click("open-enrol");
    assertEquals("Enrol this centre with the SPOC", ui.heading());
    ui.click("back-home");
    ui.click("back-home");
    assertEquals("What do you want to do?", ui.heading());

    ui.click("lock");
    assertFalse(fixture.app.sync().isPresent());
    waitUntil(() -> desk.state.get() instanceof SyncScheduler.State.Stopped);
    assertInstanceOf(SyncScheduler.State.Stopped.class, desk.state.get());
  }

  @Test
  void aVolunteerSeesTheNewsButNotTheSendingControls(FxRobot robot) throws Exception {
    Ui ui = signIn(robot, AppFixture.VOLUNTEER);

    waitUntil(() -> ui.showing("news"));
    assertEquals("1 report has news from the SPOC.", ui.text("news"));
    assertFalse(ui.showing("sync-status"));
    assertFalse(ui.exists("open-send"));
    SyncStateService sync = fixture.app.sync().orElseThrow().services().state();
    assertTrue(
        sync.details(receivedLongAgo.meta().reference()).orElseThrow().purgedAt().isEmpty(),
        "no purge at a volunteer's sign-in (only after a sync that went through)");
  }
}
