package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Answer;

/** Page 9: was anyone hurt; was anything damaged or taken. */
public final class HarmViewModel extends StepViewModel {
  public final ObjectProperty<Answer> injured = new SimpleObjectProperty<>();
  public final ObjectProperty<Answer> damageOrLoss = new SimpleObjectProperty<>();

  public HarmViewModel(Messages text) {
    super(text);
    track(injured, damageOrLoss);
  }

  @Override
  protected void read(Answers a) {
    injured.set(a.injured);
    damageOrLoss.set(a.damageOrLoss);
  }

  @Override
  public void store(Answers a) {
    a.injured = injured.get();
    a.damageOrLoss = damageOrLoss.get();
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(injured.get() != null, "injured", "harm.error.injured", errors);
    require(damageOrLoss.get() != null, "damageOrLoss", "harm.error.damageOrLoss", errors);
    return errors;
  }
}
