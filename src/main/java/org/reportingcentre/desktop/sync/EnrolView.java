package org.reportingcentre.desktop.sync;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.start.ScreenFrame;

/** The manager's enrol screen: which SPOC, the address and one-time code, check, enrol. */
public final class EnrolView extends ScreenFrame {
  public final Button check;
  public final Button enrol;
  public final Button back;

  public EnrolView(Form form, EnrolViewModel vm, Runnable onBack) {
    super(form, "enrol", "enrol.title");
    column
        .getChildren()
        .addAll(form.heading("enrol.heading"), form.paragraph("enrol.intro"), status(vm));
    form.textField("spoc-address", "enrol.address", false, vm.address, column)
        .setOnAction(e -> check(vm));
    PasswordField code = new PasswordField();
    code.setId("enrolment-code");
    code.textProperty().bindBidirectional(vm.code);
    code.setOnAction(e -> enrol(vm));
    column.getChildren().add(form.group("enrolment-code", "enrol.code", false, code, code));
    check = button("check-spoc", "enrol.check", "secondary");
    check.setOnAction(e -> check(vm));
    enrol = button("enrol-submit", "enrol.submit", "primary");
    enrol.setOnAction(e -> enrol(vm));
    check.disableProperty().bind(vm.busy);
    enrol.disableProperty().bind(vm.busy);
    HBox buttons = new HBox(enrol, check);
    buttons.getStyleClass().add("button-row");
    Label result = new Label();
    result.setId("enrol-result");
    result.setWrapText(true);
    result.getStyleClass().add("body");
    result.textProperty().bind(vm.result);
    result.accessibleTextProperty().bind(vm.result);
    back = button("back-home", "sync.back", "secondary");
    back.setOnAction(e -> onBack.run());
    column.getChildren().addAll(buttons, result, new HBox(back));
    vm.error.addListener(
        (o, was, now) ->
            showErrors(
                now.isEmpty() ? List.of() : List.of(new FieldError(vm.errorField.get(), now))));
  }

  private static Label status(EnrolViewModel vm) {
    Label current = new Label();
    current.setId("spoc-current");
    current.setWrapText(true);
    current.getStyleClass().addAll("body", "warning");
    current.textProperty().bind(vm.current);
    current.accessibleTextProperty().bind(vm.current);
    return current;
  }

  private Button button(String id, String key, String style) {
    Button button = new Button(form.text().get(key));
    button.setId(id);
    button.getStyleClass().add(style);
    return button;
  }

  private void check(EnrolViewModel vm) {
    List<FieldError> errors = vm.validate(false);
    showErrors(errors);
    if (errors.isEmpty()) {
      vm.check();
    }
  }

  private void enrol(EnrolViewModel vm) {
    List<FieldError> errors = vm.validate(true);
    showErrors(errors);
    if (errors.isEmpty()) {
      vm.enrol();
    }
  }
}
