package org.reportingcentre.desktop.kiosk;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;

/**
 * The kiosk's part of the accessibility audit: every control a person can press or type into is at
 * least 44 by 44 px and has a name. A stand-in until the display-modes work's AccessibilityAudit
 * (desktop/access, branch a11y) is in main: then run that, with its 44 px target rule, instead.
 */
final class TargetAudit {
  static final double MIN_PX = 44;

  private TargetAudit() {}

  static List<String> problems(Scene scene) {
    List<String> problems = new ArrayList<>();
    check(scene.getRoot(), scene.getRoot(), problems);
    return problems;
  }

  private static void check(Node root, Node node, List<String> problems) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof ButtonBase || node instanceof TextInputControl) {
      Bounds b = node.localToScene(node.getLayoutBounds());
      String name = name(root, node);
      String id = node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId();
      if (b.getWidth() < MIN_PX || b.getHeight() < MIN_PX) {
        problems.add(id + " is " + Math.round(b.getWidth()) + "x" + Math.round(b.getHeight()));
      }
      if (name.isBlank()) {
        problems.add(id + " has no accessible name");
      }
    }
    if (node instanceof ScrollPane s && s.getContent() != null) {
      check(root, s.getContent(), problems);
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        check(root, child, problems);
      }
    }
  }

  private static String name(Node root, Node node) {
    if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
      return node.getAccessibleText();
    }
    if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
      return l.getText();
    }
    return root.lookupAll(".label").stream()
        .filter(n -> n instanceof Label l && l.getLabelFor() == node)
        .map(n -> ((Label) n).getText())
        .findFirst()
        .orElse("");
  }
}
