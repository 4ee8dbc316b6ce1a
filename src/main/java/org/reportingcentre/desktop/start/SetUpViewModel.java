package org.reportingcentre.desktop.start;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Reference;
import org.reportingcentre.store.KeyRing;
import org.reportingcentre.store.StoreException;

/** First run: the centre and its first manager, as {@code init} takes them. */
public final class SetUpViewModel {
  public final StringProperty centreCode = new SimpleStringProperty("");
  public final StringProperty centreName = new SimpleStringProperty("");
  public final StringProperty manager = new SimpleStringProperty("");
  public final StringProperty password = new SimpleStringProperty("");
  public final StringProperty confirm = new SimpleStringProperty("");
  private Messages text;

  public SetUpViewModel(Messages text) {
    this.text = text;
  }

  /** Messages from now on in these words (a mode or language switch); what was typed stays. */
  public void useWording(Messages words) {
    this.text = words;
  }

  /** A hint that changes as the password is typed: length is what makes it strong. */
  public StringBinding strength() {
    return Bindings.createStringBinding(
        () -> {
          String p = password.get();
          if (p.isEmpty()) {
            return text.get("setup.strength.empty", KeyRing.MIN_PASSWORD_LENGTH);
          }
          if (p.length() < KeyRing.MIN_PASSWORD_LENGTH) {
            return text.get("setup.strength.short", KeyRing.MIN_PASSWORD_LENGTH - p.length());
          }
          boolean words = p.strip().split("\\s+").length >= 3;
          return text.get(
              p.length() >= 16 || words ? "setup.strength.strong" : "setup.strength.ok");
        },
        password);
  }

  public List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    if (!Reference.isValidCentreCode(centreCode.get().strip())) {
      errors.add(new FieldError("centreCode", text.get("setup.error.code")));
    }
    if (centreName.get().isBlank() || centreName.get().length() > 200) {
      errors.add(new FieldError("centreName", text.get("setup.error.name")));
    }
    try {
      KeyRing.checkUserName(manager.get().strip());
    } catch (StoreException.BadRequest e) {
      errors.add(new FieldError("manager", e.getMessage()));
    }
    try {
      KeyRing.checkPassword(password.get().toCharArray());
    } catch (StoreException.BadRequest e) {
      errors.add(new FieldError("password", e.getMessage()));
    }
    if (!password.get().equals(confirm.get())) {
      errors.add(new FieldError("confirm", text.get("setup.error.confirm")));
    }
    return errors;
  }
}
