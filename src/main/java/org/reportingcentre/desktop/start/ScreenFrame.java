package org.reportingcentre.desktop.start;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Navigator;
import org.reportingcentre.desktop.common.PageScroll;
import org.reportingcentre.desktop.wizard.ErrorSummary;

/** A simple screen: an error summary above a column of content, and a window title. */
public class ScreenFrame {
  protected final Form form;
  protected final VBox column = new VBox();
  protected final ErrorSummary summary;
  private final ScrollPane root;
  private final String titleKey;
  public final StringProperty title = new SimpleStringProperty();

  protected ScreenFrame(Form form, String id, String titleKey) {
    this.form = form;
    this.titleKey = titleKey;
    this.summary = new ErrorSummary(form.text());
    column.getStyleClass().addAll("column", "page");
    column.setId(id);
    column.getChildren().add(summary);
    root = PageScroll.of(column);
    showErrors(List.of());
  }

  public ScrollPane root() {
    return root;
  }

  /** This screen as the navigator shows it. */
  public Navigator.Page page() {
    return Navigator.Page.of(root, title);
  }

  /** Shows the problems (or clears them): summary with focus, each field's own message. */
  public void showErrors(List<FieldError> errors) {
    summary.show(errors, e -> Form.focusField(column, e.field()));
    Form.showFieldErrors(column, errors);
    title.set(
        (errors.isEmpty() ? "" : form.text().get("common.errorPrefix"))
            + form.text().get(titleKey)
            + " - "
            + form.text().get("app.title"));
    if (!errors.isEmpty()) {
      summary.requestFocus();
    }
  }
}
