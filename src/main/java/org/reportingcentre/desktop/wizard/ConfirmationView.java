package org.reportingcentre.desktop.wizard;

import java.util.List;
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

  /**
   * @param support where to get support, one line each (see {@link SupportLines})
   */
  public ConfirmationView(
      Form form, Reference ref, Runnable onHome, Runnable onReceipt, List<String> support) {
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
    Label supportHeading = form.paragraph("receipt.support.heading");
    supportHeading.getStyleClass().add("subheading");
    VBox supportLines = new VBox();
    supportLines.setId("support-numbers");
    for (String line : support) {
      Label label = new Label(line);
      label.setWrapText(true);
      label.getStyleClass().add("body");
      supportLines.getChildren().add(label);
    }
    HBox buttons = new HBox(receipt, home);
    buttons.getStyleClass().add("button-row");
    root =
        new VBox(
            panel,
            next,
            form.paragraph("confirmation.next.body"),
            form.paragraph("confirmation.queued"),
            supportHeading,
            supportLines,
            buttons);
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
