package org.reportingcentre.desktop.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.reportingcentre.desktop.common.Messages;

/** Adds easy read's pictures and read buttons to a page made by its own view. */
final class EasyReadPage {
  private static final String DONE = "access.easyReadDone";

  private final Pictograms pictograms;
  private final ReadAloud readAloud;

  EasyReadPage(Pictograms pictograms, ReadAloud readAloud) {
    this.pictograms = pictograms;
    this.readAloud = readAloud;
  }

  /** Idempotent: a node is changed once; later calls only reach what is new. */
  void decorate(Node page, Messages text, Locale locale, Label status) {
    List<Labeled> choices = new ArrayList<>();
    List<Label> headings = new ArrayList<>();
    collect(page, choices, headings);
    for (Label heading : headings) {
      heading.getProperties().put(DONE, true);
      String pageKey = pageKey(heading);
      pictograms.forPage(pageKey).ifPresent(p -> heading.setGraphic(pictograms.view(p, false)));
    }
    for (Labeled choice : choices) {
      choice.getProperties().put(DONE, true);
      pictograms
          .forChoice(choice.getId())
          .ifPresent(p -> choice.setGraphic(pictograms.view(p, true)));
      addReadButton(choice, text, locale, status);
    }
  }

  private void addReadButton(Labeled choice, Messages text, Locale locale, Label status) {
    if (!(choice.getParent() instanceof Pane parent)) {
      return;
    }
    boolean focused = choice.isFocused();
    Button read = new Button(text.get("access.readChoice"));
    read.setId("read-" + choice.getId());
    read.getStyleClass().addAll("secondary", "read-choice");
    read.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    read.setAccessibleText(text.get("access.readChoice") + ": " + choice.getText());
    read.setOnAction(
        e -> {
          if (readAloud.available()) {
            status.setText("");
            readAloud.speak(choice.getText(), locale);
          } else {
            status.setText(text.get("access.noSpeech"));
          }
        });
    int at = parent.getChildren().indexOf(choice);
    HBox row = new HBox();
    row.getStyleClass().add("choice-row");
    parent.getChildren().set(at, row);
    row.getChildren().addAll(choice, read);
    HBox.setHgrow(choice, Priority.ALWAYS);
    choice.setMaxWidth(Double.MAX_VALUE);
    if (focused) {
      choice.requestFocus();
    }
  }

  private static String pageKey(Node heading) {
    for (Node n = heading; n != null; n = n.getParent()) {
      String id = n.getId();
      if (id != null && id.startsWith("page-")) {
        return id.substring("page-".length());
      }
      if (n.getStyleClass().contains("page") && id != null) {
        return id;
      }
    }
    return "";
  }

  private static void collect(Node node, List<Labeled> choices, List<Label> headings) {
    if (node.getProperties().containsKey(DONE)) {
      if (node instanceof Parent p && !(node instanceof Labeled)) {
        for (Node child : p.getChildrenUnmodifiable()) {
          collect(child, choices, headings);
        }
      }
      return;
    }
    if ((node instanceof RadioButton || node instanceof CheckBox) && node.getId() != null) {
      choices.add((Labeled) node);
      return;
    }
    if (node instanceof Label label && "heading".equals(node.getId())) {
      headings.add(label);
      return;
    }
    if (node instanceof Parent p && !(node instanceof Labeled)) {
      for (Node child : List.copyOf(p.getChildrenUnmodifiable())) {
        collect(child, choices, headings);
      }
    }
  }

  /** The words a person sees on the page, in reading order, one block a line. */
  static String words(Node page) {
    StringBuilder out = new StringBuilder();
    addWords(page, out);
    return out.toString().strip();
  }

  private static void addWords(Node node, StringBuilder out) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Labeled l
        && !(node instanceof ButtonBase
            && !(node instanceof RadioButton || node instanceof CheckBox))) {
      if (l.getText() != null && !l.getText().isBlank()) {
        out.append(l.getText().strip()).append('\n');
      }
      return;
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        addWords(child, out);
      }
    }
  }
}
