package org.reportingcentre.desktop.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReportBuilder;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app over a real store: a volunteer reaches the directory from home, then refers the
 * person of a report (Victim Support agreed, other services refused) from its referral screen.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class DirectoryFromHomeTest {
  @TempDir static Path temp;
  private AppFixture fixture;
  private final Reference reference = new Reference(AppFixture.CENTRE, 404);

  @Start
  void start(Stage stage) throws Exception {
    fixture = new AppFixture(temp.resolve("data-" + UUID.randomUUID())).withStore();
    try (CentreStore store = fixture.open(AppFixture.MANAGER)) {
      CentreServices.on(store)
          .reports()
          .importAll(
              List.of(ReportBuilder.full().id(UUID.randomUUID()).reference(reference).build()),
              "test");
    }
    fixture.start(stage);
  }

  @Test
  void aVolunteerFindsAServiceAndRefersThePersonOfAReport(FxRobot robot) {
    Ui ui = Ui.fast(robot);
    ui.fill("user", AppFixture.VOLUNTEER).fill("password", AppFixture.PASSWORD).click("sign-in");
    ui.click("directory");

    assertEquals("Support services directory", ui.heading());
    assertTrue(ui.text("directory-source").contains("sample directory"));
    ui.fill("directory-search", "traveller");
    assertTrue(ui.exists("service-roots-traveller-support"));
    assertFalse(ui.exists("service-victim-support"));
    ui.click("home");
    assertEquals("What do you want to do?", ui.heading());

    robot.interact(() -> fixture.app.showReferral(reference));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Refer to support services", ui.heading());
    assertFalse(ui.exists("refer-riverside-advice-hub"), "no consent for other services");
    assertFalse(ui.exists("refer-emergency-999"), "999 takes no referrals");
    ui.click("refer-victim-support");

    assertTrue(ui.text("made-victim-support").contains("Waiting to be sent"));
    assertTrue(ui.text("referral-result").contains("is recorded"));
    assertFalse(ui.exists("refer-victim-support"), "not offered twice");
  }
}
