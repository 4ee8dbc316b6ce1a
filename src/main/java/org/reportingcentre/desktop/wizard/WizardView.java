package org.reportingcentre.desktop.wizard;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.PageScroll;
import org.reportingcentre.report.Reference;

/**
 * The frame around every question page: Back, the error summary, the page, Continue (or Send on the
 * check page), and the confirmation once the report is stored.
 */
public final class WizardView {
  private final Form form;
  private final WizardViewModel vm;
  private final Steps steps;
  private final Map<StepId, StepView> views = new EnumMap<>(StepId.class);
  private final BorderPane root = new BorderPane();
  private final VBox column = new VBox();
  private final StackPane pageHolder = new StackPane();
  private final ErrorSummary summary;
  private final Hyperlink back;
  private final Button continueButton;
  private final Button send;
  private final ScrollPane scroll;

  public WizardView(
      Form form, WizardViewModel vm, Steps steps, Runnable onHome, Consumer<Reference> onReceipt) {
    this(form, vm, steps, onHome, onReceipt, java.util.List::of);
  }

  /**
   * @param directory the cached directory of support services for the confirmation page; when
   *     empty, the national numbers are shown
   */
  public WizardView(
      Form form,
      WizardViewModel vm,
      Steps steps,
      Runnable onHome,
      Consumer<Reference> onReceipt,
      java.util.function.Supplier<java.util.List<org.reportingcentre.protocol.SupportService>>
          directory) {
    this.form = form;
    this.vm = vm;
    this.steps = steps;
    this.summary = new ErrorSummary(form.text());
    root.setId("wizard");
    root.getStyleClass().add("wizard");

    back = new Hyperlink(form.text().get("common.back"));
    back.setId("back");
    back.getStyleClass().add("back-link");
    back.setOnAction(e -> vm.back());

    continueButton = new Button(form.text().get("common.continue"));
    continueButton.setId("continue");
    continueButton.setDefaultButton(true);
    continueButton.getStyleClass().add("primary");
    continueButton.setOnAction(e -> vm.continueClicked());

    send = new Button(form.text().get("check.send"));
    send.setId("send");
    send.getStyleClass().add("primary");
    send.setOnAction(e -> vm.send());
    send.disableProperty().bind(vm.busy);

    Hyperlink later = new Hyperlink(form.text().get("wizard.saveAndExit"));
    later.setId("save-exit");
    later.setOnAction(
        e -> {
          vm.saveDraft();
          onHome.run();
        });

    Label saveProblem = new Label();
    saveProblem.setId("save-problem");
    saveProblem.getStyleClass().add("error-message");
    saveProblem.textProperty().bind(vm.saveProblem);
    StepView.showWhen(saveProblem, vm.saveProblem.isNotEmpty());

    HBox buttons = new HBox(continueButton, send, later);
    buttons.getStyleClass().add("button-row");
    column.getChildren().addAll(back, summary, saveProblem, pageHolder, buttons);
    column.getStyleClass().add("column");
    scroll = PageScroll.of(column);
    root.setCenter(scroll);

    // Enter on an option goes on, as in a web form; JavaFX's option controls keep Enter otherwise.
    column.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER
              && (e.getTarget() instanceof javafx.scene.control.RadioButton
                  || e.getTarget() instanceof javafx.scene.control.CheckBox)) {
            e.consume();
            (vm.current.get() == StepId.CHECK ? send : continueButton).fire();
          }
        });
    vm.current.addListener(onPage);
    vm.errors.addListener(onErrors);
    onSent =
        (obs, old, reference) -> {
          if (reference != null) {
            ConfirmationView done =
                new ConfirmationView(
                    form,
                    reference,
                    onHome,
                    () -> onReceipt.accept(reference),
                    SupportLines.of(form.text(), directory.get()));
            // Scrolls like every other page: at large text it is taller than the window.
            ScrollPane doneScroll = PageScroll.of(done.root());
            root.setCenter(doneScroll);
            Platform.runLater(done::focusReference);
          } else {
            root.setCenter(scroll);
          }
        };
    vm.sent.addListener(onSent);
    showPage();
    if (vm.sent.get() != null) {
      // Redrawn in other words after sending: still the confirmation.
      onSent.changed(vm.sent, null, vm.sent.get());
    }
  }

  private final javafx.beans.value.ChangeListener<StepId> onPage = (obs, old, now) -> showPage();
  private final ListChangeListener<FieldError> onErrors = c -> showErrors();
  private javafx.beans.value.ChangeListener<Reference> onSent;

  /**
   * Stops following the wizard, when this view is replaced by one in other words (a display mode or
   * language switch) over the same answers.
   */
  public void dispose() {
    vm.current.removeListener(onPage);
    vm.errors.removeListener(onErrors);
    vm.sent.removeListener(onSent);
  }

  public BorderPane root() {
    return root;
  }

  public javafx.beans.binding.StringBinding title() {
    return vm.title();
  }

  /** The view of a page, made the first time it is shown. */
  public StepView view(StepId step) {
    return views.computeIfAbsent(step, s -> steps.view(s, vm.model(s), form));
  }

  private void showPage() {
    StepId step = vm.current.get();
    Node page = view(step).root();
    pageHolder.getChildren().setAll(page);
    boolean check = step == StepId.CHECK;
    back.setVisible(!vm.isFirst());
    back.setManaged(!vm.isFirst());
    continueButton.setVisible(!check);
    continueButton.setManaged(!check);
    continueButton.setDefaultButton(!check);
    send.setVisible(check);
    send.setManaged(check);
    showErrors();
    scroll.setVvalue(0);
    // A new page starts at its question, as a new web page does: the heading takes focus (it is
    // not a Tab stop), so a screen reader reads the question and Tab goes on to the first answer.
    Node heading = page.lookup("#heading");
    if (heading != null && root.getScene() != null) {
      Platform.runLater(heading::requestFocus);
    }
  }

  private void showErrors() {
    Node page = pageHolder.getChildren().isEmpty() ? null : pageHolder.getChildren().get(0);
    summary.show(vm.errors, this::goToField);
    if (page != null) {
      Form.showFieldErrors(page, vm.errors);
    }
    if (!vm.errors.isEmpty()) {
      scroll.setVvalue(0);
      summary.requestFocus();
    }
  }

  private void goToField(FieldError error) {
    if (error.field().startsWith("problem:")) {
      vm.showProblem(error.field());
      return;
    }
    Node page = pageHolder.getChildren().get(0);
    Form.focusField(page, error.field());
  }
}
