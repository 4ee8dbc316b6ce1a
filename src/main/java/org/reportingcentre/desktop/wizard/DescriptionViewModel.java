package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.ReportValidator;

/** Page 5: what happened, in the person's own words. */
public final class DescriptionViewModel extends StepViewModel {
  public final StringProperty description = new SimpleStringProperty("");

  public DescriptionViewModel(Messages text) {
    super(text);
    track(description);
  }

  @Override
  protected void read(Answers a) {
    description.set(orEmpty(a.description));
  }

  @Override
  public void store(Answers a) {
    a.description = description.get();
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(!blank(description.get()), "description", "description.error.required", errors);
    if (orEmpty(description.get()).strip().length() > ReportValidator.MAX_DESCRIPTION) {
      errors.add(
          new FieldError(
              "description",
              text.get("description.error.tooLong", ReportValidator.MAX_DESCRIPTION)));
    }
    return errors;
  }
}
