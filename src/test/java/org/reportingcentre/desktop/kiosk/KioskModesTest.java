package org.reportingcentre.desktop.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.desktop.access.AccessSettings;
import org.reportingcentre.desktop.access.DisplayMode;
import org.reportingcentre.desktop.access.Languages;
import org.reportingcentre.desktop.access.ProcessLauncher;
import org.reportingcentre.desktop.access.ReadAloud;
import org.reportingcentre.desktop.access.SpeechEngine;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk and the display bar are one system: the welcome page's choices are the bar's settings,
 * the bar's switches redraw the kiosk over the same answers, and every wipe puts both back to the
 * defaults. Read-aloud goes through a real process standing in for the speech program.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class KioskModesTest {
  private static final String WORDS = "A man on the bus shouted at me about my hijab.";

  @TempDir static Path temp;
  private static Path folder;
  private static Path speech;
  private KioskFixture fixture;
  private ReadAloud readAloud;

  @BeforeAll
  static void makeStore() throws Exception {
    folder = KioskFixture.makeStore(temp.resolve("data"));
    speech = Files.createDirectories(temp.resolve("speech"));
  }

  @AfterEach
  void leaveKioskMode() {
    fixture.stop();
    readAloud.stop();
  }

  @Start
  void start(Stage stage) throws IOException {
    fixture = new KioskFixture(folder);
    readAloud =
        new ReadAloud(
            Optional.of(fakeSpeechProgram()), ProcessLauncher.system(), r -> r.run(), e -> {});
    fixture.app.readAloud = readAloud;
    fixture.start(stage);
    stage.setWidth(1280);
    stage.setHeight(900);
  }

  /**
   * A speech program that writes what it is given to a file and then "speaks" until stopped, as
   * espeak-ng would: a real process, so stopping it is real too.
   */
  private static SpeechEngine fakeSpeechProgram() throws IOException {
    Path program = temp.resolve("speak.sh");
    if (!Files.exists(program)) {
      Files.writeString(
          program, "#!/bin/sh\n{ cat; echo; echo ---; } >> \"$1/said.txt\"\nexec sleep 60\n");
      Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
    }
    return new SpeechEngine(program.toString(), List.of(speech.toString()), Set.of("en"));
  }

  private AccessSettings access() {
    return fixture.app.app.access();
  }

  private boolean barSays(Ui ui, String id) {
    return ui.call(() -> ((ToggleButton) ui.node(id)).isSelected());
  }

  /** Lets the frame add easy read's pictures and read buttons, as the next screen pulse does. */
  private static void pulse(FxRobot robot) {
    robot.interact(() -> {});
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void easyReadChosenOnTheWelcomePageIsTheBarsModeAndTheQuestionsAreInEasyRead(FxRobot robot)
      throws Exception {
    Ui ui = fixture.signIn(robot);
    for (String id :
        List.of(
            "mode-standard", "mode-easy-read", "mode-large-text", "language-en", "language-ur")) {
      Node graphic = ui.call(() -> ((Labeled) ui.node(id)).getGraphic());
      assertTrue(graphic instanceof ImageView, id + " shows an OpenMoji picture");
      assertTrue(((ImageView) graphic).getImage().getUrl().contains("/pictograms/"), id);
    }

    ui.click("mode-easy-read");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(DisplayMode.EASY_READ, access().mode.get());
    assertTrue(barSays(ui, "easy-read-mode"), "the display bar says Easy read");
    assertFalse(barSays(ui, "standard-mode"));
    assertEquals("Tell us about a hate crime", ui.heading(), "the kiosk's own easy-read words");
    assertTrue(ui.text("timeout-line").contains("10 minutes"), "easy read waits twice as long");
    assertEquals("Easy read (chosen)", ui.node("mode-easy-read").getAccessibleText());
    shoot(ui, "welcome-easy-read");

    ui.click("start-report");
    List<String> safety = KioskFixture.texts(fixture.stage.getScene().getRoot());
    assertTrue(
        safety.stream().anyMatch(t -> t.contains("This computer does not keep your answers.")),
        "the kiosk's easy-read replacement: " + safety);
    assertFalse(safety.stream().anyMatch(t -> t.contains("come back")), safety::toString);
    assertEquals("Next", ui.text("continue"), "the wizard's easy-read bundle");
    ui.next();
    assertEquals("Who is telling us?", ui.heading());
    pulse(robot);
    Node picture = ui.call(() -> ((Labeled) ui.node("role-victim")).getGraphic());
    assertTrue(picture instanceof ImageView, "a picture beside each choice");
    shoot(ui, "question-easy-read");

    ui.click("read-role-victim");
    assertEquals(ui.text("role-victim"), said(1).get(0), "the read button reads its choice");
    ui.click("read-page");
    assertTrue(said(2).get(1).startsWith("Who is telling us?"), said(2).toString());
    assertTrue(readAloud.speaking());

    ui.click("leave-quickly");
    assertFalse(readAloud.speaking(), "leaving quickly stops the speech");
    assertEquals(DisplayMode.STANDARD, access().mode.get(), "and puts the bar back to Standard");
    assertTrue(barSays(ui, "standard-mode"));
    assertFalse(ui.exists("read-page"), "no read-aloud button in standard mode");
  }

  @Test
  void aLanguageSwitchFromTheBarMidReportKeepsThePageAndTheAnswers(FxRobot robot) throws Exception {
    Ui ui = fixture.signIn(robot);
    ui.click("language-pl");
    assertEquals(Languages.POLISH, access().locale.get(), "the welcome page's choice");
    assertEquals(Languages.POLISH, ui.call(() -> language(ui).getValue()), "the bar says Polski");
    assertEquals("Zgłoś incydent lub przestępstwo z nienawiści", ui.heading());
    assertEquals("Szybko wyjdź", ui.text("leave-quickly"));
    shoot(ui, "welcome-polish");

    ui.click("start-report").next();
    assertEquals("Kto zgłasza?", ui.heading());
    ui.click("role-victim").next().next();
    ui.click("types-verbal-abuse").next();
    ui.fill("description", WORDS);
    assertEquals("Opisz własnymi słowami, co się stało", ui.heading());

    robot.interact(() -> language(ui).getSelectionModel().select(Languages.URDU));
    assertEquals(Languages.URDU, fixture.kiosk().language.get());
    assertEquals("اپنے الفاظ میں بتائیں کہ کیا ہوا", ui.heading(), "the same page in Urdu");
    assertEquals(WORDS, ui.text("description"), "what was typed is kept");
    assertEquals("فوراً نکلیں", ui.text("leave-quickly"), "the kiosk's own words too");
    shoot(ui, "question-urdu");
    assertEquals(
        NodeOrientation.RIGHT_TO_LEFT,
        ui.call(() -> fixture.stage.getScene().getRoot().getEffectiveNodeOrientation()));
    ui.click("back");
    assertTrue(ui.selected("types-verbal-abuse"), "earlier answers are kept");
    ui.next();
    assertEquals(WORDS, ui.text("description"));

    fixture.advance(robot, Duration.ofMinutes(5).plusSeconds(30));
    assertEquals("Report a hate incident or hate crime", ui.heading(), "cleared, in English");
    assertEquals(Languages.ENGLISH, access().locale.get(), "the bar's language is the default");
    assertEquals(Languages.ENGLISH, ui.call(() -> language(ui).getValue()));
    assertEquals(DisplayMode.STANDARD, access().mode.get());
    assertEquals(
        NodeOrientation.LEFT_TO_RIGHT,
        ui.call(() -> fixture.stage.getScene().getRoot().getEffectiveNodeOrientation()));
  }

  @Test
  void aModeSwitchFromTheBarRedrawsTheKioskAndResetsWithTheVisit(FxRobot robot) {
    Ui ui = fixture.signIn(robot);
    ui.click("start-report").next();
    ui.click("role-victim");
    ui.click("large-text-mode");
    assertEquals(DisplayMode.LARGE_TEXT, fixture.kiosk().mode.get(), "the kiosk follows the bar");
    assertEquals("Who is reporting?", ui.heading(), "the same page");
    assertTrue(ui.selected("role-victim"), "the answer is kept");
    double leaveText =
        ui.call(
            () -> {
              fixture.stage.getScene().getRoot().applyCss();
              return ((Labeled) ui.node("leave-quickly")).getFont().getSize();
            });
    assertEquals(24 * 1.2 * 4 / 3, leaveText, 0.5, "the kiosk's words at large text (px)");

    ui.click("easy-read-mode");
    assertEquals(DisplayMode.EASY_READ_LARGE, access().mode.get());
    assertEquals("Who is telling us?", ui.heading());
    assertEquals(10, fixture.kiosk().idleMinutes(), "easy read from the bar doubles the wait too");

    ui.click("leave-quickly");
    ui.click("neutral-start");
    assertEquals(DisplayMode.STANDARD, access().mode.get());
    assertFalse(barSays(ui, "large-text-mode"));
    assertEquals("Standard (chosen)", ui.node("mode-standard").getAccessibleText());
  }

  private void shoot(Ui ui, String page) {
    ui.call(
        () -> {
          Screenshots.take(fixture.stage.getScene(), "kiosk-" + page);
          return null;
        });
  }

  @SuppressWarnings("unchecked")
  private static ChoiceBox<Locale> language(Ui ui) {
    return (ChoiceBox<Locale>) ui.node("language");
  }

  /** What the speech program was given, once it has been given that many texts. */
  private static List<String> said(int count) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> texts().size() >= count);
    return texts();
  }

  private static List<String> texts() throws IOException {
    Path file = speech.resolve("said.txt");
    if (!Files.exists(file)) {
      return List.of();
    }
    String all = Files.readString(file, StandardCharsets.UTF_8);
    return Stream.of(all.split("\n---\n", -1))
        .map(String::strip)
        .limit(all.split("\n---\n", -1).length - 1L)
        .toList();
  }
}
