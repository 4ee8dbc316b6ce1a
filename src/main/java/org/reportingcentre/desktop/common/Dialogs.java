package org.reportingcentre.desktop.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * Windows the app opens over its own follow their owner: the same stylesheet, the owner's root
 * style classes (large text is one root font size, easy read, the script) and direction of writing,
 * so a dialog is as large and as readable as the page that opened it. Popups that belong to a
 * control (a choice list, a context menu, a tooltip) follow their control by themselves: their
 * style comes from the control's own scene.
 */
public final class Dialogs {
  private Dialogs() {}

  /** A plain message with one OK button, over the window {@code owner} is in. */
  public static Alert message(Node owner, Messages text, String headingKey, String bodyKey) {
    ButtonType ok = new ButtonType(text.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
    Alert alert = new Alert(Alert.AlertType.NONE, text.get(bodyKey), ok);
    alert.setTitle(text.get(headingKey));
    alert.setHeaderText(text.get(headingKey));
    alert.getDialogPane().setId("message-dialog");
    followOwner(alert, owner);
    return alert;
  }

  /** Makes a dialog look like the window {@code owner} is in. Call before showing it. */
  public static void followOwner(Dialog<?> dialog, Node owner) {
    Scene from = owner.getScene();
    if (from == null) {
      return;
    }
    if (dialog.getOwner() == null && from.getWindow() != null) {
      dialog.initOwner(from.getWindow());
    }
    Scene to = dialog.getDialogPane().getScene();
    Parent target = to == null ? dialog.getDialogPane() : to.getRoot();
    if (to != null) {
      to.getStylesheets().setAll(from.getStylesheets());
    }
    for (String styleClass : from.getRoot().getStyleClass()) {
      if (!target.getStyleClass().contains(styleClass)) {
        target.getStyleClass().add(styleClass);
      }
    }
    target.setNodeOrientation(from.getRoot().getEffectiveNodeOrientation());
  }
}
