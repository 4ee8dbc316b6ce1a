package org.reportingcentre.desktop.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.store.SpocLink;
import org.reportingcentre.sync.LoopbackSpoc;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A manager enrols the centre with the real SPOC on a loopback port, from the enrol screen. */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class EnrolScreenTest {
  @TempDir Path temp;
  private SyncScreenFixture fixture;
  private int back;

  @Start
  void start(Stage stage) throws Exception {
    fixture = new SyncScreenFixture(temp.resolve("centre"));
    EnrolViewModel vm =
        new EnrolViewModel(
            fixture.app.text, fixture.desk, fixture.words, AppFixture.CENTRE, AppFixture.MANAGER);
    fixture.show(stage, new EnrolView(fixture.form, vm, () -> back++).root());
    vm.refresh();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static int portNobodyListensOn() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void anAddressWithNothingBehindItSaysSoPlainlyAndKeepsNothing(FxRobot robot) throws Exception {
    Ui ui = Ui.fast(robot);
    assertTrue(ui.text("spoc-current").contains("has not enrolled"), ui.text("spoc-current"));
    String nowhere = "http://127.0.0.1:" + portNobodyListensOn();

    ui.fill("spoc-address", nowhere).fill("enrolment-code", "ABCD-EFGH").click("enrol-submit");

    SyncScreenFixture.waitUntil(() -> !ui.text("error-spoc-address").isEmpty());
    assertEquals(
        "The SPOC at "
            + nowhere
            + " could not be reached (no network, or it did not answer in"
            + " time). Nothing was marked as sent; the reports will be sent later.",
        ui.text("error-spoc-address"));
    assertEquals("", ui.text("enrolment-code"), "the code is wiped once used");
    assertTrue(CentreServices.on(fixture.store).sync().link().isEmpty());
    ui.click("back-home");
    assertEquals(1, back);
  }

  @Test
  void aWrongCodeIsRefusedThenTheRightOneEnrolsAndTheScreenSaysWhichSpoc(FxRobot robot)
      throws Exception {
    try (LoopbackSpoc spoc = new LoopbackSpoc(temp.resolve("spoc"), fixture.app.clock)) {
      char[] code = spoc.addCentre(AppFixture.CENTRE);
      Ui ui = Ui.fast(robot);
      ui.fill("spoc-address", spoc.url()).click("check-spoc");
      SyncScreenFixture.waitUntil(() -> ui.text("enrol-result").contains("is a SPOC"));

      ui.fill("enrolment-code", "WRONG-CODE-1234").click("enrol-submit");
      SyncScreenFixture.waitUntil(() -> !ui.text("error-enrolment-code").isEmpty());
      assertTrue(
          ui.text("error-enrolment-code").startsWith("The SPOC did not accept the enrolment code"),
          ui.text("error-enrolment-code"));
      assertEquals("", ui.text("enrolment-code"));
      assertTrue(
          CentreServices.on(fixture.store).sync().link().isEmpty(), "nothing kept after a refusal");

      ui.fill("enrolment-code", new String(code)).click("enrol-submit");
      SyncScreenFixture.waitUntil(() -> ui.text("enrol-result").startsWith("Enrolled"));

      SpocLink link = CentreServices.on(fixture.store).sync().link().orElseThrow();
      assertEquals(spoc.url(), link.baseUrl());
      assertEquals(AppFixture.MANAGER, link.enrolledBy());
      assertTrue(ui.text("spoc-current").contains(spoc.url()), ui.text("spoc-current"));
      assertTrue(ui.text("spoc-current").contains("by amira"), ui.text("spoc-current"));
      assertEquals("", ui.text("enrolment-code"));
    }
  }
}
