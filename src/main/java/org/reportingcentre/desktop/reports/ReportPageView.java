package org.reportingcentre.desktop.reports;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reportingcentre.centre.ReportPage;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.start.ScreenFrame;
import org.reportingcentre.report.CorrectableField;
import org.reportingcentre.report.Reference;

/**
 * One report for a manager: answers, sending and outcome, the link to refer the person to support,
 * the correction form (only while the report has not been sent) and the audit trail.
 */
public final class ReportPageView extends ScreenFrame {
  private final ReportPageViewModel vm;
  private final VBox content = new VBox();
  private final VBox correctionBox = new VBox();
  private final Consumer<Reference> onRefer;

  public ReportPageView(
      Form form,
      ReportPageViewModel vm,
      Runnable onBackToList,
      Consumer<Reference> onRefer,
      Runnable onHome) {
    super(form, "report-page", "report.title");
    this.vm = vm;
    this.onRefer = onRefer;
    Button back = link("back-to-list", "report.backToList", onBackToList);
    Label heading = new Label(form.text().get("report.heading", vm.reference.toString()));
    heading.getStyleClass().add("heading");
    heading.setWrapText(true);
    heading.setId("heading");
    heading.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
    Label failure = new Label();
    failure.setId("failure");
    failure.setWrapText(true);
    failure.getStyleClass().addAll("body", "error-message");
    failure.textProperty().bind(vm.failure);
    failure.visibleProperty().bind(vm.failure.isNotEmpty());
    failure.managedProperty().bind(failure.visibleProperty());
    content.getStyleClass().add("report-content");
    column.getChildren().addAll(new HBox(back), heading, failure, content);
    column.getChildren().add(new HBox(link("back-home", "reports.backHome", onHome)));
    vm.page.addListener((o, was, now) -> fill(now));
    vm.correcting.addListener((o, was, now) -> showCorrection());
    // Once saved, the form and its Save button are gone: the keyboard (and a screen reader, which
    // reads what takes focus) goes to the message saying what was saved, not back to the window.
    vm.saved.addListener(
        (o, was, now) -> {
          if (!now.isEmpty()) {
            javafx.application.Platform.runLater(
                () -> {
                  Node message = content.lookup("#correction-saved");
                  if (message != null) {
                    message.requestFocus();
                  }
                });
          }
        });
    vm.errors.addListener((ListChangeListener<FieldError>) c -> showErrors(List.copyOf(vm.errors)));
    if (vm.page.get() != null) {
      fill(vm.page.get());
    }
  }

  private void fill(ReportPage page) {
    content.getChildren().clear();
    if (page == null) {
      return;
    }
    section("report.sync.heading", vm.syncLines());
    section("report.outcome.heading", vm.outcomeLines());
    Button refer = new Button(form.text().get("report.refer"));
    refer.setId("refer");
    refer.getStyleClass().add("secondary");
    refer.setWrapText(true);
    refer.setOnAction(e -> onRefer.accept(vm.reference));
    content.getChildren().add(new HBox(refer));
    section("report.answers.heading", vm.answerLines());
    correction(page);
    if (!page.corrections().isEmpty()) {
      section("report.corrections.heading", vm.correctionLines());
    }
    section("report.audit.heading", vm.trailLines());
  }

  private void correction(ReportPage page) {
    content.getChildren().add(subheading("report.correct.heading"));
    if (!page.correctable()) {
      Label locked = form.paragraph("report.correct.locked");
      locked.setId("correct-locked");
      content.getChildren().add(locked);
      return;
    }
    Label saved = new Label();
    saved.setId("correction-saved");
    saved.setWrapText(true);
    saved.getStyleClass().addAll("body", "notice");
    saved.textProperty().bind(vm.saved);
    saved.visibleProperty().bind(vm.saved.isNotEmpty());
    saved.managedProperty().bind(saved.visibleProperty());
    content
        .getChildren()
        .addAll(
            form.paragraph("report.correct.explain"),
            form.paragraph("report.correct.notHere"),
            saved,
            correctionBox);
    showCorrection();
  }

  /**
   * The button that opens the form, or the form itself: about a hundred controls, so they are made
   * only when the manager asks to correct, and the page stays short to read.
   */
  private void showCorrection() {
    correctionBox.getChildren().clear();
    if (vm.page.get() == null || !vm.page.get().correctable()) {
      return;
    }
    if (!vm.correcting.get()) {
      Button start = new Button(form.text().get("report.correct.start"));
      start.setId("start-correction");
      start.getStyleClass().add("secondary");
      start.setWrapText(true);
      start.setOnAction(e -> vm.correcting.set(true));
      correctionBox.getChildren().add(new HBox(start));
      return;
    }
    Node fields = new CorrectionForm(form, vm.correction).build();
    Button save = new Button(form.text().get("report.correct.save"));
    save.setId("save-correction");
    save.getStyleClass().add("primary");
    save.setWrapText(true);
    save.setOnAction(e -> vm.saveCorrection());
    Button cancel = new Button(form.text().get("report.correct.cancel"));
    cancel.setId("cancel-correction");
    cancel.getStyleClass().add("secondary");
    cancel.setWrapText(true);
    cancel.setOnAction(e -> vm.cancelCorrection());
    FlowPane row = new FlowPane(save, cancel);
    row.getStyleClass().add("button-flow");
    correctionBox.getChildren().addAll(fields, row);
    if (root().getScene() != null) {
      // Someone who pressed "Correct" by keyboard carries on from the first question.
      javafx.application.Platform.runLater(
          () -> Form.focusField(fields, CorrectionForm.id(CorrectableField.REPORTER_ROLE)));
    }
  }

  private void section(String headingKey, List<ReportPageViewModel.Line> lines) {
    content.getChildren().add(subheading(headingKey));
    VBox list = new VBox();
    list.getStyleClass().add("report-lines");
    for (ReportPageViewModel.Line line : lines) {
      VBox item = new VBox();
      item.getStyleClass().add("report-line");
      if (!line.label().isEmpty()) {
        Label key = new Label(line.label());
        key.getStyleClass().add("summary-key");
        key.setWrapText(true);
        item.getChildren().add(key);
      }
      Label value = new Label(line.value());
      value.setId("line-" + line.id());
      value.setWrapText(true);
      value.getStyleClass().add("body");
      item.getChildren().add(value);
      list.getChildren().add(item);
    }
    content.getChildren().add(list);
  }

  private Label subheading(String key) {
    Label label = new Label(form.text().get(key));
    label.getStyleClass().add("subheading");
    label.setWrapText(true);
    return label;
  }

  private Button link(String id, String key, Runnable action) {
    Button b = new Button(form.text().get(key));
    b.setId(id);
    b.getStyleClass().add("link");
    b.setWrapText(true);
    b.setOnAction(e -> action.run());
    return b;
  }
}
