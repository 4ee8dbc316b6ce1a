package org.reportingcentre.desktop.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.SyncDetails;
import org.reportingcentre.sync.CancelToken;
import org.reportingcentre.sync.LoopbackSpoc;
import org.reportingcentre.sync.SyncListener;
import org.reportingcentre.sync.SyncServices;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Sending goes on in the background while the kiosk is in use: a report a person finishes at the
 * kiosk reaches the real SPOC (on a loopback port) while the kiosk's own screen carries on, and the
 * centre holds the SPOC's receipt for it.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class KioskSendsInBackgroundTest {
  @TempDir static Path temp;
  private static LoopbackSpoc spoc;
  private KioskFixture fixture;

  /** Before the app starts (TestFX starts it before each test's own set-up). */
  @BeforeAll
  static void enrolledCentre() throws Exception {
    Path folder = KioskFixture.makeStore(temp.resolve("data"));
    AppFixture setUp = new AppFixture(folder);
    spoc = new LoopbackSpoc(temp.resolve("spoc"), setUp.clock);
    try (CentreStore store = setUp.open(AppFixture.MANAGER)) {
      char[] code = spoc.addCentre(AppFixture.CENTRE);
      SyncServices.of(store, setUp.clock)
          .enrolment()
          .enrol(spoc.url(), AppFixture.CENTRE, code, AppFixture.MANAGER);
    }
  }

  @Start
  void start(Stage stage) {
    fixture = new KioskFixture(temp.resolve("data"));
    fixture.start(stage);
  }

  @AfterEach
  void stop() {
    fixture.stop();
  }

  @AfterAll
  static void stopSpoc() {
    spoc.close();
  }

  @Test
  void aKioskReportReachesTheSpocWhileThePersonIsStillAtTheScreen(FxRobot robot) throws Exception {
    Ui ui = fixture.signIn(robot);
    ui.click("start-report");
    ui.next();
    ui.click("role-victim").next();
    ui.next();
    ui.click("types-verbal-abuse").next();
    ui.fill("description", "Words painted on the mosque wall.");
    ui.next();
    ui.click("motivations-religion").next();
    ui.click("when-this-week").next();
    ui.click("locationType-public-transport").next();
    ui.click("injured-no").click("damageOrLoss-no").next();
    ui.click("canDescribe-no").next();
    ui.click("othersSaw-not-sure").next();
    ui.click("happenedBefore-no").click("reportedBefore-no").next();
    ui.click("police-without-name").click("victimSupport-no").click("otherServices-no").next();
    ui.click("send");
    assertEquals("Thank you. Your report is saved.", ui.heading());
    Reference reference = Reference.parse(ui.text("reference"));

    // The finished report nudges the sender; the person's screen stays as it is meanwhile.
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> spoc.store.reportCount() == 1);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Thank you. Your report is saved.", ui.heading());
    assertEquals(reference.toString(), ui.text("reference"));

    // Staff lock the kiosk. The SPOC may have stored the report before the centre read its answer:
    // Lock then cancels the send, and the report must still be waiting ("saved", or "sending" if
    // the store closed under the run), never "received" without the receipt. The next run sends it
    // again and the SPOC answers with the same receipt.
    fixture.stop();
    try (CentreStore store = openWhenClosed()) {
      SyncServices services = SyncServices.of(store, fixture.app.clock);
      SyncDetails details = services.state().details(reference).orElseThrow();
      if (details.status() != ReportStatus.RECEIVED) {
        assertTrue(
            details.status() == ReportStatus.SAVED || details.status() == ReportStatus.SENDING,
            "an interrupted send claims nothing: " + details.status());
        assertTrue(details.receiptId().isEmpty(), "no receipt the centre did not get");
        services.sync().run(SyncListener.NONE, new CancelToken());
        details = services.state().details(reference).orElseThrow();
      }
      assertEquals(ReportStatus.RECEIVED, details.status());
      assertTrue(details.receiptId().isPresent(), "received only with the SPOC's receipt");
    }
    assertEquals(1, spoc.store.reportCount(), "the SPOC holds it once, whatever Lock interrupted");
  }

  /** Lock closes the store in the background: open it again once the app has let it go. */
  private CentreStore openWhenClosed() throws Exception {
    AppFixture again = new AppFixture(temp.resolve("data"));
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      try {
        return again.open(AppFixture.MANAGER);
      } catch (org.reportingcentre.store.StoreException.InUse stillOpen) {
        if (System.nanoTime() > until) {
          throw stillOpen;
        }
        Thread.sleep(100);
      }
    }
  }
}
