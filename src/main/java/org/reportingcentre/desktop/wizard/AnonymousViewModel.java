package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Answer;

/** Page 3: stay anonymous? */
public final class AnonymousViewModel extends StepViewModel {
  public final ObjectProperty<Answer> anonymous = new SimpleObjectProperty<>();

  public AnonymousViewModel(Messages text) {
    super(text);
    track(anonymous);
  }

  @Override
  protected void read(Answers a) {
    anonymous.set(a.anonymous == null ? null : a.anonymous ? Answer.YES : Answer.NO);
  }

  @Override
  public void store(Answers a) {
    a.anonymous = anonymous.get() == null ? null : anonymous.get() == Answer.YES;
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(anonymous.get() != null, "anonymous", "anonymous.error.required", errors);
    return errors;
  }
}
