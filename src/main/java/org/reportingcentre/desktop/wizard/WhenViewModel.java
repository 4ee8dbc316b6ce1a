package org.reportingcentre.desktop.wizard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.LocalZone;

/** Page 7: when it happened (a date or roughly), an optional time, still happening? */
public final class WhenViewModel extends StepViewModel {
  /** "date", or a {@link org.reportingcentre.report.WhenApproximately} code. */
  public static final List<String> CHOICES =
      List.of("date", "today", "yesterday", "this-week", "earlier", "not-sure");

  public final ObjectProperty<String> choice = new SimpleObjectProperty<>();
  public final StringProperty day = new SimpleStringProperty("");
  public final StringProperty month = new SimpleStringProperty("");
  public final StringProperty year = new SimpleStringProperty("");
  public final StringProperty time = new SimpleStringProperty("");
  public final ObjectProperty<Answer> stillHappening = new SimpleObjectProperty<>();
  private final Clock clock;

  public WhenViewModel(Messages text, Clock clock) {
    super(text);
    this.clock = clock;
    track(choice, day, month, year, time, stillHappening);
  }

  @Override
  protected void read(Answers a) {
    choice.set(a.whenChoice);
    day.set(orEmpty(a.day));
    month.set(orEmpty(a.month));
    year.set(orEmpty(a.year));
    time.set(orEmpty(a.time));
    stillHappening.set(a.stillHappening);
  }

  @Override
  public void store(Answers a) {
    a.whenChoice = choice.get();
    a.day = day.get();
    a.month = month.get();
    a.year = year.get();
    a.time = time.get();
    a.stillHappening = stillHappening.get();
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = errors();
    require(choice.get() != null, "when", "when.error.required", errors);
    if ("date".equals(choice.get())) {
      Answers probe = new Answers();
      store(probe);
      Optional<LocalDate> date = ReportBuilder.parseDate(probe);
      LocalDate today = LocalZone.today(clock);
      if (blank(day.get()) || blank(month.get()) || blank(year.get())) {
        errors.add(new FieldError("date", text.get("when.error.dateIncomplete")));
      } else if (date.isEmpty()) {
        errors.add(new FieldError("date", text.get("when.error.dateInvalid")));
      } else if (date.get().isAfter(today)) {
        errors.add(new FieldError("date", text.get("when.error.dateFuture")));
      } else if (date.get().isBefore(today.minusYears(100))) {
        errors.add(new FieldError("date", text.get("when.error.dateOld")));
      }
    }
    require(
        blank(time.get()) || ReportBuilder.parseTime(time.get()).isPresent(),
        "time",
        "when.error.time",
        errors);
    return errors;
  }
}
