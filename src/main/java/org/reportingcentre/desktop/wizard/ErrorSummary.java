package org.reportingcentre.desktop.wizard;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;

/** "There is a problem", with one link per problem that moves focus to its field. */
public final class ErrorSummary extends VBox {
  private final Messages text;

  public ErrorSummary(Messages text) {
    this.text = text;
    setId("error-summary");
    getStyleClass().add("error-summary");
    // Focus is moved here when it appears (requestFocus), but it is not a Tab stop of its own:
    // its links are, as with GOV.UK's summary (tabindex="-1").
    setFocusTraversable(false);
    setVisible(false);
    setManaged(false);
  }

  public void show(List<FieldError> errors, Consumer<FieldError> onLink) {
    getChildren().clear();
    boolean any = !errors.isEmpty();
    setVisible(any);
    setManaged(any);
    if (!any) {
      return;
    }
    Label title = new Label(text.get("error.summary.title"));
    title.getStyleClass().add("error-summary-title");
    title.setId("error-summary-title");
    getChildren().add(title);
    StringBuilder spoken = new StringBuilder(title.getText());
    for (FieldError error : errors) {
      Hyperlink link = new Hyperlink(error.message());
      link.setId("error-link-" + error.field().replace(':', '-').replace('.', '-'));
      link.setWrapText(true);
      link.setOnAction(e -> onLink.accept(error));
      getChildren().add(link);
      spoken.append(". ").append(error.message());
    }
    setAccessibleText(spoken.toString());
  }
}
