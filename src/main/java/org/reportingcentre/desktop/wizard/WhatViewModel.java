package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.IncidentType;

/** Page 4: what happened, tick all that apply. */
public final class WhatViewModel extends StepViewModel {
  public final ObservableSet<IncidentType> types = FXCollections.observableSet();
  public final StringProperty otherType = new SimpleStringProperty("");

  public WhatViewModel(Messages text) {
    super(text);
    track(types, otherType);
  }

  @Override
  protected void read(Answers a) {
    types.clear();
    types.addAll(a.types);
    otherType.set(orEmpty(a.otherType));
  }

  @Override
  public void store(Answers a) {
    a.types = java.util.EnumSet.noneOf(IncidentType.class);
    a.types.addAll(types);
    a.otherType = otherType.get();
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(!types.isEmpty(), "types", "what.error.types", errors);
    require(
        !types.contains(IncidentType.OTHER) || !blank(otherType.get()),
        "otherType",
        "what.error.otherType",
        errors);
    return errors;
  }
}
