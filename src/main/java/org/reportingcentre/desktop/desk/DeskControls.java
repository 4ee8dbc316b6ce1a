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
    // Takes no room until there is something to say.
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
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

  /**
   * A tick box for "show small counts as <5", with the padlock picture (privacy) that easy read
   * asks of every choice.
   */
  static javafx.scene.control.CheckBox smallCounts(Form form, String id, String key) {
    javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(form.text().get(key));
    box.setId(id);
    box.setWrapText(true);
    var picture =
        DeskControls.class.getResourceAsStream(
            org.reportingcentre.desktop.access.Pictograms.FOLDER + "1F512.png");
    if (picture != null) {
      javafx.scene.image.ImageView view =
          new javafx.scene.image.ImageView(new javafx.scene.image.Image(picture));
      view.setPreserveRatio(true);
      view.setFitWidth(org.reportingcentre.desktop.access.Pictograms.SIZE);
      box.setGraphic(view);
      box.getStyleClass().add("with-picture");
    }
    return box;
  }
}
