package org.reportingcentre.desktop.access;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.PageScroll;

/** The image credits: who made the pictures and under which licence. */
final class CreditsView {
  private final ScrollPane root;
  private final Button back;

  CreditsView(Messages text, Pictograms pictograms, Runnable onBack) {
    Label heading = new Label(text.get("access.credits.heading"));
    heading.setId("heading");
    heading.getStyleClass().add("heading");
    heading.setWrapText(true);
    Label body = new Label(text.get("access.credits.body"));
    body.getStyleClass().add("body");
    body.setWrapText(true);
    Label licence = new Label(text.get("access.credits.licence"));
    licence.getStyleClass().add("body");
    licence.setWrapText(true);
    FlowPane pictures = new FlowPane();
    pictures.getStyleClass().add("credits-pictures");
    for (String code : pictograms.codes()) {
      pictures.getChildren().add(pictograms.view(new Pictograms.Picture(code, code), true));
    }
    back = new Button(text.get("access.credits.back"));
    back.setId("credits-back");
    back.getStyleClass().add("primary");
    back.setOnAction(e -> onBack.run());
    VBox column = new VBox(heading, body, licence, pictures, back);
    column.getStyleClass().addAll("column", "page");
    column.setId("credits-page");
    root = PageScroll.of(column);
  }

  ScrollPane root() {
    return root;
  }

  void focusBack() {
    javafx.application.Platform.runLater(back::requestFocus);
  }
}
