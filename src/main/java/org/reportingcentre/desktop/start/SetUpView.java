package org.reportingcentre.desktop.start;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.reportingcentre.desktop.common.Form;

/** First run: set up the centre. */
public final class SetUpView extends ScreenFrame {
  public final Button create;

  public SetUpView(Form form, SetUpViewModel vm) {
    super(form, "setup", "setup.heading");
    column.getChildren().addAll(form.heading("setup.heading"), form.paragraph("setup.explain"));
    form.textField("centreCode", "setup.code", false, vm.centreCode, column)
        .getStyleClass()
        .add("short");
    form.textField("centreName", "setup.name", false, vm.centreName, column);
    form.textField("manager", "setup.manager", false, vm.manager, column);
    PasswordField password = new PasswordField();
    password.setId("password");
    password.textProperty().bindBidirectional(vm.password);
    column.getChildren().add(form.group("password", "setup.password", false, password, password));
    Label strength = new Label();
    strength.setId("strength");
    strength.getStyleClass().add("hint");
    strength.textProperty().bind(vm.strength());
    strength.setWrapText(true);
    column.getChildren().add(strength);
    password.setAccessibleHelp(strength.getText());
    strength.textProperty().addListener((o, a, b) -> password.setAccessibleHelp(b));
    PasswordField confirm = new PasswordField();
    confirm.setId("confirm");
    confirm.textProperty().bindBidirectional(vm.confirm);
    column.getChildren().add(form.group("confirm", "setup.confirm", false, confirm, confirm));
    create = new Button(form.text().get("setup.create"));
    create.setId("create");
    create.setDefaultButton(true);
    create.getStyleClass().add("primary");
    column.getChildren().add(create);
  }
}
