package org.reportingcentre.desktop.access;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.reportingcentre.desktop.wizard.StepId;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes access-*.png: the same three pages in each mode and language, at 1366 by 768; start-*.png,
 * the first screens; and desk-*.png, the desk's news link, list and Send now summary. Run by {@link
 * org.reportingcentre.desktop.WriteScreenshots}.
 */
public final class AccessScreenshots {
  private final Stage stage;
  private final Path out;

  public AccessScreenshots(Stage stage, Path out) {
    this.stage = stage;
    this.out = out;
  }

  public void writesTheSamePagesInEveryModeAndLanguage(FxRobot robot) throws IOException {
    record Look(String name, DisplayMode mode, Locale locale) {}
    for (Look look :
        List.of(
            new Look("standard", DisplayMode.STANDARD, Languages.ENGLISH),
            new Look("easyread", DisplayMode.EASY_READ, Languages.ENGLISH),
            new Look("large", DisplayMode.LARGE_TEXT, Languages.ENGLISH),
            new Look("polish", DisplayMode.STANDARD, Languages.POLISH),
            new Look("urdu", DisplayMode.STANDARD, Languages.URDU))) {
      AccessSettings settings = new AccessSettings(look.locale());
      settings.mode.set(look.mode());
      AuditHarness harness = new AuditHarness(robot, stage, settings);
      Screens screens = new Screens();
      for (StepId step : List.of(StepId.WHAT, StepId.WHERE, StepId.CHECK)) {
        harness.show(
            () -> {
              var view = screens.wizardView(settings.messages());
              screens.wizard().current.set(step);
              return view.root();
            });
        Path file = out.resolve("access-" + step.key() + "-" + look.name() + ".png");
        shoot(stage, file);
      }
    }
  }

