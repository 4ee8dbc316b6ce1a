package org.reportingcentre.desktop.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.reportingcentre.desktop.app.ReportingCentreApp;
import org.reportingcentre.desktop.testing.Pulse;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Shows a screen in the access frame in a 1366 by 768 window and audits it. */
final class AuditHarness {
  static final double WIDTH = 1366;
  static final double HEIGHT = 768;

  final List<List<String>> spoken = new ArrayList<>();
  final AccessSettings settings;
  final ReadAloud readAloud;
  final AccessFrame frame;
  private final Stage stage;
  private final FxRobot robot;

  AuditHarness(FxRobot robot, Stage stage, AccessSettings settings) {
    this.robot = robot;
    this.stage = stage;
    this.settings = settings;
    FakeSpeech speech = new FakeSpeech();
    this.readAloud =
        new ReadAloud(Optional.of(SpeechEngine.espeak()), speech, Runnable::run, e -> {});
    this.frame = new AccessFrame(settings, readAloud, new Pictograms());
    robot.interact(
        () -> {
          Scene scene = new Scene(frame.root(), WIDTH, HEIGHT);
          scene
              .getStylesheets()
              .add(
                  ReportingCentreApp.class
                      .getResource(ReportingCentreApp.STYLESHEET)
                      .toExternalForm());
          // The stage is shared by every TestFX class: undo what an earlier one (the kiosk's
          // full screen) may have left, so the window is the size this audit is about.
          stage.setFullScreen(false);
          stage.setScene(scene);
          stage.sizeToScene();
          stage.show();
        });
  }

  /** Shows the screen and returns the audit's findings. */
  List<AccessibilityAudit.Finding> audit(Supplier<Node> screen) {
    // One frame after the screen is put in place (easy read's pictures and read buttons are added
    // just before its layout), then the audit: the same as a person sees, without TestFX's sleeps.
    Pulse.interact(() -> frame.setContent(screen.get()));
    return auditNow();
  }

  /** Shows the screen at its top, as a person first sees it. */
  void show(Supplier<Node> screen) {
    robot.interact(() -> frame.setContent(screen.get()));
    robot.interact(frame::beforeLayout);
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> stage.getScene().getRoot().requestFocus());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Focus looks compared so far in this mode and language (each is drawn once per harness). */
  private final java.util.Set<String> looksChecked = new java.util.HashSet<>();

  List<AccessibilityAudit.Finding> auditShown() {
    Pulse.next();
    return auditNow();
  }

  private List<AccessibilityAudit.Finding> auditNow() {
    return WaitForAsyncUtils.waitForAsyncFx(
        60_000,
        () -> {
          frame.beforeLayout();
          return new AccessibilityAudit(settings.mode.get().easyRead(), 0, looksChecked)
              .audit(stage.getScene());
        });
  }
}
