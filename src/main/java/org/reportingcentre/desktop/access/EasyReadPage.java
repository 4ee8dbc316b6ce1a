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
  private static final String PAGED = "access.easyReadPaged";

  /** Easy read shows at most this many choices at a time; the rest are a button press away. */
  static final int CHOICES_AT_A_TIME = 6;

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
    for (Node options : page.lookupAll(".options")) {
      if (options instanceof Pane list && !options.getProperties().containsKey(PAGED)) {
        options.getProperties().put(PAGED, true);
        if (list.getChildren().size() > CHOICES_AT_A_TIME) {
          pageChoices(list, text);
        }
      }
    }
  }

  /**
   * Splits a long list of choices into groups shown one at a time, with buttons to move between
   * them. The choices stay the same controls, so every answer is kept whichever group is showing.
   */
  private static void pageChoices(Pane list, Messages text) {
    List<Node> rows = List.copyOf(list.getChildren());
    int groups = (rows.size() + CHOICES_AT_A_TIME - 1) / CHOICES_AT_A_TIME;
    Button earlier = new Button(text.get("access.earlierChoices"));
    earlier.setId("earlier-" + list.getId());
    earlier.getStyleClass().add("secondary");
    Button more = new Button();
    more.setId("more-" + list.getId());
    more.getStyleClass().add("secondary");
    Label where = new Label();
    where.setId("choices-shown-" + list.getId());
    where.getStyleClass().add("body");
    where.setWrapText(true);
    HBox nav = new HBox(earlier, more);
    nav.getStyleClass().add("button-row");
    int[] group = {0};
    Runnable show =
        () -> {
          int from = group[0] * CHOICES_AT_A_TIME;
          int to = Math.min(rows.size(), from + CHOICES_AT_A_TIME);
          for (int i = 0; i < rows.size(); i++) {
            boolean on = i >= from && i < to;
            rows.get(i).setVisible(on);
            rows.get(i).setManaged(on);
          }
          where.setText(
              text.get("access.choicesShown", "" + (from + 1), "" + to, "" + rows.size()));
          earlier.setVisible(group[0] > 0);
          earlier.setManaged(group[0] > 0);
          boolean last = group[0] == groups - 1;
          more.setVisible(!last);
          more.setManaged(!last);
          more.setText(
              text.get(
                  "access.moreChoices",
                  "" + (to + 1),
                  "" + Math.min(rows.size(), to + CHOICES_AT_A_TIME)));
        };
    earlier.setOnAction(
        e -> {
          group[0]--;
          show.run();
          focusFirstShown(rows);
        });
    more.setOnAction(
        e -> {
          group[0]++;
          show.run();
          focusFirstShown(rows);
        });
    if (list.getParent() instanceof Pane holder) {
      int at = holder.getChildren().indexOf(list);
      holder.getChildren().add(at + 1, nav);
      holder.getChildren().add(at, where);
    }
    show.run();
  }

  private static void focusFirstShown(List<Node> rows) {
    for (Node row : rows) {
      if (row.isVisible()) {
        Node target =
            row instanceof Pane p && !p.getChildren().isEmpty() ? p.getChildren().get(0) : row;
        target.requestFocus();
        return;
      }
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
