package org.reportingcentre.desktop.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.CorrectableField;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Report;

/**
 * The answers of the correction form on a report's page, one property per correctable answer in the
 * shape its control needs, turned into the values {@link CorrectableField} takes. Also says each
 * value in words, for the corrections list and for the words kept beside coded values.
 */
public final class CorrectionViewModel {
  /** The "on a date" choice of when it happened; the others are the approximate times' codes. */
  public static final String ON_A_DATE = "date";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** Free text and the number of offenders, as typed. */
  public final Map<CorrectableField, StringProperty> texts = new EnumMap<>(CorrectableField.class);

  /** One choice from a list (yes, no, not sure included). */
  public final Map<CorrectableField, ObjectProperty<Coded>> choices =
      new EnumMap<>(CorrectableField.class);

  public final ObservableSet<MotivationStrand> strands = FXCollections.observableSet();
  public final ObservableSet<IncidentType> types = FXCollections.observableSet();

  /** {@link #ON_A_DATE} or an approximate time's code. */
  public final ObjectProperty<String> whenChoice = new SimpleObjectProperty<>();

  /** The date it happened, typed like 20/11/2026, when {@link #whenChoice} is on a date. */
  public final StringProperty whenDate = new SimpleStringProperty("");

  private final Messages text;
  private final Words words;

  public CorrectionViewModel(Messages text) {
    this.text = text;
    this.words = new Words(text);
    for (CorrectableField field : CorrectableField.values()) {
      switch (field.kind()) {
        case TEXT, LONG_TEXT, COUNT -> texts.put(field, new SimpleStringProperty(""));
        case ONE_OF, ANSWER -> choices.put(field, new SimpleObjectProperty<>());
        case ANY_OF, WHEN -> {
          // Their own typed properties above.
        }
      }
    }
  }

  /** The choices of when it happened, in the order the wizard shows them. */
  public static List<String> whenChoices() {
    List<String> all = new ArrayList<>(List.of(ON_A_DATE));
    CorrectableField.WHEN.options().forEach(c -> all.add(c.code()));
    return all;
  }

  /** Fills the form with the report's answers as they are now. */
  public void show(Report report) {
    for (CorrectableField field : CorrectableField.values()) {
      Optional<String> value = field.read(report);
      switch (field.kind()) {
        case TEXT, LONG_TEXT, COUNT -> texts.get(field).set(value.orElse(""));
        case ONE_OF, ANSWER ->
            choices.get(field).set(value.flatMap(v -> option(field, v)).orElse(null));
        case ANY_OF -> {
          if (field == CorrectableField.MOTIVATIONS) {
            strands.clear();
            strands.addAll(report.incident().motivations());
          } else {
            types.clear();
            types.addAll(report.incident().types());
          }
        }
        case WHEN -> {
          var when = report.incident().when();
          whenChoice.set(
              when.date().isPresent()
                  ? ON_A_DATE
                  : when.approximately().map(Coded::code).orElse(null));
          whenDate.set(when.date().map(DAY::format).orElse(""));
        }
      }
    }
  }

  /** What the form can tell before asking the store: a date or number that cannot be read. */
  public List<FieldError> check() {
    List<FieldError> errors = new ArrayList<>();
    if (ON_A_DATE.equals(whenChoice.get())) {
      // A date in the future is the store's to refuse (ReportValidator, with the store's clock).
      if (date(whenDate.get()).isEmpty()) {
        errors.add(new FieldError("correct-when-on", text.get("reports.error.date")));
      }
    }
    String count = texts.get(CorrectableField.OFFENDER_COUNT).get().strip();
    if (!count.isEmpty() && !count.matches("[0-9]{1,4}")) {
      errors.add(
          new FieldError(
              "correct-" + CorrectableField.OFFENDER_COUNT.code(),
              text.get("offenders.error.count")));
    }
    return errors;
  }

  /** Every answer of the form as the store takes it; the store keeps only those that changed. */
  public Map<CorrectableField, String> values() {
    Map<CorrectableField, String> values = new EnumMap<>(CorrectableField.class);
    for (CorrectableField field : CorrectableField.values()) {
      String value =
          switch (field.kind()) {
            case TEXT, LONG_TEXT, COUNT -> texts.get(field).get();
            case ONE_OF, ANSWER ->
                Optional.ofNullable(choices.get(field).get()).map(Coded::code).orElse("");
            case ANY_OF ->
                CorrectableField.codes(field == CorrectableField.MOTIVATIONS ? strands : types);
            case WHEN ->
                ON_A_DATE.equals(whenChoice.get())
                    ? date(whenDate.get()).map(LocalDate::toString).orElse(whenDate.get())
                    : Optional.ofNullable(whenChoice.get()).orElse("");
          };
      values.put(field, value == null ? "" : value);
    }
    return values;
  }

  /** A value of a field in the words of the form: the choices' names, a date, or the text. */
  public String say(CorrectableField field, String value) {
    return words.say(field.field(), value);
  }

  /** The words of a field, as the form asks it. */
  public String fieldName(CorrectableField field) {
    return text.get(field.field().label().orElseThrow());
  }

  private static Optional<Coded> option(CorrectableField field, String code) {
    return field.options().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  private static Optional<LocalDate> date(String typed) {
    String tidy = typed == null ? "" : typed.strip().replaceAll("[\\s.-]+", "/");
    try {
      return Optional.of(LocalDate.parse(tidy, DAY));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
