package org.reportingcentre.desktop.wizard;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.LocationType;

/** Page 8: where it happened. */
public final class WhereViewModel extends StepViewModel {
  public final ObjectProperty<LocationType> type = new SimpleObjectProperty<>();
  public final StringProperty platform = new SimpleStringProperty("");
  public final StringProperty otherPlace = new SimpleStringProperty("");
  public final StringProperty address = new SimpleStringProperty("");
  public final StringProperty postcode = new SimpleStringProperty("");
  public final StringProperty area = new SimpleStringProperty("");

  public WhereViewModel(Messages text) {
    super(text);
    track(type, platform, otherPlace, address, postcode, area);
  }

  @Override
  protected void read(Answers a) {
    type.set(a.locationType);
    platform.set(orEmpty(a.platform));
    otherPlace.set(orEmpty(a.otherPlace));
    address.set(orEmpty(a.address));
    postcode.set(orEmpty(a.postcode));
    area.set(orEmpty(a.area));
  }

  @Override
  public void store(Answers a) {
    a.locationType = type.get();
    a.platform = platform.get();
    a.otherPlace = otherPlace.get();
    a.address = address.get();
    a.postcode = postcode.get();
    a.area = area.get();
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(type.get() != null, "locationType", "where.error.type", errors);
    require(
        type.get() != LocationType.ONLINE || !blank(platform.get()),
        "platform",
        "where.error.platform",
        errors);
    require(
        type.get() != LocationType.OTHER || !blank(otherPlace.get()),
        "otherPlace",
        "where.error.otherPlace",
        errors);
    require(
        orEmpty(postcode.get()).strip().length() <= 10, "postcode", "where.error.postcode", errors);
    return errors;
  }
}