  /**
   * The first screens a centre sees (set-up and sign-in) with the display bar, in every mode and
   * language, and the language list opened at large text: docs/screenshots/start-*.png.
   */
  public void writesTheFirstScreensInEveryModeAndLanguage(FxRobot robot) throws IOException {
    record Look(String name, DisplayMode mode, Locale locale) {}
    for (Look look :
        List.of(
            new Look("standard", DisplayMode.STANDARD, Languages.ENGLISH),
            new Look("easyread", DisplayMode.EASY_READ, Languages.ENGLISH),
            new Look("large", DisplayMode.LARGE_TEXT, Languages.ENGLISH),
            new Look("easyread-large", DisplayMode.EASY_READ_LARGE, Languages.ENGLISH),
            new Look("polish", DisplayMode.STANDARD, Languages.POLISH),
            new Look("urdu", DisplayMode.STANDARD, Languages.URDU),
            new Look("urdu-large", DisplayMode.LARGE_TEXT, Languages.URDU))) {
      AccessSettings settings = new AccessSettings(look.locale());
      settings.mode.set(look.mode());
      AuditHarness harness = new AuditHarness(robot, stage, settings);
      for (String screen : List.of("setup", "signin")) {
        harness.show(new Screens().all(settings.messages()).get(screen));
        write(out, "start-" + screen + "-" + look.name());
      }
      if (look.name().equals("large")) {
        robot.clickOn("#language");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window menu =
            robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .findFirst()
                .orElseThrow();
        WritableImage page =
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.getScene().snapshot(null));
        WritableImage list =
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> menu.getScene().snapshot(null));
        BufferedImage both = toBuffered(page);
        java.awt.Graphics2D g = both.createGraphics();
        javafx.geometry.Point2D at =
            new javafx.geometry.Point2D(
                menu.getX() - stage.getScene().getWindow().getX() - stage.getScene().getX(),
                menu.getY() - stage.getScene().getWindow().getY() - stage.getScene().getY());
        g.drawImage(toBuffered(list), (int) at.getX(), (int) at.getY(), null);
        g.dispose();
        ImageIO.write(both, "png", out.resolve("start-language-list-large.png").toFile());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
      }
    }
  }

  /**
   * The pages a later pass changed: errors reworded after a switch to Polish, "About the person it
   * happened to", a message dialog at large text, and a focused secondary button.
   */
  public void writesThePagesChangedBySwitchesDialogsAndFocus(FxRobot robot) throws IOException {

    AccessSettings settings = new AccessSettings(Languages.ENGLISH);
    AuditHarness harness = new AuditHarness(robot, stage, settings);
    Screens screens = new Screens();
    harness.show(() -> screens.wizardView(settings.messages()).root());
    robot.interact(
        () -> {
          var wizard = screens.wizard();
          wizard.change(StepId.WHO);
          ((org.reportingcentre.desktop.wizard.WhoViewModel) wizard.model(StepId.WHO))
              .role.set(org.reportingcentre.report.ReporterRole.ON_BEHALF);
          wizard.continueClicked();
        });
    robot.interact(() -> settings.locale.set(Languages.POLISH));
    harness.show(
        () -> {
          screens.wizard().useWording(settings.messages());
          return screens.wizardView(settings.messages()).root();
        });
    write(out, "access-errors-after-switch-polish");

    robot.interact(() -> settings.locale.set(Languages.ENGLISH));
    harness.show(
        () -> {
          var wizard = screens.wizard();
          wizard.useWording(settings.messages());
          ((org.reportingcentre.desktop.wizard.WhoViewModel) wizard.model(StepId.WHO))
              .relationship.set("Neighbour");
          wizard.answers().role = org.reportingcentre.report.ReporterRole.ON_BEHALF;
          wizard.change(StepId.ABOUT_YOU);
          return screens.wizardView(settings.messages()).root();
        });
    write(out, "access-about-someone-else");

    robot.interact(() -> settings.mode.set(DisplayMode.LARGE_TEXT));
    harness.show(() -> screens.all(settings.messages()).get("home").get());
    javafx.scene.control.Alert[] dialog = new javafx.scene.control.Alert[1];
    robot.interact(
        () -> {
          dialog[0] =
              org.reportingcentre.desktop.common.Dialogs.message(
                  stage.getScene().getRoot(),
                  settings.messages(),
                  "receipt.failed.heading",
                  "receipt.failed.body");
          dialog[0].show();
        });
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage shot =
        WaitForAsyncUtils.waitForAsyncFx(
            5000, () -> dialog[0].getDialogPane().getScene().snapshot(null));
    ImageIO.write(toBuffered(shot), "png", out.resolve("access-dialog-large.png").toFile());
    robot.interact(() -> dialog[0].close());

    robot.interact(() -> settings.mode.set(DisplayMode.STANDARD));
    harness.show(() -> screens.all(settings.messages()).get("home").get());
    robot.interact(() -> stage.getScene().lookup("#find").requestFocus());
    write(out, "access-focus-secondary-button");
  }

  private void write(Path out, String name) throws IOException {
    shoot(stage, out.resolve(name + ".png"));
  }

  /** The stage's scene as it is drawn now, written to a PNG file: every screenshot test's step. */
  static void shoot(Stage stage, Path file) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage image =
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.getScene().snapshot(null));
    ImageIO.write(toBuffered(image), "png", file.toFile());
    if (Files.size(file) <= 1000) {
      throw new IllegalStateException("Nothing drawn in " + file);
    }
  }

  static BufferedImage toBuffered(WritableImage image) {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    var reader = image.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(x, y, reader.getArgb(x, y));
      }
    }
    return out;
  }

  /** The desk's loose ends: home's news link, the list it opens, Send now counting referrals. */
  public void writesTheNewsLinkTheListWithNewsAndTheReferralSummary(FxRobot robot)
      throws IOException {
    // Standard English only: at large text these pages scroll, and the audit covers every mode.
    AccessSettings settings = new AccessSettings(Languages.ENGLISH);
    AuditHarness harness = new AuditHarness(robot, stage, settings);
    for (String screen : List.of("home-sync", "reports-list-with-news", "send-now-referrals")) {
      harness.show(() -> new Screens().all(settings.messages()).get(screen).get());
      write(out, "desk-" + screen);
    }
  }
}
