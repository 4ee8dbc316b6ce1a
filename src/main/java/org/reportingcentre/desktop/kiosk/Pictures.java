package org.reportingcentre.desktop.kiosk;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * Simple drawn pictures for the welcome page's buttons, until the pictogram set of the
 * display-modes work (OpenMoji) is in. Decorative: the button's words are its accessible name.
 */
final class Pictures {
  private static final double SIZE = 56;

  private Pictures() {}

  static Node of(KioskMode mode) {
    return switch (mode) {
      case STANDARD -> page();
      case EASY_READ -> face();
      case LARGE_TEXT -> letters("A", "letters-large");
    };
  }

  static Node language(String code) {
    return letters(code.toUpperCase(java.util.Locale.ROOT), "letters-code");
  }

  private static Node page() {
    Rectangle sheet = new Rectangle(8, 2, 40, 52);
    sheet.setFill(null);
    sheet.setStrokeWidth(3);
    sheet.getStyleClass().add("picture-line");
    Pane pane = new Pane(sheet);
    for (int i = 0; i < 4; i++) {
      Line line = new Line(16, 14 + i * 10, 40, 14 + i * 10);
      line.setStrokeWidth(3);
      line.getStyleClass().add("picture-line");
      pane.getChildren().add(line);
    }
    return decorative(pane);
  }

  private static Node face() {
    Circle head = new Circle(SIZE / 2, SIZE / 2, SIZE / 2 - 3);
    head.setFill(null);
    head.setStrokeWidth(3);
    Circle left = new Circle(SIZE / 2 - 9, SIZE / 2 - 6, 3.5);
    Circle right = new Circle(SIZE / 2 + 9, SIZE / 2 - 6, 3.5);
    Arc smile = new Arc(SIZE / 2, SIZE / 2 + 4, 13, 10, 200, 140);
    smile.setType(ArcType.OPEN);
    smile.setFill(null);
    smile.setStrokeWidth(3);
    head.getStyleClass().add("picture-line");
    smile.getStyleClass().add("picture-line");
    left.getStyleClass().add("picture-solid");
    right.getStyleClass().add("picture-solid");
    return decorative(new Pane(head, left, right, smile));
  }

  private static Node letters(String text, String sizeClass) {
    Label label = new Label(text);
    label.getStyleClass().addAll("picture-letters", sizeClass);
    label.setMinHeight(SIZE);
    label.setAccessibleText("");
    label.setFocusTraversable(false);
    return label;
  }

  private static Node decorative(Pane pane) {
    pane.setMinSize(SIZE, SIZE);
    pane.setPrefSize(SIZE, SIZE);
    pane.setMaxSize(SIZE, SIZE);
    pane.setMouseTransparent(true);
    return pane;
  }
}
