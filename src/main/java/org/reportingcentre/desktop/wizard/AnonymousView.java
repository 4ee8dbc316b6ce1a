package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.Answer;

/** Page 3: stay anonymous, with the plain warning. */
public final class AnonymousView implements StepView {
  private final VBox root;

  public AnonymousView(Form form, AnonymousViewModel vm) {
    root =
        StepView.page(
            StepId.ANONYMOUS,
            form.heading("anonymous.heading"),
            form.paragraph("anonymous.explain"),
            form.warning("anonymous.warning"));
    form.radios(
        "anonymous",
        "anonymous.question",
        false,
        List.of(Answer.YES, Answer.NO),
        a -> form.text().get("anonymous." + a.code()),
        vm.anonymous,
        root);
  }

  @Override
  public Node root() {
    return root;
  }
}
