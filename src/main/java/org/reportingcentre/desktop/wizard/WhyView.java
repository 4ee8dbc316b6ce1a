package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.MotivationStrand;

/** Page 6: why do you think it happened? */
public final class WhyView implements StepView {
  private final VBox root;

  public WhyView(Form form, WhyViewModel vm) {
    root = StepView.page(StepId.WHY, form.heading("why.heading"), form.paragraph("why.perception"));
    form.checkboxes(
        "motivations", "why.motivations", List.of(MotivationStrand.values()), vm.motivations, root);
    form.textField("otherMotivation", "why.otherMotivation", false, vm.otherMotivation, root);
    StepView.showWhen(
        root.lookup("#group-otherMotivation"),
        Bindings.createBooleanBinding(
            () -> vm.motivations.contains(MotivationStrand.OTHER), vm.motivations));
    form.textArea("hateIndicators", "why.hateIndicators", true, vm.hateIndicators, root);
  }

  @Override
  public Node root() {
    return root;
  }
}
