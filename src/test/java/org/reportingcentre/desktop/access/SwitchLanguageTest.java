package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.report.Consent;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A language switch in the middle of the wizard: the errors showing change language at once, and
 * the report sent afterwards records the language and consent wording the person saw.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class SwitchLanguageTest {
  @TempDir Path temp;
  private AppFixture fixture;

  @Start
  void start(Stage stage) throws Exception {
    fixture = new AppFixture(temp.resolve("data")).withStore();
    fixture.start(stage);
  }

  @Test
  void errorsConsentWordingAndAReceiptProblemFollowASwitchToPolish(FxRobot robot) throws Exception {
    Messages polish = Messages.forLocale(Languages.POLISH);
    Ui ui = Ui.fast(robot);
    ui.fill("user", AppFixture.VOLUNTEER).fill("password", AppFixture.PASSWORD).click("sign-in");
    ui.click("start");
    ui.next(); // before you start
    ui.click("role-on-behalf").next(); // no relationship given: an error
    assertEquals("There is a problem", ui.text("error-summary-title"));
    assertEquals(fixture.text.get("who.error.relationship"), ui.text("error-relationship"));

    robot.interact(() -> fixture.app.access().locale.set(Languages.POLISH));

    assertEquals(polish.get("error.summary.title"), ui.text("error-summary-title"));
    assertEquals(polish.get("who.error.relationship"), ui.text("error-relationship"));
    assertEquals(
        polish.get("who.error.relationship"),
        ui.text("error-link-relationship"),
        "the summary's link too");
    assertTrue(ui.title().startsWith(polish.get("common.errorPrefix")), ui.title());

    ui.fill("relationship", "Sąsiad").next();
    ui.click("anonymous-yes").next();
    ui.click("types-online-abuse").next();
    ui.fill("description", "Ktoś groził mi w internecie.").next();
    ui.click("motivations-religion").next();
    ui.click("when-this-week").next();
    ui.click("locationType-online").fill("platform", "Facebook").next();
    ui.click("injured-no").click("damageOrLoss-no").next();
    ui.click("canDescribe-no").next();
    ui.click("othersSaw-no").next();
    ui.click("happenedBefore-no").click("reportedBefore-no").next();
    ui.click("police-without-name").click("victimSupport-no").click("otherServices-no").next();
    assertEquals(polish.get("check.heading"), ui.heading());
    ui.click("send");

    Report report;
    try (CentreStore store = fixture.open(AppFixture.MANAGER)) {
      report =
          CentreServices.on(store)
              .reports()
              .view(Reference.parse(ui.text("reference")))
              .orElseThrow();
    }
    assertEquals("pl", report.meta().language());
    assertEquals(3, report.consents().size());
    for (Consent consent : report.consents()) {
      assertEquals("standard-pl-1", consent.wordingVersion(), consent.purpose().toString());
    }

    // A receipt that cannot be saved (a folder is in the way) says so, in Polish, over the page.
    java.nio.file.Files.createDirectories(
        fixture.folder.resolveSibling("receipt-" + report.meta().reference() + ".pdf"));
    ui.click("receipt");
    javafx.scene.control.DialogPane dialog =
        robot.lookup("#message-dialog").queryAs(javafx.scene.control.DialogPane.class);
    assertEquals(polish.get("receipt.failed.body"), dialog.getContentText());
    assertEquals(
        polish.get("common.ok"),
        ((javafx.scene.control.Button) dialog.lookupButton(dialog.getButtonTypes().get(0)))
            .getText());
    robot.interact(() -> dialog.getScene().getWindow().hide());
  }
}
