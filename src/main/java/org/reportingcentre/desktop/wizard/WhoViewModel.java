package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.ReporterRole;

/** Page 2: who is reporting, and the relationship when it is for someone else. */
public final class WhoViewModel extends StepViewModel {
  public final ObjectProperty<ReporterRole> role = new SimpleObjectProperty<>();
  public final StringProperty relationship = new SimpleStringProperty("");

  public WhoViewModel(Messages text) {
    super(text);
    track(role, relationship);
  }

  @Override
  protected void read(Answers a) {
    role.set(a.role);
    relationship.set(orEmpty(a.relationship));
  }

  @Override
  public void store(Answers a) {
    a.role = role.get();
    a.relationship = relationship.get();
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(role.get() != null, "role", "who.error.role", errors);
    require(
        role.get() != ReporterRole.ON_BEHALF || !blank(relationship.get()),
        "relationship",
        "who.error.relationship",
        errors);
    require(
        orEmpty(relationship.get()).length() <= 200,
        "relationship",
        "who.error.relationshipLong",
        errors);
    return errors;
  }
}
