package org.reportingcentre.desktop.desk;

import javafx.beans.property.BooleanProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.reportingcentre.desktop.common.Form;

/** The few controls every desk screen builds the same way. */
final class DeskControls {
  private DeskControls() {}

  static Button button(Form form, String id, String key, String style) {
    Button button = new Button(form.text().get(key));
    button.setId(id);
    button.setWrapText(true);
    button.getStyleClass().add(style);
    return button;
  }

  static Label subheading(Form form, String key) {
    Label label = new Label(form.text().get(key));
    label.getStyleClass().add("subheading");
    label.setWrapText(true);
    return label;
  }

  /** A line that says what is happening or what went wrong; read as text. */
  static Label status(String id) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.getStyleClass().addAll("body", "desk-result");
    label.setAccessibleRole(AccessibleRole.TEXT);
    return label;
  }

  /** Turns while work runs in the background; hidden otherwise. */
  static ProgressIndicator progress(Form form, BooleanProperty busy) {
    ProgressIndicator progress = new ProgressIndicator();
    progress.setId("progress");
    progress.getStyleClass().add("desk-progress");
    progress.setAccessibleText(form.text().get("desk.progress"));
    progress.visibleProperty().bind(busy);
    progress.managedProperty().bind(busy);
    return progress;
  }
}
