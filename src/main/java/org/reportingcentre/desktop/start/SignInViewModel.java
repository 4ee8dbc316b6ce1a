package org.reportingcentre.desktop.start;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;

/** Sign-in: user name and password. */
public final class SignInViewModel {
  public final StringProperty user = new SimpleStringProperty("");
  public final StringProperty password = new SimpleStringProperty("");
  private Messages text;

  public SignInViewModel(Messages text) {
    this.text = text;
  }

  /** Messages from now on in these words (a mode or language switch); what was typed stays. */
  public void useWording(Messages words) {
    this.text = words;
  }

  public List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    if (user.get().isBlank()) {
      errors.add(new FieldError("user", text.get("signin.error.user")));
    }
    if (password.get().isEmpty()) {
      errors.add(new FieldError("password", text.get("signin.error.password")));
    }
    return errors;
  }

  /** The password as characters, then cleared from the field. */
  public char[] takePassword() {
    char[] chars = password.get().toCharArray();
    password.set("");
    return chars;
  }
}
