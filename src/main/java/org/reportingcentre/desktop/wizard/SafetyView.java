package org.reportingcentre.desktop.wizard;

import javafx.scene.Node;
import org.reportingcentre.desktop.common.Form;

/** Page 1: safety first. */
public final class SafetyView implements StepView {
  private final Node root;

  public SafetyView(Form form, SafetyViewModel vm) {
    root =
        StepView.page(
            StepId.SAFETY,
            form.heading("safety.heading"),
            form.warning("safety.emergency"),
            form.paragraph("safety.about"),
            form.paragraph("safety.time"));
  }

  @Override
  public Node root() {
    return root;
  }
}
