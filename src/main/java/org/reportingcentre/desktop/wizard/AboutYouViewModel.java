package org.reportingcentre.desktop.wizard;

import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.AgeBand;
import org.reportingcentre.report.DisabilityStatus;
import org.reportingcentre.report.Ethnicity;
import org.reportingcentre.report.Gender;
import org.reportingcentre.report.Religion;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.SexualOrientation;
import org.reportingcentre.report.TransHistory;

/**
 * Page 13: about the person it happened to (or, for a witness, about them). Every answer is
 * optional and each list has "prefer not to say". Skipped for anonymous reports.
 */
public final class AboutYouViewModel extends StepViewModel {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");

  /** Who the page is about depends on who is reporting; read from the draft. */
  public final ObjectProperty<ReporterRole> role = new SimpleObjectProperty<>(ReporterRole.VICTIM);

  public final StringProperty name = new SimpleStringProperty("");
  public final StringProperty phone = new SimpleStringProperty("");
  public final StringProperty email = new SimpleStringProperty("");
  public final StringProperty address = new SimpleStringProperty("");
  public final StringProperty postcode = new SimpleStringProperty("");
  public final ObjectProperty<AgeBand> ageBand = new SimpleObjectProperty<>();
  public final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
  public final ObjectProperty<TransHistory> transHistory = new SimpleObjectProperty<>();
  public final ObjectProperty<Ethnicity> ethnicity = new SimpleObjectProperty<>();
  public final ObjectProperty<Religion> religion = new SimpleObjectProperty<>();
  public final ObjectProperty<SexualOrientation> sexualOrientation = new SimpleObjectProperty<>();
  public final ObjectProperty<DisabilityStatus> disability = new SimpleObjectProperty<>();

  public AboutYouViewModel(Messages text) {
    super(text);
    track(
        name,
        phone,
        email,
        address,
        postcode,
        ageBand,
        gender,
        transHistory,
        ethnicity,
        religion,
        sexualOrientation,
        disability);
  }

  @Override
  protected void read(Answers a) {
    role.set(a.role == null ? ReporterRole.VICTIM : a.role);
    name.set(orEmpty(a.name));
    phone.set(orEmpty(a.phone));
    email.set(orEmpty(a.email));
    address.set(orEmpty(a.homeAddress));
    postcode.set(orEmpty(a.homePostcode));
    ageBand.set(a.ageBand);
    gender.set(a.gender);
    transHistory.set(a.transHistory);
    ethnicity.set(a.ethnicity);
    religion.set(a.religion);
    sexualOrientation.set(a.sexualOrientation);
    disability.set(a.disability);
  }

  @Override
  public void store(Answers a) {
    a.name = name.get();
    a.phone = phone.get();
    a.email = email.get();
    a.homeAddress = address.get();
    a.homePostcode = postcode.get();
    a.ageBand = ageBand.get();
    a.gender = gender.get();
    a.transHistory = transHistory.get();
    a.ethnicity = ethnicity.get();
    a.religion = religion.get();
    a.sexualOrientation = sexualOrientation.get();
    a.disability = disability.get();
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(
        blank(email.get()) || EMAIL.matcher(email.get().strip()).matches(),
        "email",
        "about.error.email",
        errors);
    require(
        blank(phone.get()) || PHONE.matcher(phone.get().strip()).matches(),
        "phone",
        "about.error.phone",
        errors);
    require(
        orEmpty(postcode.get()).strip().length() <= 10, "postcode", "about.error.postcode", errors);
    return errors;
  }
}
