package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.Answer;

/** Page 10: who did it. */
public final class OffendersView implements StepView {
  private final VBox root;
  private final VBox people = new VBox();

  public OffendersView(Form form, OffendersViewModel vm) {
    root = StepView.page(StepId.OFFENDERS, form.heading("offenders.heading"));
    form.radios(
        "canDescribe",
        "offenders.canDescribe",
        false,
        List.of(Answer.YES, Answer.NO),
        a -> form.text().get("offenders.canDescribe." + a.code()),
        vm.canDescribe,
        root);
    VBox details = new VBox();
    details.setId("offender-details");
    form.textField("count", "offenders.count", true, vm.count, details)
        .getStyleClass()
        .add("short");
    form.radios(
        "known",
        "offenders.known",
        true,
        List.of(Answer.values()),
        a -> form.text().get("answer." + a.code()),
        vm.known,
        details);
    people.setId("offender-descriptions");
    details.getChildren().add(people);
    Button add = new Button(form.text().get("offenders.add"));
    add.setId("addDescription");
    add.getStyleClass().add("secondary");
    add.setOnAction(e -> vm.addDescription(""));
    details.getChildren().add(add);
    root.getChildren().add(details);
    StepView.showWhen(details, Bindings.equal(vm.canDescribe, Answer.YES));
    vm.descriptions.addListener((ListChangeListener<Object>) c -> rebuild(form, vm));
    rebuild(form, vm);
  }

  private void rebuild(Form form, OffendersViewModel vm) {
    people.getChildren().clear();
    for (int i = 0; i < vm.descriptions.size(); i++) {
      int index = i;
      VBox one = new VBox();
      form.textArea("description-" + i, "offenders.description", true, vm.descriptions.get(i), one)
          .setPrefRowCount(3);
      javafx.scene.control.Label label =
          (javafx.scene.control.Label) one.lookup("#label-description-" + i);
      label.setText(
          form.text().get("offenders.description.numbered", i + 1)
              + " "
              + form.text().get("common.optional"));
      one.lookup("#description-" + i).setAccessibleText(label.getText());
      if (vm.descriptions.size() > 1) {
        Button remove = new Button(form.text().get("offenders.remove", i + 1));
        remove.setId("removeDescription-" + i);
        remove.getStyleClass().add("link");
        remove.setOnAction(e -> vm.removeDescription(index));
        one.getChildren().add(remove);
      }
      people.getChildren().add(one);
    }
  }

  @Override
  public Node root() {
    return root;
  }
}
