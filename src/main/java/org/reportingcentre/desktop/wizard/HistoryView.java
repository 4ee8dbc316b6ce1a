package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.report.Answer;

/** Page 12: history. */
public final class HistoryView implements StepView {
  private final VBox root;

  public HistoryView(Form form, HistoryViewModel vm) {
    root = StepView.page(StepId.HISTORY, form.heading("history.heading"));
    form.radios(
        "happenedBefore",
        "history.happened",
        false,
        List.of(Answer.values()),
        a -> form.text().get("answer." + a.code()),
        vm.happenedBefore,
        root);
    form.radios(
        "reportedBefore",
        "history.reported",
        false,
        List.of(Answer.values()),
        a -> form.text().get("answer." + a.code()),
        vm.reportedBefore,
        root);
    form.textField("reportedTo", "history.reportedTo", false, vm.reportedTo, root);
    StepView.showWhen(
        root.lookup("#group-reportedTo"), Bindings.equal(vm.reportedBefore, Answer.YES));
  }

  @Override
  public Node root() {
    return root;
  }
}
