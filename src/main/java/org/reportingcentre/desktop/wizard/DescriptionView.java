package org.reportingcentre.desktop.wizard;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;

/** Page 5: tell us in your own words. */
public final class DescriptionView implements StepView {
  private final VBox root;

  public DescriptionView(Form form, DescriptionViewModel vm) {
    root = StepView.page(StepId.DESCRIPTION, form.heading("description.heading"));
    form.textArea("description", "description.field", false, vm.description, root)
        .setPrefRowCount(10);
  }

  @Override
  public Node root() {
    return root;
  }
}
