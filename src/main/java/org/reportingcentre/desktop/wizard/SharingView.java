package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.PoliceSharing;

/** Page 14: help and sharing. */
public final class SharingView implements StepView {
  private final VBox root;

  public SharingView(Form form, SharingViewModel vm) {
    root =
        StepView.page(
            StepId.SHARING, form.heading("sharing.heading"), form.paragraph("sharing.explain"));
    VBox police =
        form.radios(
            "police", "sharing.police", false, List.of(PoliceSharing.values()), vm.police, root);
    // Anonymous reports cannot go to the police with a name: that choice is not offered.
    Node withName = police.lookup("#police-with-name");
    StepView.showWhen(withName, vm.anonymous.not());
    form.radios(
        "victimSupport",
        "sharing.victimSupport",
        false,
        List.of(Answer.YES, Answer.NO),
        a -> form.text().get("answer." + a.code()),
        vm.victimSupport,
        root);
    form.radios(
        "otherServices",
        "sharing.otherServices",
        false,
        List.of(Answer.YES, Answer.NO),
        a -> form.text().get("answer." + a.code()),
        vm.otherServices,
        root);
  }

  @Override
  public Node root() {
    return root;
  }
}
