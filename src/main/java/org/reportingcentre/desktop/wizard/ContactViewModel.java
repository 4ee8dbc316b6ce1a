package org.reportingcentre.desktop.wizard;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.ContactMethod;

/** Page 15: contacting you safely (skipped when anonymous). */
public final class ContactViewModel extends StepViewModel {
  public final ObjectProperty<Answer> contactBack = new SimpleObjectProperty<>();
  public final ObjectProperty<ContactMethod> method = new SimpleObjectProperty<>();
  public final StringProperty safeTimes = new SimpleStringProperty("");
  public final ObjectProperty<Answer> safeToLeaveMessage = new SimpleObjectProperty<>();
  public final StringProperty trustedPerson = new SimpleStringProperty("");
  private final Clock clock;

  public ContactViewModel(Messages text, Clock clock) {
    super(text);
    this.clock = clock;
    track(contactBack, method, safeTimes, safeToLeaveMessage, trustedPerson);
  }

  @Override
  protected void read(Answers a) {
    contactBack.set(a.contactBack);
    method.set(a.contactMethod);
    safeTimes.set(orEmpty(a.safeTimes));
    safeToLeaveMessage.set(a.safeToLeaveMessage);
    trustedPerson.set(orEmpty(a.trustedPerson));
  }

  @Override
  public void store(Answers a) {
    if (!Objects.equals(a.contactBack, contactBack.get())) {
      a.contactBack = contactBack.get();
      a.contactBackAnsweredAt = contactBack.get() == null ? null : clock.instant();
    }
    a.contactMethod = method.get();
    a.safeTimes = safeTimes.get();
    a.safeToLeaveMessage = safeToLeaveMessage.get();
    a.trustedPerson = trustedPerson.get();
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(contactBack.get() != null, "contactBack", "contact.error.contactBack", errors);
    if (contactBack.get() == Answer.YES) {
      require(method.get() != null, "method", "contact.error.method", errors);
      require(
          safeToLeaveMessage.get() != null,
          "safeToLeaveMessage",
          "contact.error.safeToLeaveMessage",
          errors);
    }
    return errors;
  }
}
