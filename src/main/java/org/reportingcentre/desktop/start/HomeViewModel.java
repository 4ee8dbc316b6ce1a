package org.reportingcentre.desktop.start;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportingcentre.centre.DraftService;
import org.reportingcentre.centre.ReportService;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.report.LocalZone;
import org.reportingcentre.report.Reference;
import org.reportingcentre.store.Draft;
import org.reportingcentre.store.ReportSummary;

/** Home: start, continue one of my drafts, find a report by reference (status only). */
public final class HomeViewModel {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").withZone(LocalZone.ZONE);

  public final ObservableList<Draft> drafts = FXCollections.observableArrayList();
  public final ObservableList<Draft> abandoned = FXCollections.observableArrayList();
  public final StringProperty findReference = new SimpleStringProperty("");
  public final StringProperty findResult = new SimpleStringProperty("");
  public final StringProperty findError = new SimpleStringProperty("");

  /** "3 reports have news from the SPOC", or empty when none have. */
  public final StringProperty news = new SimpleStringProperty("");

  /** For a manager: what automatic sending is doing ("Next try at 14:05"), or empty. */
  public final StringProperty syncStatus = new SimpleStringProperty("");

  private final Messages text;
  private final DraftService draftService;
  private final ReportService reports;
  private final Threads threads;
  private final boolean manager;

  public HomeViewModel(
      Messages text, DraftService drafts, ReportService reports, Threads threads, boolean manager) {
    this.text = text;
    this.draftService = drafts;
    this.reports = reports;
    this.threads = threads;
    this.manager = manager;
  }

  public boolean isManager() {
    return manager;
  }

  public void refresh() {
    threads.run(draftService::mine, drafts::setAll, e -> drafts.clear());
    if (manager) {
      threads.run(
          () -> draftService.abandoned(java.time.Duration.ofDays(7)),
          abandoned::setAll,
          e -> abandoned.clear());
    }
  }

  public void delete(Draft draft) {
    threads.run(() -> draftService.delete(draft.id()), ok -> refresh(), e -> refresh());
  }

  public String describe(Draft draft) {
    return text.get("home.draft", DATE.format(draft.updatedAt()));
  }

  /**
   * Looks a reference up, or every report finished on a date (such as 20/11/2026); shows status and
   * date only, never the details.
   */
  public void find() {
    findResult.set("");
    findError.set("");
    Optional<java.time.LocalDate> day = parseDate(findReference.get());
    if (day.isPresent()) {
      findByDate(day.get());
      return;
    }
    Reference reference;
    try {
      reference = Reference.parse(findReference.get());
    } catch (IllegalArgumentException e) {
      findError.set(e.getMessage());
      return;
    }
    threads.run(
        () ->
            reports.list(Optional.empty()).stream()
                .filter(s -> s.reference().equals(reference))
                .findFirst(),
        (Optional<ReportSummary> found) -> {
          if (found.isEmpty()) {
            findError.set(text.get("home.find.none", reference));
          } else {
            ReportSummary s = found.get();
            findResult.set(
                text.get(
                    "home.find.result",
                    reference.toString(),
                    text.of(s.status()),
                    s.completedAt() == null ? "" : DATE.format(s.completedAt())));
          }
        },
        e -> findError.set(text.get("home.find.failed")));
  }

  private void findByDate(java.time.LocalDate day) {
    ZoneId zone = LocalZone.ZONE;
    threads.run(
        () ->
            reports.list(Optional.empty()).stream()
                .filter(s -> s.completedAt() != null)
                .filter(s -> s.completedAt().atZone(zone).toLocalDate().equals(day))
                .toList(),
        (List<ReportSummary> found) -> {
          String date = day.format(DateTimeFormatter.ofPattern("d MMMM yyyy"));
          if (found.isEmpty()) {
            findError.set(text.get("home.find.noneOnDate", date));
            return;
          }
          StringBuilder lines = new StringBuilder(text.get("home.find.onDate", date));
          for (ReportSummary s : found) {
            lines
                .append("\n")
                .append(
                    text.get(
                        "home.find.result",
                        s.reference().toString(),
                        text.of(s.status()),
                        DATE.format(s.completedAt())));
          }
          findResult.set(lines.toString());
        },
        e -> findError.set(text.get("home.find.failed")));
  }

  static Optional<java.time.LocalDate> parseDate(String typed) {
    String t = typed == null ? "" : typed.strip();
    java.util.regex.Matcher uk =
        java.util.regex.Pattern.compile("(\\d{1,2})[/ .-](\\d{1,2})[/ .-](\\d{4})").matcher(t);
    try {
      if (uk.matches()) {
        return Optional.of(
            java.time.LocalDate.of(
                Integer.parseInt(uk.group(3)),
                Integer.parseInt(uk.group(2)),
                Integer.parseInt(uk.group(1))));
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(java.time.LocalDate.parse(t));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  List<Draft> draftsNow() {
    return List.copyOf(drafts);
  }
}
