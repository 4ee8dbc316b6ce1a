package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.Answer;

/** Page 9: harm. */
public final class HarmView implements StepView {
  private final VBox root;

  public HarmView(Form form, HarmViewModel vm) {
    root = StepView.page(StepId.HARM, form.heading("harm.heading"));
    form.radios(
        "injured",
        "harm.injured",
        false,
        List.of(Answer.values()),
        a -> form.text().get("answer." + a.code()),
        vm.injured,
        root);
    form.radios(
        "damageOrLoss",
        "harm.damageOrLoss",
        false,
        List.of(Answer.values()),
        a -> form.text().get("answer." + a.code()),
        vm.damageOrLoss,
        root);
  }

  @Override
  public Node root() {
    return root;
  }
}
