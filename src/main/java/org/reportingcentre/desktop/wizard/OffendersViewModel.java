package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.ReportValidator;

/**
 * Page 10: who did it. Only when the person can say anything about them are the details asked: how
 * many, known to them, and a description of each (repeatable).
 */
public final class OffendersViewModel extends StepViewModel {
  public final ObjectProperty<Answer> canDescribe = new SimpleObjectProperty<>();
  public final StringProperty count = new SimpleStringProperty("");
  public final ObjectProperty<Answer> known = new SimpleObjectProperty<>();
  public final ObservableList<StringProperty> descriptions = FXCollections.observableArrayList();

  public OffendersViewModel(Messages text) {
    super(text);
    track(canDescribe, count, known, descriptions);
  }

  public void addDescription(String value) {
    StringProperty p = new SimpleStringProperty(value);
    track(p);
    descriptions.add(p);
  }

  public void removeDescription(int index) {
    descriptions.remove(index);
  }

  @Override
  protected void read(Answers a) {
    canDescribe.set(a.canDescribeOffenders);
    count.set(orEmpty(a.offenderCount));
    known.set(a.offendersKnown);
    descriptions.clear();
    a.offenderDescriptions.forEach(this::addDescription);
    if (descriptions.isEmpty()) {
      addDescription("");
    }
  }

  @Override
  public void store(Answers a) {
    a.canDescribeOffenders = canDescribe.get();
    a.offenderCount = count.get();
    a.offendersKnown = known.get();
    a.offenderDescriptions =
        new java.util.ArrayList<>(descriptions.stream().map(StringProperty::get).toList());
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(canDescribe.get() != null, "canDescribe", "offenders.error.canDescribe", errors);
    if (canDescribe.get() == Answer.YES && !blank(count.get())) {
      boolean ok;
      try {
        int n = Integer.parseInt(count.get().strip());
        ok = n >= 1 && n <= ReportValidator.MAX_OFFENDERS;
      } catch (NumberFormatException e) {
        ok = false;
      }
      require(ok, "count", "offenders.error.count", errors);
    }
    return errors;
  }
}
