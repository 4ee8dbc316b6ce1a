package org.reportingcentre.desktop.start;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.reportingcentre.desktop.common.Form;

/** Shown once after set-up: the recovery key, a Print button and "I have stored it safely". */
public final class RecoveryKeyView extends ScreenFrame {
  public final BooleanProperty stored = new SimpleBooleanProperty();
  public final Button print;
  public final Button next;
  public final Label printResult = new Label();

  public RecoveryKeyView(Form form, String key) {
    super(form, "recovery", "recovery.heading");
    column
        .getChildren()
        .addAll(
            form.heading("recovery.heading"),
            form.paragraph("recovery.explain"),
            form.warning("recovery.once"));
    TextField shown = new TextField(key);
    shown.setId("recovery-key");
    shown.setEditable(false);
    shown.getStyleClass().add("recovery-key");
    column.getChildren().add(form.group("recovery-key", "recovery.key", false, shown, shown));
    print = new Button(form.text().get("recovery.print"));
    print.setId("print");
    print.getStyleClass().add("secondary");
    printResult.setId("print-result");
    printResult.setWrapText(true);
    printResult.getStyleClass().add("hint");
    column.getChildren().addAll(new HBox(print), printResult);
    CheckBox tick = new CheckBox(form.text().get("recovery.stored"));
    tick.setId("stored");
    tick.setWrapText(true);
    tick.selectedProperty().bindBidirectional(stored);
    column.getChildren().add(form.group("stored", "recovery.storedQuestion", false, tick, tick));
    next = new Button(form.text().get("common.continue"));
    next.setId("continue");
    next.setDefaultButton(true);
    next.getStyleClass().add("primary");
    column.getChildren().add(next);
  }
}
