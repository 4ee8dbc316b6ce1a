package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.IncidentType;

/** Page 4: what happened. */
public final class WhatView implements StepView {
  private final VBox root;

  public WhatView(Form form, WhatViewModel vm) {
    root = StepView.page(StepId.WHAT, form.heading("what.heading"));
    form.checkboxes("types", "what.types", List.of(IncidentType.values()), vm.types, root);
    form.textField("otherType", "what.otherType", false, vm.otherType, root);
    StepView.showWhen(
        root.lookup("#group-otherType"),
        Bindings.createBooleanBinding(() -> vm.types.contains(IncidentType.OTHER), vm.types));
  }

  @Override
  public Node root() {
    return root;
  }
}
