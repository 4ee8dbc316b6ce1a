package org.reportingcentre.desktop.wizard;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.Reference;

/** Page 17: the report is stored; the reference, large; what happens next; the receipt. */
public final class ConfirmationView {
  private final VBox root;
  private final Label reference;

  public ConfirmationView(Form form, Reference ref, Runnable onHome, Runnable onReceipt) {
    Label title = form.heading("confirmation.heading");
    Label referenceLabel = form.paragraph("confirmation.referenceLabel");
    reference = new Label(ref.toString());
    reference.setId("reference");
    reference.getStyleClass().add("reference");
    reference.setFocusTraversable(true);
    reference.setAccessibleText(
        form.text().get("confirmation.referenceLabel") + " " + spaced(ref.toString()));
    VBox panel = new VBox(title, referenceLabel, reference);
    panel.getStyleClass().add("panel");
    Button receipt = new Button(form.text().get("confirmation.receipt"));
    receipt.setId("receipt");
    receipt.getStyleClass().add("secondary");
    receipt.setOnAction(e -> onReceipt.run());
    Button home = new Button(form.text().get("confirmation.home"));
    home.setId("home");
    home.getStyleClass().add("primary");
    home.setOnAction(e -> onHome.run());
    Label next = form.paragraph("confirmation.next.heading");
    next.getStyleClass().add("subheading");
    root =
        new VBox(
            panel,
            next,
            form.paragraph("confirmation.next.body"),
            form.paragraph("confirmation.queued"),
            new HBox(receipt, home));
    root.getChildren().get(4).getStyleClass().add("button-row");
    root.getStyleClass().addAll("column", "page");
    root.setId("page-confirmation");
  }

  /** Read aloud character by character, so the reference is heard clearly. */
  private static String spaced(String reference) {
    return String.join(" ", reference.split(""));
  }

  public Node root() {
    return root;
  }

  void focusReference() {
    reference.requestFocus();
  }
}
