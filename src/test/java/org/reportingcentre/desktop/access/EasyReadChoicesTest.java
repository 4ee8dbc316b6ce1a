package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingcentre.desktop.app.ReportingCentreApp;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.wizard.StepId;
import org.reportingcentre.desktop.wizard.WhatViewModel;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Easy read shows a long list of choices a few at a time, and keeps every answer. */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class EasyReadChoicesTest {
  private final Screens screens = new Screens();
  private AccessSettings settings;

  @Start
  void start(Stage stage) {
    settings = new AccessSettings(Languages.ENGLISH);
    settings.mode.set(DisplayMode.EASY_READ);
    AccessFrame frame =
        new AccessFrame(
            settings,
            new ReadAloud(Optional.empty(), new FakeSpeech(), Runnable::run, e -> {}),
            new Pictograms());
    frame.setContent(screens.wizardView(settings.messages()).root());
    screens.wizard().current.set(StepId.WHAT);
    settings.onChange(() -> frame.setContent(screens.wizardView(settings.messages()).root()));
    Scene scene = new Scene(frame.root(), 1366, 768);
    scene
        .getStylesheets()
        .add(ReportingCentreApp.class.getResource(ReportingCentreApp.STYLESHEET).toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  private static long shown(Ui ui) {
    return List.of(IncidentType.values()).stream()
        .filter(t -> ui.showing("types-" + t.code()))
        .count();
  }

  @Test
  void eighteenKindsOfIncidentAreShownSixAtATimeKeepingEveryTick(FxRobot robot) {
    Ui ui = Ui.fast(robot);
    assertEquals(EasyReadPage.CHOICES_AT_A_TIME, shown(ui));
    assertFalse(ui.showing("earlier-types"));
    ui.click("types-verbal-abuse");
    ui.click("more-types");
    assertEquals("See choices 13 to 18", ui.text("more-types"));
    assertFalse(ui.showing("types-verbal-abuse"));
    assertTrue(ui.showing("types-arson"));
    ui.click("types-arson").click("more-types");
    assertFalse(ui.showing("more-types"), "no more after the last group");
    ui.click("types-emotional-abuse").click("earlier-types").click("earlier-types");
    assertTrue(ui.selected("types-verbal-abuse"));

    var answers = ((WhatViewModel) screens.wizard().model(StepId.WHAT)).types;
    assertEquals(
        java.util.Set.of(
            IncidentType.VERBAL_ABUSE, IncidentType.ARSON, IncidentType.EMOTIONAL_ABUSE),
        java.util.Set.copyOf(answers));

    ui.click("standard-mode");
    assertEquals(IncidentType.values().length, shown(ui), "the standard page shows them all");
    assertTrue(ui.selected("types-arson"));
    assertTrue(ui.selected("types-emotional-abuse"));
  }
}
