package org.reportingcentre.desktop.sync;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.start.ScreenFrame;

/** The manager's "Send to the SPOC" screen: Send now with progress, Cancel, summary, keep less. */
public final class SendNowView extends ScreenFrame {
  private final VBox summaryLines = new VBox();

  public SendNowView(Form form, SendNowViewModel vm, Runnable onEnrol, Runnable onBack) {
    super(form, "send", "send.title");
    column
        .getChildren()
        .addAll(
            form.heading("send.heading"),
            line("send-destination", vm.destination),
            line("send-waiting", vm.waiting));
    Button send = button("send-now", "send.now", "primary");
    send.setOnAction(e -> vm.sendNow());
    send.disableProperty().bind(vm.running.or(vm.enrolled.not()));
    Button cancel = button("send-cancel", "send.cancel", "secondary");
    cancel.setOnAction(e -> vm.cancel());
    cancel.disableProperty().bind(vm.running.not());
    HBox buttons = new HBox(send, cancel);
    buttons.getStyleClass().add("button-row");
    ProgressBar bar = new ProgressBar();
    bar.setId("send-progress");
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.progressProperty().bind(vm.progress);
    bar.accessibleTextProperty().bind(vm.progressText);
    bar.visibleProperty().bind(vm.running.or(vm.progressText.isNotEmpty()));
    bar.managedProperty().bind(bar.visibleProperty());
    Label progressText = line("send-progress-text", vm.progressText);
    progressText.visibleProperty().bind(vm.progressText.isNotEmpty());
    progressText.managedProperty().bind(progressText.visibleProperty());
    Label summaryHeading = subheading("send.summary.heading");
    summaryHeading.visibleProperty().bind(Bindings.isNotEmpty(vm.summary));
    summaryHeading.managedProperty().bind(summaryHeading.visibleProperty());
    summaryLines.setId("send-summary");
    vm.summary.addListener((ListChangeListener<String>) c -> fillSummary(vm.summary));
    fillSummary(vm.summary);
    Button enrol = button("open-enrol", "send.enrol", "secondary");
    enrol.setOnAction(e -> onEnrol.run());
    column
        .getChildren()
        .addAll(buttons, bar, progressText, summaryHeading, summaryLines, new HBox(enrol));
    keepLess(vm);
    Button back = button("back-home", "sync.back", "secondary");
    back.setOnAction(e -> onBack.run());
    column.getChildren().add(new HBox(back));
  }

  private void keepLess(SendNowViewModel vm) {
    column.getChildren().addAll(subheading("send.keep.heading"), form.paragraph("send.keep.intro"));
    form.textField("keep-days", "send.keep.days", false, vm.keepDays, column)
        .setOnAction(e -> vm.saveKeepDays());
    Button save = button("keep-save", "send.keep.save", "secondary");
    save.setOnAction(e -> vm.saveKeepDays());
    column.getChildren().addAll(new HBox(save), line("keep-result", vm.keepResult));
    vm.keepError.addListener(
        (o, was, now) ->
            showErrors(now.isEmpty() ? List.of() : List.of(new FieldError("keep-days", now))));
  }

  private void fillSummary(List<String> lines) {
    summaryLines.getChildren().clear();
    for (int i = 0; i < lines.size(); i++) {
      Label line = new Label(lines.get(i));
      line.setId("send-summary-" + i);
      line.setWrapText(true);
      line.getStyleClass().add("body");
      line.setAccessibleText(lines.get(i));
      summaryLines.getChildren().add(line);
    }
  }

  private static Label line(String id, javafx.beans.value.ObservableValue<String> words) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.getStyleClass().add("body");
    label.textProperty().bind(words);
    label.accessibleTextProperty().bind(words);
    return label;
  }

  private Label subheading(String key) {
    Label label = new Label(form.text().get(key));
    label.getStyleClass().add("subheading");
    label.setWrapText(true);
    return label;
  }

  private Button button(String id, String key, String style) {
    Button button = new Button(form.text().get(key));
    button.setId(id);
    button.getStyleClass().add(style);
    return button;
  }
}
