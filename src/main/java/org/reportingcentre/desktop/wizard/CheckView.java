package org.reportingcentre.desktop.wizard;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;

/** Page 16: check your answers. */
public final class CheckView implements StepView {
  private final VBox root;
  private final GridPane grid = new GridPane();

  public CheckView(Form form, CheckViewModel vm) {
    root =
        StepView.page(StepId.CHECK, form.heading("check.heading"), form.paragraph("check.explain"));
    grid.getStyleClass().add("summary");
    grid.setId("summary");
    ColumnConstraints question = new ColumnConstraints();
    question.setPercentWidth(35);
    ColumnConstraints answer = new ColumnConstraints();
    answer.setPercentWidth(50);
    answer.setHgrow(Priority.ALWAYS);
    ColumnConstraints change = new ColumnConstraints();
    change.setPercentWidth(15);
    grid.getColumnConstraints().addAll(question, answer, change);
    root.getChildren().addAll(grid, form.paragraph("check.declaration"));
    vm.rows.addListener((ListChangeListener<CheckViewModel.Row>) c -> rebuild(form, vm));
    rebuild(form, vm);
  }

  private void rebuild(Form form, CheckViewModel vm) {
    grid.getChildren().clear();
    int line = 0;
    for (CheckViewModel.Row row : vm.rows) {
      Label q = new Label(row.question());
      q.getStyleClass().add("summary-key");
      q.setWrapText(true);
      Label a = new Label(row.answer());
      a.setId("answer-" + row.id());
      a.getStyleClass().add("summary-value");
      a.setWrapText(true);
      Hyperlink change = new Hyperlink(form.text().get("check.change"));
      change.setId("change-" + row.id());
      change.setAccessibleText(form.text().get("check.change") + " " + row.question());
      change.setOnAction(e -> vm.change(row));
      grid.addRow(line++, q, a, change);
    }
  }

  @Override
  public Node root() {
    return root;
  }
}
