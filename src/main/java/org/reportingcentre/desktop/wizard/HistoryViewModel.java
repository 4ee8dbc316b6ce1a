package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Answer;

/** Page 12: has this happened before; did you tell anyone. */
public final class HistoryViewModel extends StepViewModel {
  public final ObjectProperty<Answer> happenedBefore = new SimpleObjectProperty<>();
  public final ObjectProperty<Answer> reportedBefore = new SimpleObjectProperty<>();
  public final StringProperty reportedTo = new SimpleStringProperty("");

  public HistoryViewModel(Messages text) {
    super(text);
    track(happenedBefore, reportedBefore, reportedTo);
  }

  @Override
  protected void read(Answers a) {
    happenedBefore.set(a.happenedBefore);
    reportedBefore.set(a.reportedBefore);
    reportedTo.set(orEmpty(a.reportedTo));
  }

  @Override
  public void store(Answers a) {
    a.happenedBefore = happenedBefore.get();
    a.reportedBefore = reportedBefore.get();
    a.reportedTo = reportedTo.get();
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(happenedBefore.get() != null, "happenedBefore", "history.error.happened", errors);
    require(reportedBefore.get() != null, "reportedBefore", "history.error.reported", errors);
    require(
        reportedBefore.get() != Answer.YES || !blank(reportedTo.get()),
        "reportedTo",
        "history.error.reportedTo",
        errors);
    return errors;
  }
}
