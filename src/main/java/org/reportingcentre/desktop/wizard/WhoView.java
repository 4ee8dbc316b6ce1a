package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.ReporterRole;

/** Page 2: who is reporting. */
public final class WhoView implements StepView {
  private final VBox root;

  public WhoView(Form form, WhoViewModel vm) {
    root = StepView.page(StepId.WHO, form.heading("who.heading"));
    form.radios("role", "who.role", false, List.of(ReporterRole.values()), vm.role, root);
    form.textField("relationship", "who.relationship", false, vm.relationship, root);
    StepView.showWhen(
        root.lookup("#group-relationship"), Bindings.equal(vm.role, ReporterRole.ON_BEHALF));
  }

  @Override
  public Node root() {
    return root;
  }
}
