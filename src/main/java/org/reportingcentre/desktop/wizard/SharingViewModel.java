package org.reportingcentre.desktop.wizard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.PoliceSharing;

/**
 * Page 14: help and sharing. One question per consent purpose; each answer keeps the time it was
 * given, so the report records when (and, from the session, who) and with which wording.
 */
public final class SharingViewModel extends StepViewModel {
  public final ObjectProperty<PoliceSharing> police = new SimpleObjectProperty<>();
  public final ObjectProperty<Answer> victimSupport = new SimpleObjectProperty<>();
  public final ObjectProperty<Answer> otherServices = new SimpleObjectProperty<>();
  public final BooleanProperty anonymous = new SimpleBooleanProperty();
  private final Clock clock;

  public SharingViewModel(Messages text, Clock clock) {
    super(text);
    this.clock = clock;
    track(police, victimSupport, otherServices);
  }

  @Override
  protected void read(Answers a) {
    anonymous.set(a.isAnonymous());
    police.set(a.isAnonymous() && a.police == PoliceSharing.WITH_NAME ? null : a.police);
    victimSupport.set(a.victimSupport);
    otherServices.set(a.otherServices);
  }

  @Override
  public void store(Answers a) {
    Instant now = clock.instant();
    if (!Objects.equals(a.police, police.get())) {
      a.police = police.get();
      a.policeAnsweredAt = police.get() == null ? null : now;
    }
    if (!Objects.equals(a.victimSupport, victimSupport.get())) {
      a.victimSupport = victimSupport.get();
      a.victimSupportAnsweredAt = victimSupport.get() == null ? null : now;
    }
    if (!Objects.equals(a.otherServices, otherServices.get())) {
      a.otherServices = otherServices.get();
      a.otherServicesAnsweredAt = otherServices.get() == null ? null : now;
    }
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(police.get() != null, "police", "sharing.error.police", errors);
    require(
        !(anonymous.get() && police.get() == PoliceSharing.WITH_NAME),
        "police",
        "sharing.error.policeAnonymous",
        errors);
    require(victimSupport.get() != null, "victimSupport", "sharing.error.victimSupport", errors);
    require(otherServices.get() != null, "otherServices", "sharing.error.otherServices", errors);
    return errors;
  }
}
