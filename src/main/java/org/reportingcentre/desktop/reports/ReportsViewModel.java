package org.reportingcentre.desktop.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.ReportListPage;
import org.reportingcentre.store.ReportQuery;
import org.reportingcentre.store.ReportRow;
import org.reportingcentre.store.StoreException;

/**
 * The report list: the filters a person sets, the page shown, and the calls that fetch one page at
 * a time from the store (on the background thread). A volunteer gets reference, date and status.
 */
public final class ReportsViewModel {
  public static final int PAGE_SIZE = 25;
  private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

  public final StringProperty reference = new SimpleStringProperty("");
  public final StringProperty from = new SimpleStringProperty("");
  public final StringProperty to = new SimpleStringProperty("");
  public final ObjectProperty<ReportStatus> status = new SimpleObjectProperty<>();
  public final ObjectProperty<MotivationStrand> strand = new SimpleObjectProperty<>();
  public final ObjectProperty<IncidentType> type = new SimpleObjectProperty<>();
  public final StringProperty ward = new SimpleStringProperty("");
  public final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
  public final StringProperty volunteer = new SimpleStringProperty("");

  /** Only reports with an outcome from the SPOC that nobody has looked at yet ("has news"). */
  public final BooleanProperty withNews = new SimpleBooleanProperty();

  public final ObjectProperty<ReportQuery.Sort> sort =
      new SimpleObjectProperty<>(ReportQuery.Sort.DATE);
  public final BooleanProperty descending = new SimpleBooleanProperty(true);

  public final ObservableList<ReportRow> rows = FXCollections.observableArrayList();
  public final ObservableList<String> wards = FXCollections.observableArrayList();
  public final ObservableList<String> recorders = FXCollections.observableArrayList();
  public final ObservableList<FieldError> errors = FXCollections.observableArrayList();

  /** "Showing reports 1 to 25 of 1,204." or "No reports match." */
  public final StringProperty summary = new SimpleStringProperty("");

  public final BooleanProperty hasNext = new SimpleBooleanProperty();
  public final BooleanProperty hasPrevious = new SimpleBooleanProperty();
  public final BooleanProperty loading = new SimpleBooleanProperty();

  private final Words words;
  private final DeskService desk;
  private final Threads threads;
  private ReportQuery shown;

  public ReportsViewModel(Messages text, DeskService desk, Threads threads) {
    this.words = new Words(text);
    this.desk = desk;
    this.threads = threads;
  }

  public boolean detailed() {
    return desk.detailed();
  }

  /** The first page with no filter, and the choices of the ward and volunteer filters. */
  public void start() {
    if (desk.detailed()) {
      threads.run(desk::wards, wards::setAll, e -> wards.clear());
      threads.run(desk::recorders, recorders::setAll, e -> recorders.clear());
    }
    search();
  }

  /** Runs the search from the first page; a date that cannot be read is shown as an error. */
  public void search() {
    List<FieldError> problems = new ArrayList<>();
    Optional<LocalDate> first = date(from.get(), "from", problems);
    Optional<LocalDate> last = date(to.get(), "to", problems);
    if (problems.isEmpty()
        && first.isPresent()
        && last.isPresent()
        && first.get().isAfter(last.get())) {
      problems.add(new FieldError("to", words.text().get("reports.error.dates")));
    }
    errors.setAll(problems);
    if (!problems.isEmpty()) {
      return;
    }
    load(
        ReportQuery.builder()
            .reference(reference.get())
            .dates(first.orElse(null), last.orElse(null))
            .status(status.get())
            .strand(strand.get())
            .type(type.get())
            .ward(ward.get())
            .channel(channel.get())
            .volunteer(volunteer.get())
            .onlyWithNews(withNews.get())
            .sort(sort.get(), descending.get())
            .limit(PAGE_SIZE)
            .build());
  }

  /** Takes the filters and order of the list shown before (a new language or mode redraws it). */
  public void keepFiltersOf(ReportsViewModel other) {
    reference.set(other.reference.get());
    from.set(other.from.get());
    to.set(other.to.get());
    status.set(other.status.get());
    strand.set(other.strand.get());
    type.set(other.type.get());
    ward.set(other.ward.get());
    channel.set(other.channel.get());
    volunteer.set(other.volunteer.get());
    withNews.set(other.withNews.get());
    sort.set(other.sort.get());
    descending.set(other.descending.get());
  }

  /** Puts every filter back to "any" and shows the first page. */
  public void clear() {
    reference.set("");
    from.set("");
    to.set("");
    status.set(null);
    strand.set(null);
    type.set(null);
    ward.set("");
    channel.set(null);
    volunteer.set("");
    withNews.set(false);
    search();
  }

  public void next() {
    if (shown != null && hasNext.get()) {
      load(shown.page(shown.offset() + PAGE_SIZE));
    }
  }

  public void previous() {
    if (shown != null && hasPrevious.get()) {
      load(shown.page(Math.max(0, shown.offset() - PAGE_SIZE)));
    }
  }

  /** Sorts the whole list (in the database, not just this page) and goes back to its start. */
  public void sortBy(ReportQuery.Sort column, boolean highestFirst) {
    sort.set(column);
    descending.set(highestFirst);
    if (shown != null) {
      load(shown.sortedBy(column, highestFirst).page(0));
    }
  }

  private void load(ReportQuery query) {
    loading.set(true);
    threads.run(
        () -> desk.page(query),
        page -> {
          loading.set(false);
          shown = query;
          show(query, page);
        },
        failed -> {
          loading.set(false);
          rows.clear();
          hasNext.set(false);
          hasPrevious.set(false);
          summary.set(
              failed instanceof StoreException
                  ? failed.getMessage()
                  : words.text().get("reports.failed"));
        });
  }

  /** Shows the page at once, then asks how many match in all (slower with some filters). */
  private void show(ReportQuery query, ReportListPage page) {
    rows.setAll(page.rows());
    hasNext.set(page.hasNext());
    hasPrevious.set(page.hasPrevious());
    if (page.rows().isEmpty() && page.offset() == 0) {
      summary.set(words.text().get("reports.none"));
      return;
    }
    String first = String.valueOf(page.offset() + 1);
    String last = String.valueOf(page.offset() + page.rows().size());
    summary.set(words.text().get("reports.showingPage", first, last));
    threads.run(
        () -> desk.count(query),
        total -> {
          if (shown == query) {
            summary.set(
                words
                    .text()
                    .get(
                        "reports.showing",
                        first,
                        last,
                        String.format(words.text().locale(), "%,d", total)));
          }
        },
        failed -> {});
  }

  private Optional<LocalDate> date(String typed, String field, List<FieldError> problems) {
    String clean = typed == null ? "" : typed.strip();
    if (clean.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(clean.replace('.', '/').replace('-', '/'), TYPED_DATE));
    } catch (DateTimeParseException e) {
      problems.add(new FieldError(field, words.text().get("reports.error.date")));
      return Optional.empty();
    }
  }

  /** What a screen reader says for a row, and what the row shows. */
  public String rowText(ReportRow row) {
    if (!desk.detailed()) {
      return words
          .text()
          .get(
              "reports.row",
              row.reference().toString(),
              words.day(row.completedAt()),
              words.status(row.status()));
    }
    return words
        .text()
        .get(
            "reports.row.detailed",
            row.reference().toString(),
            words.day(row.completedAt()),
            words.status(row.status()),
            row.channel().map(words::channel).orElse(""),
            row.recordedBy().orElse(""),
            row.ward().orElse(words.text().get("reports.noWard")));
  }

  Words words() {
    return words;
  }
}
