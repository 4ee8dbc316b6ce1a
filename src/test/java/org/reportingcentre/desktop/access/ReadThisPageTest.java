package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingcentre.desktop.app.ReportingCentreApp;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.desktop.wizard.StepId;
import org.reportingcentre.desktop.wizard.WizardView;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In easy read, the page and each choice can be read aloud, and reading stops when it should. */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class ReadThisPageTest {
  private final FakeSpeech speech = new FakeSpeech();
  private final Screens screens = new Screens();
  private AccessSettings settings;
  private AccessFrame frame;

  @Start
  void start(Stage stage) {
    settings = new AccessSettings(Languages.ENGLISH);
    settings.mode.set(DisplayMode.EASY_READ);
    frame =
        new AccessFrame(
            settings,
            new ReadAloud(Optional.of(SpeechEngine.espeak()), speech, Runnable::run, e -> {}),
            new Pictograms());
    WizardView view = screens.wizardView(settings.messages());
    screens.wizard().current.set(StepId.WHO);
    frame.setContent(view.root());
    settings.onChange(() -> frame.setContent(screens.wizardView(settings.messages()).root()));
    Scene scene = new Scene(frame.root(), 1366, 768);
    scene
        .getStylesheets()
        .add(ReportingCentreApp.class.getResource(ReportingCentreApp.STYLESHEET).toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void readThisPageSendsThePagesWordsInItsLanguage(FxRobot robot) {
    Ui ui = Ui.fast(robot);
    ui.click("read-page");
    assertEquals(1, speech.commands.size());
    assertEquals("en", speech.commands.get(0).get(3));
    String text = speech.lastText();
    assertTrue(text.startsWith("Who is telling us?"), text);
    assertTrue(text.contains("It happened to me\n"), text);
    assertTrue(text.contains("I saw it happen to someone"), text);
    assertFalse(text.contains("Read this page to me"), "the buttons are not read as page text");
  }

  @Test
  void eachChoiceHasItsOwnReadButtonAndPicture(FxRobot robot) {
    Ui ui = Ui.fast(robot);
    ui.click("read-role-witness");
    assertEquals("I saw it happen to someone", speech.lastText());
    assertTrue(ui.call(() -> ((Labeled) ui.node("role-witness")).getGraphic() != null));
    assertEquals(
        "Read: I saw it happen to someone",
        ui.call(() -> ui.node("read-role-witness").getAccessibleText()));
  }

  @Test
  void readingStopsOnAPageChangeAndAModeChange(FxRobot robot) {
    Ui ui = Ui.fast(robot);
    ui.click("read-page");
    assertFalse(speech.processes.get(0).destroyed);
    robot.interact(() -> screens.wizard().current.set(StepId.WHAT));
    robot.interact(frame::beforeLayout);
    assertTrue(speech.processes.get(0).destroyed, "a new page stops the old page's reading");

    ui.click("read-page");
    assertTrue(speech.lastText().startsWith("What happened?"), speech.lastText());
    ui.click("large-text-mode");
    assertTrue(speech.processes.get(1).destroyed, "a mode change stops reading");
    assertEquals(StepId.WHAT, screens.wizard().current.get());
  }

  @Test
  void withNoSpeechProgramTheButtonSaysWhy(FxRobot robot) {
    robot.interact(
        () -> {
          AccessFrame silent =
              new AccessFrame(
                  settings,
                  new ReadAloud(Optional.empty(), speech, Runnable::run, e -> {}),
                  new Pictograms());
          silent.setContent(screens.wizardView(settings.messages()).root());
          robot.targetWindow();
          frame.root().getScene().setRoot(silent.root());
        });
    Ui ui = Ui.fast(robot);
    ui.click("read-page");
    assertTrue(ui.text("read-status").contains("cannot read out loud"), ui.text("read-status"));
    assertTrue(ui.showing("read-status"));
    assertEquals(0, speech.commands.size());
  }
}
