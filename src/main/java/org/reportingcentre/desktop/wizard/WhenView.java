package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.Answer;

/** Page 7: when. */
public final class WhenView implements StepView {
  private final VBox root;

  public WhenView(Form form, WhenViewModel vm) {
    root = StepView.page(StepId.WHEN, form.heading("when.heading"));
    form.radios(
        "when",
        "when.choice",
        false,
        WhenViewModel.CHOICES,
        c -> form.text().get("when.choice." + c),
        vm.choice,
        root);
    HBox date =
        new HBox(
            part(form, "day", "when.day", vm.day, 3),
            part(form, "month", "when.month", vm.month, 3),
            part(form, "year", "when.year", vm.year, 5));
    date.setId("date");
    date.getStyleClass().add("date-input");
    VBox dateGroup = form.group("date", "when.date", false, date, null);
    root.getChildren().add(dateGroup);
    StepView.showWhen(dateGroup, Bindings.equal(vm.choice, "date"));
    form.textField("time", "when.time", true, vm.time, root).getStyleClass().add("short");
    form.radios(
        "stillHappening",
        "when.stillHappening",
        true,
        List.of(Answer.values()),
        a -> form.text().get("answer." + a.code()),
        vm.stillHappening,
        root);
  }

  private static VBox part(
      Form form, String id, String key, javafx.beans.property.StringProperty value, int columns) {
    Label label = new Label(form.text().get(key));
    TextField field = new TextField();
    field.setId(id);
    field.setPrefColumnCount(columns);
    field.textProperty().bindBidirectional(value);
    label.setLabelFor(field);
    field.setAccessibleText(form.text().get(key));
    VBox box = new VBox(label, field);
    box.getStyleClass().add("date-part");
    return box;
  }

  @Override
  public Node root() {
    return root;
  }
}
