package org.reportingcentre.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** When it happened: an exact date, or an approximate answer, and optionally a time. */
public record IncidentDate(
    Optional<LocalDate> date, Optional<WhenApproximately> approximately, Optional<LocalTime> time) {
  public IncidentDate {
    date = Values.opt(date);
    approximately = Values.opt(approximately);
    time = Values.opt(time);
  }

  public static IncidentDate on(LocalDate date) {
    return new IncidentDate(Optional.of(date), Optional.empty(), Optional.empty());
  }

  public static IncidentDate about(WhenApproximately when) {
    return new IncidentDate(Optional.empty(), Optional.of(when), Optional.empty());
  }
}
