package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.testing.Pulse;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The accessibility audit over every screen (set-up, recovery key, sign-in, home, each wizard page,
 * check answers, confirmation) in every display mode and language, in a 1366 by 768 window. Also
 * checks that a failed Continue puts the focus on the error summary.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class AllScreensAuditTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  static Stream<Arguments> modesAndLanguages() {
    List<Arguments> all = new ArrayList<>();
    for (Locale locale : Languages.OFFERED) {
      for (DisplayMode mode :
          List.of(
              DisplayMode.STANDARD,
              DisplayMode.EASY_READ,
              DisplayMode.LARGE_TEXT,
              DisplayMode.EASY_READ_LARGE)) {
        all.add(Arguments.of(mode.slug(), locale.getLanguage(), mode, locale));
      }
    }
    // -Daudit.only=large,en runs one mode or language while working on it.
    String only = System.getProperty("audit.only", "");
    return all.stream()
        .filter(
            a ->
                only.isEmpty()
                    || List.of(only.split(",")).containsAll(List.of()) && matches(a, only));
  }

  private static boolean matches(Arguments a, String only) {
    for (String part : only.split(",")) {
      if (!part.equals(a.get()[0]) && !part.equals(a.get()[1])) {
        return false;
      }
    }
    return true;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("modesAndLanguages")
  void everyScreenPassesTheAudit(
      String slug, String lang, DisplayMode mode, Locale locale, FxRobot robot) {
    AccessSettings settings = new AccessSettings(locale);
    settings.mode.set(mode);
    AuditHarness harness = new AuditHarness(robot, stage, settings);
    Messages text = settings.messages();
    Screens screens = new Screens();
    List<String> problems = new ArrayList<>();
    AccessibilityAudit summaryAudit =
        new AccessibilityAudit(mode.easyRead(), 0, new java.util.HashSet<>());
    for (Map.Entry<String, Supplier<Node>> screen : screens.all(text).entrySet()) {
      for (AccessibilityAudit.Finding f : harness.audit(screen.getValue())) {
        problems.add(screen.getKey() + ": " + f);
      }
      if (screen.getKey().startsWith("wizard-")) {
        checkErrorSummaryTakesFocus(screens, screen.getKey(), summaryAudit, problems);
      }
    }
    assertEquals("", String.join("\n", problems));
  }

  /** After a failed Continue the summary has the focus, and shows it plainly. */
  private void checkErrorSummaryTakesFocus(
      Screens screens, String name, AccessibilityAudit audit, List<String> problems) {
    var wizard = screens.wizard();
    var step = wizard.current.get();
    Pulse.interact(wizard::continueClicked);
    String problem =
        WaitForAsyncUtils.waitForAsyncFx(
            10_000,
            () -> {
              Node focused = stage.getScene().getFocusOwner();
              boolean failed = !wizard.errors.isEmpty();
              boolean onSummary = focused != null && "error-summary".equals(focused.getId());
              String look =
                  onSummary
                      ? audit.auditFocusOwner(stage.getScene()).stream()
                          .map(Object::toString)
                          .reduce((a, b) -> a + "; " + b)
                          .orElse(null)
                      : null;
              wizard.errors.clear();
              wizard.current.set(step);
              if (!failed) {
                return null;
              }
              return onSummary
                  ? look
                  : "after a failed Continue the focus is on "
                      + (focused == null ? "nothing" : focused.getId());
            });
    if (problem != null) {
      problems.add(name + ": " + problem);
    }
  }
}
