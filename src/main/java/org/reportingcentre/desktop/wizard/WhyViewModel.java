package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.MotivationStrand;

/** Page 6: why the person thinks it happened, and what showed it. */
public final class WhyViewModel extends StepViewModel {
  public final ObservableSet<MotivationStrand> motivations = FXCollections.observableSet();
  public final StringProperty otherMotivation = new SimpleStringProperty("");
  public final StringProperty hateIndicators = new SimpleStringProperty("");

  public WhyViewModel(Messages text) {
    super(text);
    track(motivations, otherMotivation, hateIndicators);
  }

  @Override
  protected void read(Answers a) {
    motivations.clear();
    motivations.addAll(a.motivations);
    otherMotivation.set(orEmpty(a.otherMotivation));
    hateIndicators.set(orEmpty(a.hateIndicators));
  }

  @Override
  public void store(Answers a) {
    a.motivations = java.util.EnumSet.noneOf(MotivationStrand.class);
    a.motivations.addAll(motivations);
    a.otherMotivation = otherMotivation.get();
    a.hateIndicators = hateIndicators.get();
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(!motivations.isEmpty(), "motivations", "why.error.motivations", errors);
    require(
        !motivations.contains(MotivationStrand.OTHER) || !blank(otherMotivation.get()),
        "otherMotivation",
        "why.error.otherMotivation",
        errors);
    return errors;
  }
}
