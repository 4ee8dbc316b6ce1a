package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.Answer;

/** Page 11: witnesses. */
public final class WitnessesView implements StepView {
  private final VBox root;
  private final VBox list = new VBox();

  public WitnessesView(Form form, WitnessesViewModel vm) {
    root = StepView.page(StepId.WITNESSES, form.heading("witnesses.heading"));
    form.radios(
        "othersSaw",
        "witnesses.othersSaw",
        false,
        List.of(Answer.values()),
        a -> form.text().get("answer." + a.code()),
        vm.othersSaw,
        root);
    VBox details = new VBox(list);
    details.setId("witness-details");
    Button add = new Button(form.text().get("witnesses.add"));
    add.setId("addWitness");
    add.getStyleClass().add("secondary");
    add.setOnAction(e -> vm.addWitness());
    details.getChildren().add(add);
    root.getChildren().add(details);
    StepView.showWhen(details, Bindings.equal(vm.othersSaw, Answer.YES));
    vm.witnesses.addListener((ListChangeListener<Object>) c -> rebuild(form, vm));
    rebuild(form, vm);
  }

  private void rebuild(Form form, WitnessesViewModel vm) {
    list.getChildren().clear();
    for (int i = 0; i < vm.witnesses.size(); i++) {
      int index = i;
      WitnessesViewModel.Row row = vm.witnesses.get(i);
      VBox one = new VBox();
      one.getStyleClass().add("repeat");
      Label title = new Label(form.text().get("witnesses.numbered", i + 1));
      title.getStyleClass().add("subheading");
      one.getChildren().add(title);
      form.textField("witnessName-" + i, "witnesses.name", true, row.name, one);
      form.textField("witnessContact-" + i, "witnesses.contact", true, row.contact, one);
      form.textArea("witnessNotes-" + i, "witnesses.notes", true, row.notes, one)
          .setPrefRowCount(2);
      if (vm.witnesses.size() > 1) {
        Button remove = new Button(form.text().get("witnesses.remove", i + 1));
        remove.setId("removeWitness-" + i);
        remove.getStyleClass().add("link");
        remove.setOnAction(e -> vm.removeWitness(index));
        one.getChildren().add(remove);
      }
      list.getChildren().add(one);
    }
  }

  @Override
  public Node root() {
    return root;
  }
}
