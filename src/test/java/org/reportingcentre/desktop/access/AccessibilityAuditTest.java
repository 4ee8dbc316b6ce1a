package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingcentre.desktop.app.ReportingCentreApp;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The audit catches what it claims to, on small scenes broken on purpose. */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class AccessibilityAuditTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private List<AccessibilityAudit.Finding> audit(
      FxRobot robot, boolean easyRead, Supplier<Node> content) {
    robot.interact(
        () -> {
          VBox root = new VBox(content.get());
          root.getStyleClass().add("column");
          Scene scene = new Scene(root, 600, 400);
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
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.waitForAsyncFx(
        5000, () -> new AccessibilityAudit(easyRead).audit(stage.getScene()));
  }

  private static List<String> describe(List<AccessibilityAudit.Finding> findings) {
    return findings.stream().map(f -> f.rule() + " " + f.node()).toList();
  }

  @Test
  void aLabelledFieldAndAButtonPass(FxRobot robot) {
    var findings =
        audit(
            robot,
            false,
            () -> {
              Label label = new Label("Your name");
              TextField name = new TextField();
              name.setId("name");
              label.setLabelFor(name);
              Button go = new Button("Continue");
              go.setId("go");
              return new VBox(label, name, go);
            });
    assertEquals(List.of(), findings);
  }

  @Test
  void aFieldWithNoNameIsFound(FxRobot robot) {
    var findings =
        audit(
            robot,
            false,
            () -> {
              TextField nameless = new TextField();
              nameless.setId("nameless");
              return new VBox(new Label("Not bound to the field"), nameless);
            });
    assertEquals(List.of("NAME nameless"), describe(findings));
  }

  @Test
  void lowContrastTextIsFoundWithItsRatio(FxRobot robot) {
    var findings =
        audit(
            robot,
            false,
            () -> {
              Label pale = new Label("Pale grey words");
              pale.setId("pale");
              // #767676 on white is 4.5:1: enough for WCAG AA, not for the 7:1 this product needs.
              pale.setStyle("-fx-text-fill: #767676;");
              return pale;
            });
    assertEquals(List.of("TEXT_CONTRAST pale"), describe(findings));
    assertTrue(findings.get(0).detail().contains("4.54:1"), findings.get(0).detail());
  }

  @Test
  void aLabelCutOffWithAnEllipsisIsFound(FxRobot robot) {
    var findings =
        audit(
            robot,
            false,
            () -> {
              Label cut =
                  new Label("A long sentence that cannot fit in the narrow space it is given");
              cut.setId("cut");
              cut.setMaxWidth(120);
              return cut;
            });
    assertEquals(List.of("TRUNCATED cut"), describe(findings));
  }

  @Test
  void somethingWiderThanTheWindowIsFound(FxRobot robot) {
    var findings =
        audit(
            robot,
            false,
            () -> {
              Label wide = new Label("Wide");
              wide.setId("wide");
              wide.setMinWidth(900);
              return new HBox(wide);
            });
    assertEquals(List.of("CLIPPED wide"), describe(findings));
  }

  @Test
  void aButtonTheKeyboardCannotReachIsFound(FxRobot robot) {
    var findings =
        audit(
            robot,
            false,
            () -> {
              Button first = new Button("First");
              first.setId("first");
              Button skipped = new Button("Mouse only");
              skipped.setId("skipped");
              skipped.setFocusTraversable(false);
              Button last = new Button("Last");
              last.setId("last");
              return new VBox(first, skipped, last);
            });
    assertEquals(List.of("KEYBOARD_ORDER skipped"), describe(findings));
  }

  @Test
  void aFocusIndicatorTooFaintIsFound(FxRobot robot) {
    var findings =
        audit(
            robot,
            false,
            () -> {
              Button faint = new Button("Faint");
              faint.setId("faint");
              faint.setStyle(
                  "-fx-background-color: #eeeeee; -fx-border-color: #dddddd; -fx-text-fill: black;");
              return faint;
            });
    assertEquals(List.of("FOCUS_INDICATOR faint"), describe(findings));
  }

  @Test
  void aControlThatLooksTheSameWhenFocusedIsFound(FxRobot robot) {
    var findings =
        audit(
            robot,
            false,
            () -> {
              // Dark and bold whether focused or not: strong contrast, but focus cannot be seen.
              Button same = new Button("Same");
              same.setId("same");
              same.setStyle(
                  "-fx-background-color: #0b0c0c; -fx-text-fill: white;"
                      + " -fx-border-color: #0b0c0c; -fx-border-width: 0 0 0.2em 0;");
              Button styled = new Button("Styled");
              styled.setId("styled");
              // Reached first, so a look checked once per screen must still tell the two apart.
              return new HBox(styled, same);
            });
    assertEquals(List.of("FOCUS_INDICATOR same"), describe(findings));
    assertTrue(findings.get(0).detail().contains("focus changes only"), findings.toString());
  }

  @Test
  void easyReadFindsSmallTextItalicsAndChoicesWithoutPictures(FxRobot robot) {
    var findings =
        audit(
            robot,
            true,
            () -> {
              Label small = new Label("Small words");
              small.setId("small");
              small.setStyle("-fx-font-size: 12pt;");
              Label slanted = new Label("Slanted words");
              slanted.setId("slanted");
              slanted.setStyle("-fx-font-size: 16pt; -fx-font-style: italic;");
              CheckBox bare = new CheckBox("A choice");
              bare.setId("bare");
              bare.setStyle("-fx-font-size: 16pt;");
              return new VBox(small, slanted, bare);
            });
    List<String> found = describe(findings);
    assertTrue(found.contains("EASY_READ_TEXT small"), found.toString());
    assertTrue(found.contains("PICTURE bare"), found.toString());
    assertTrue(
        findings.stream().anyMatch(f -> f.node().equals("slanted") && f.detail().contains("italic"))
            || !javafx.scene.text.Font.getFontNames().stream()
                .anyMatch(
                    n -> n.toLowerCase().contains("italic") || n.toLowerCase().contains("oblique")),
        found.toString());
  }
}
