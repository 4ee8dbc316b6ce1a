package org.reportingcentre.desktop.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.access.Pictograms;
import org.reportingcentre.report.Coded;

/**
 * The building blocks of a question page, GOV.UK style: each answer sits in a group with its label
 * (or legend), an optional hint, a place for its own error message, and the control. Every control
 * gets an id to find it by and an accessible name; keyboard order is reading order.
 */
public final class Form {
  private final Messages text;
  private Pictograms pictures;

  /**
   * The heading of the page being built. When a page asks one question, the heading is the question
   * (GOV.UK), so a legend with the same words is not shown twice: it stays as the controls'
   * accessible name only.
   */
  private String pageHeading = "";

  public Form(Messages text) {
    this.text = text;
  }

  public Messages text() {
    return text;
  }

  /** The page heading: the question itself. */
  public Label heading(String key) {
    Label heading = new Label(text.get(key));
    pageHeading = heading.getText();
    heading.getStyleClass().add("heading");
    heading.setWrapText(true);
    heading.setId("heading");
    heading.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
    return heading;
  }

  /** A paragraph of body text. */
  public Label paragraph(String key, Object... args) {
    Label body = new Label(text.get(key, args));
    body.getStyleClass().add("body");
    body.setWrapText(true);
    return body;
  }

  public Label warning(String key) {
    Label body = paragraph(key);
    body.getStyleClass().add("warning");
    return body;
  }

