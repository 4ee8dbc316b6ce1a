package org.reportingcentre.desktop.start;

import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import org.reportingcentre.desktop.common.Form;

/** Sign-in: user and password (pasting is allowed, so password managers work). */
public final class SignInView extends ScreenFrame {
  public final Button signIn;

  public SignInView(Form form, SignInViewModel vm, String centreName) {
    super(form, "signin", "signin.heading");
    column
        .getChildren()
        .addAll(form.heading("signin.heading"), form.paragraph("signin.folder", centreName));
    form.textField("user", "signin.user", false, vm.user, column);
    PasswordField password = new PasswordField();
    password.setId("password");
    password.textProperty().bindBidirectional(vm.password);
    column.getChildren().add(form.group("password", "signin.password", false, password, password));
    signIn = new Button(form.text().get("signin.button"));
    signIn.setId("sign-in");
    signIn.setDefaultButton(true);
    signIn.getStyleClass().add("primary");
    column.getChildren().add(signIn);
  }
}
