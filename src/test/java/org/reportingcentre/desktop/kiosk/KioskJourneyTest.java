package org.reportingcentre.desktop.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * One person's whole visit through the real screens into the real store (and screenshots of the
 * pages when asked for).
 */
@ScreenTest
class KioskJourneyTest extends KioskTestBase {
  private static final String WORDS = "A man on the bus shouted at me about my hijab.";

  @Start
  void start(Stage stage) {
    openKiosk(stage);
    stage.setWidth(1280);
    stage.setHeight(900);
  }

  /** A screenshot of the page when asked for (-Dkiosk.screenshots=DIR); KioskAuditTest audits. */
  private void shoot(Ui ui, String page) throws Exception {
    ui.call(
        () -> {
          Screenshots.take(fixture.stage.getScene(), "kiosk-" + page);
          return null;
        });
  }

  @Test
  void anAnonymousReportIsStoredAsAKioskReportAndTheScreenClearsItself(FxRobot robot)
      throws Exception {
    Ui ui = fixture.signIn(robot);
    assertEquals("If someone is hurt or in danger now, call 999.", ui.text("emergency"));
    shoot(ui, "welcome");
    ui.click("start-report");
    assertEquals("Before you start", ui.heading(), "the emergency-first page");
    List<String> safety = KioskFixture.texts(fixture.stage.getScene().getRoot());
    assertTrue(safety.contains("If someone is hurt or in danger now, call 999."), safety::toString);
    assertTrue(
        safety.stream().anyMatch(t -> t.contains("Nothing is kept on this computer")),
        "a kiosk does not promise to keep answers for later");
    assertFalse(safety.stream().anyMatch(t -> t.contains("come back")), safety::toString);
    shoot(ui, "safety");
    ui.next();
    ui.click("role-victim").next();
    assertTrue(ui.selected("anonymous-yes"), "anonymous by default");
    shoot(ui, "anonymous");
    ui.next();
    ui.click("types-verbal-abuse").next();
    ui.fill("description", WORDS);
    shoot(ui, "question");
    ui.next();
    ui.click("motivations-religion").next();
    ui.click("when-this-week").next();
    ui.click("locationType-public-transport").next();
    ui.click("injured-no").click("damageOrLoss-no").next();
    ui.click("canDescribe-no").next();
    ui.click("othersSaw-not-sure").next();
    ui.click("happenedBefore-no").click("reportedBefore-no").next();
    assertEquals("Help and sharing", ui.heading(), "no questions about the person: anonymous");
    ui.click("police-without-name").click("victimSupport-no").click("otherServices-no").next();
    assertEquals("Check your answers before sending your report", ui.heading());
    assertFalse(ui.exists("save-exit") && ui.showing("save-exit"), "no drafts for later");
    shoot(ui, "check");
    ui.click("send");

    assertEquals("Thank you. Your report is saved.", ui.heading());
    Reference reference = Reference.parse(ui.text("reference"));
    String support = String.join("\n", KioskFixture.texts(ui.node("support-numbers")));
    assertTrue(support.contains("999") && support.contains("101"), support);
    assertTrue(support.contains("08 08 16 89 111"), "Victim Support's national number");
    assertTrue(ui.text("clears-line").contains("clears itself"), "the reset is announced");
    shoot(ui, "confirmation");
    ui.click("print-receipt");
    assertEquals(List.of("printed"), fixture.app.printed);
    assertEquals(
        "There is no printer here. Please write your reference number down.",
        ui.text("print-result"));

    fixture.advance(robot, Duration.ofSeconds(30));
    assertTrue(ui.showing("kiosk-warning"), "the confirmation's countdown");
    shoot(ui, "timeout-warning");
    fixture.advance(robot, Duration.ofSeconds(30));
    assertEquals(
        "Report a hate incident or hate crime", ui.heading(), "cleared for the next person");
    assertFalse(
        KioskFixture.texts(fixture.stage.getScene().getRoot()).contains(reference.toString()));

    robot.interact(() -> fixture.kiosk().leaveQuickly());
    shoot(ui, "neutral");
    robot.interact(() -> fixture.kiosk().openStaffPage());
    shoot(ui, "staff");
    fixture.staffLeave(robot, ui);

    try (CentreStore store = fixture.openAsManager()) {
      Optional<Report> stored = CentreServices.on(store).reports().view(reference);
      Report r = stored.orElseThrow();
      assertEquals(Channel.KIOSK, r.meta().channel());
      assertEquals("kiosk", r.meta().recordedBy());
      assertTrue(r.reporter().anonymous());
      assertEquals(WORDS, r.incident().description());
      assertEquals(Optional.empty(), r.people().victim());
      assertEquals(List.of(), store.drafts().all());
    }
  }

  @Test
  void theReceiptHoldsTheReferenceAndNoIncidentDetails(FxRobot robot) {
    Ui ui = fixture.signIn(robot);
    Reference reference = new Reference("TWL", 7);
    List<String> receipt =
        ui.call(
            () ->
                KioskFixture.texts(
                    KioskReceipt.build(
                        KioskView.words(java.util.Locale.UK),
                        List.of(),
                        reference,
                        "Townsley Library",
                        java.time.LocalDate.of(2026, 11, 20))));
    String all = String.join("\n", receipt);
    assertTrue(all.contains(reference.toString()), all);
    assertTrue(all.contains("Townsley Library") && all.contains("2026-11-20"), all);
    assertTrue(all.contains("08 08 16 89 111"), all);
    assertEquals(
        List.of(), receipt.stream().filter(t -> t.toLowerCase().contains("hate")).toList());

    List<String> fromDirectory =
        ui.call(
            () ->
                KioskReceipt.supportLines(
                    KioskView.words(java.util.Locale.UK),
                    List.of(new SupportNumber("Townsley Advice Line", "020 7946 0101"))));
    assertEquals(
        List.of("Townsley Advice Line: 020 7946 0101"),
        fromDirectory,
        "the directory's numbers when the centre has it");
  }
}