  public TextField textField(
      String id, String labelKey, boolean optional, StringProperty value, Pane into) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(value);
    into.getChildren().add(group(id, labelKey, optional, field, field));
    return field;
  }

  public TextArea textArea(
      String id, String labelKey, boolean optional, StringProperty value, Pane into) {
    TextArea area = new TextArea();
    area.setId(id);
    area.setWrapText(true);
    area.setPrefRowCount(6);
    area.textProperty().bindBidirectional(value);
    // Tab moves on rather than typing a tab, so the keyboard can leave the box.
    area.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
            e.consume();
            area.fireEvent(
                new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "",
                    "",
                    javafx.scene.input.KeyCode.TAB,
                    e.isShiftDown(),
                    true,
                    false,
                    false));
          }
        });
    into.getChildren().add(group(id, labelKey, optional, area, area));
    return area;
  }

  /** One choice from a code list, as radio buttons. */
  public <E extends Enum<E> & Coded> VBox radios(
      String id,
      String legendKey,
      boolean optional,
      List<E> values,
      ObjectProperty<E> value,
      Pane into) {
    return radios(id, legendKey, optional, values, text::of, value, into);
  }

  public <E> VBox radios(
      String id,
      String legendKey,
      boolean optional,
      List<E> values,
      Function<E, String> label,
      ObjectProperty<E> value,
      Pane into) {
    VBox options = new VBox();
    options.getStyleClass().add("options");
    options.setId(id);
    ToggleGroup toggles = new ToggleGroup();
    String legend = legendText(legendKey, optional);
    for (E v : values) {
      RadioButton radio = new RadioButton(label.apply(v));
      radio.setId(id + "-" + code(v));
      radio.setUserData(v);
      radio.setToggleGroup(toggles);
      radio.setWrapText(true);
      radio.setAccessibleHelp(legend);
      radio.setSelected(v.equals(value.get()));
      decorate(radio);
      options.getChildren().add(radio);
    }
    toggles
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              @SuppressWarnings("unchecked")
              E chosen = now == null ? null : (E) now.getUserData();
              value.set(chosen);
            });
    value.addListener(
        (obs, old, now) -> {
          for (var t : toggles.getToggles()) {
            boolean on = now != null && now.equals(t.getUserData());
            if (t.isSelected() != on) {
              t.setSelected(on);
            }
          }
        });
    into.getChildren().add(group(id, legendKey, optional, options, null));
    return options;
  }

  /** Any number of choices from a code list, as tick boxes. */
  public <E extends Enum<E> & Coded> Pane checkboxes(
      String id, String legendKey, List<E> values, ObservableSet<E> chosen, Pane into) {
    VBox list = new VBox();
    list.getStyleClass().add("options");
    list.setId(id);
    String legend = legendText(legendKey, false);
    for (E v : values) {
      CheckBox box = new CheckBox(text.of(v));
      box.setId(id + "-" + v.code());
      box.setWrapText(true);
      box.setAccessibleHelp(legend);
      box.setSelected(chosen.contains(v));
      decorate(box);
      box.selectedProperty()
          .addListener(
              (obs, old, now) -> {
                if (now) {
                  chosen.add(v);
                } else {
                  chosen.remove(v);
                }
              });
      chosen.addListener((SetChangeListener<E>) change -> box.setSelected(chosen.contains(v)));
      list.getChildren().add(box);
    }
    into.getChildren().add(group(id, legendKey, false, list, null));
    return list;
  }

  /**
   * Puts the choice's picture, if the standard page shows one, before its words. Pictures are sized
   * from the choice's font, so large text makes them larger too. They are decoration: the words
   * stay the accessible name.
   */
  private void decorate(Labeled option) {
    if (pictures == null) {
      pictures = new Pictograms();
    }
    pictures
        .standardPicture(option.getId())
        .ifPresent(
            image -> {
              ImageView view = new ImageView(image);
              view.setPreserveRatio(true);
              view.setSmooth(true);
              view.getProperties().put(Pictograms.DECORATIVE, true);
              view.fitHeightProperty()
                  .bind(
                      Bindings.createDoubleBinding(
                          () -> option.getFont().getSize() * PICTURE_EMS, option.fontProperty()));
              option.setGraphic(view);
              option.getStyleClass().add("with-picture");
            });
  }

  /** A choice's picture is this many times the height of its words. */
  private static final double PICTURE_EMS = 2.2;

  /** The words of a question's label: the question, then "(optional)" when it is. */
  public String legendText(String key, boolean optional) {
    return optional ? text.get(key) + " " + text.get("common.optional") : text.get(key);
  }

  /** Label (or legend), hint, error line and control, in that order. */
  public VBox group(String id, String labelKey, boolean optional, Node control, Node labelled) {
    Label label = new Label(legendText(labelKey, optional));
    label.getStyleClass().add("question");
    label.setWrapText(true);
    label.setId("label-" + id);
    if (label.getText().equals(pageHeading)) {
      label.getStyleClass().add("legend-is-heading");
      label.setVisible(false);
      label.setManaged(false);
    }
    VBox group = new VBox(label);
    group.getStyleClass().add("form-group");
    group.setId("group-" + id);
    String hintKey = labelKey + ".hint";
    if (text.has(hintKey)) {
      Label hint = new Label(text.get(hintKey));
      hint.getStyleClass().add("hint");
      hint.setWrapText(true);
      group.getChildren().add(hint);
    }
    Label error = new Label();
    error.getStyleClass().add("error-message");
    error.setId("error-" + id);
    error.setWrapText(true);
    error.setVisible(false);
    error.setManaged(false);
    group.getChildren().addAll(error, control);
    if (labelled instanceof javafx.scene.control.Control c) {
      label.setLabelFor(c);
      c.setAccessibleText(label.getText());
    } else {
      control.setAccessibleText(label.getText());
    }
    return group;
  }

  /** Shows each field's own message and marks its group; clears the others. */
  public static void showFieldErrors(Node page, List<FieldError> errors) {
    for (Node group : page.lookupAll(".form-group")) {
      group.getStyleClass().remove("form-group-error");
      String id = group.getId() == null ? "" : group.getId().substring("group-".length());
      Node label = group.lookup("#error-" + id);
      if (label instanceof Label error) {
        String message =
            errors.stream()
                .filter(e -> e.field().equals(id))
                .map(FieldError::message)
                .findFirst()
                .orElse(null);
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        error.setManaged(message != null);
        if (message != null) {
          group.getStyleClass().add("form-group-error");
        }
      }
    }
  }

  /** Moves focus to a field: the control itself, or the first option of a group. */
  public static void focusField(Node page, String field) {
    Node node = page.lookup("#" + field);
    if (node == null) {
      return;
    }
    Node target = firstFocusable(node);
    if (target != null) {
      target.requestFocus();
      return;
    }
    node.requestFocus();
  }

  private static Node firstFocusable(Node node) {
    if (node.isFocusTraversable() && !node.isDisabled() && node.isVisible()) {
      return node;
    }
    if (node instanceof javafx.scene.Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        Node found = firstFocusable(child);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String code(Object value) {
    return value instanceof Coded c ? c.code() : String.valueOf(value).toLowerCase();
  }
}
