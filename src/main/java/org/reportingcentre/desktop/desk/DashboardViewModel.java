package org.reportingcentre.desktop.desk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.stats.SmallCounts;
import org.reportingcentre.stats.Statistics;
import org.reportingcentre.stats.StatisticsPeriod;
import org.reportingcentre.stats.StatisticsService;
import org.reportingcentre.stats.StatisticsTable;
import org.reportingcentre.stats.StatisticsTables;
import org.reportingcentre.store.StoreException;

/**
 * The statistics dashboard: which period is shown, its figures as the quarterly report's tables,
 * and exporting them. Figures are worked out in the background; the newest request wins.
 */
public final class DashboardViewModel {
  private static final List<DateTimeFormatter> DAY_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ISO_LOCAL_DATE);

  public final ObjectProperty<StatisticsPeriod> period = new SimpleObjectProperty<>();

  /** The first and last day typed for a period of any length (day/month/year). */
  public final StringProperty from = new SimpleStringProperty("");

  public final StringProperty to = new SimpleStringProperty("");
  public final BooleanProperty suppressSmallCounts = new SimpleBooleanProperty();
  public final BooleanProperty busy = new SimpleBooleanProperty();
  public final ObjectProperty<Statistics> statistics = new SimpleObjectProperty<>();
  public final ObjectProperty<List<StatisticsTable>> tables = new SimpleObjectProperty<>(List.of());

  /** What is happening or what went wrong, in plain words; empty when there is nothing to say. */
  public final StringProperty status = new SimpleStringProperty("");

  private final Messages text;
  private final DeskStatistics source;
  private final DeskFiles files;
  private final Threads threads;
  private long request;

  public DashboardViewModel(
      Messages text,
      DeskStatistics source,
      DeskFiles files,
      Threads threads,
      StatisticsPeriod first) {
    this.text = text;
    this.source = source;
    this.files = files;
    this.threads = threads;
    period.set(first);
    suppressSmallCounts.addListener((o, was, now) -> tabulate());
  }

  /** Reads the centre's suppression setting, then works out the first period. */
  public void start() {
    busy.set(true);
    threads.run(
        source::suppressSmallCountsByDefault,
        suppress -> {
          suppressSmallCounts.set(suppress);
          compute();
        },
        this::failed);
  }

  /** The quarter before the one shown (or before the one the shown period starts in). */
  public void previousQuarter() {
    show(step(-1));
  }

  public void nextQuarter() {
    show(step(1));
  }

  private StatisticsPeriod step(int quarters) {
    LocalDate start = quarterOf(period.get()).first().plusMonths(3L * quarters);
    return StatisticsPeriod.quarterOf(start);
  }

  private static StatisticsPeriod quarterOf(StatisticsPeriod p) {
    return StatisticsPeriod.quarterOf(p.first());
  }

  /**
   * Shows the days typed in {@link #from} and {@link #to}, both included.
   *
   * @return the problems with what was typed, each for its field; empty when it is shown
   */
  public List<FieldError> showRange() {
    List<FieldError> errors = new ArrayList<>();
    Optional<LocalDate> first = day(from.get());
    Optional<LocalDate> last = day(to.get());
    if (first.isEmpty()) {
      errors.add(new FieldError("from", text.get("desk.dashboard.error.from")));
    }
    if (last.isEmpty()) {
      errors.add(new FieldError("to", text.get("desk.dashboard.error.to")));
    }
    if (errors.isEmpty() && last.get().isBefore(first.get())) {
      errors.add(new FieldError("to", text.get("desk.dashboard.error.order")));
    }
    if (errors.isEmpty() && last.get().isAfter(first.get().plusYears(10))) {
      errors.add(new FieldError("to", text.get("desk.dashboard.error.long")));
    }
    if (errors.isEmpty()) {
      show(StatisticsPeriod.between(first.get(), last.get()));
    }
    return errors;
  }

  static Optional<LocalDate> day(String typed) {
    String value = typed == null ? "" : typed.strip();
    for (DateTimeFormatter format : DAY_FORMATS) {
      try {
        return Optional.of(LocalDate.parse(value, format));
      } catch (DateTimeParseException e) {
        // Try the next way of writing a date.
      }
    }
    return Optional.empty();
  }

  private void show(StatisticsPeriod next) {
    period.set(next);
    compute();
  }

  /** Works out the shown period's figures in the background. */
  public void compute() {
    long mine = ++request;
    StatisticsPeriod asked = period.get();
    busy.set(true);
    status.set(text.get("desk.dashboard.working", asked.label()));
    threads.run(
        () -> source.compute(asked),
        result -> {
          if (mine != request) {
            return;
          }
          busy.set(false);
          status.set("");
          statistics.set(result);
          tabulate();
        },
        failed -> {
          if (mine == request) {
            failed(failed);
          }
        });
  }

  private void tabulate() {
    Statistics shown = statistics.get();
    tables.set(
        shown == null
            ? List.of()
            : StatisticsTables.of(shown, new SmallCounts(suppressSmallCounts.get())));
  }

  /** The table with this id, as now shown. */
  public Optional<StatisticsTable> table(String id) {
    return tables.get().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** Asks where to save the shown period's report in a format, then writes it in the background. */
  public void export(StatisticsService.Format format) {
    StatisticsPeriod asked = period.get();
    String suffix = format.name().toLowerCase(Locale.ROOT);
    Optional<Path> target = files.saveAs(fileName(asked) + "." + suffix);
    if (target.isEmpty()) {
      return;
    }
    SmallCounts show = new SmallCounts(suppressSmallCounts.get());
    busy.set(true);
    status.set(text.get("desk.export.working", suffix.toUpperCase(Locale.ROOT)));
    threads.run(
        () -> {
          source.export(asked, format, show, target.get());
          return target.get();
        },
        written -> {
          busy.set(false);
          status.set(text.get("desk.export.done", written.toString()));
        },
        failed -> {
          busy.set(false);
          status.set(
              failed instanceof StoreException
                  ? failed.getMessage()
                  : text.get("desk.export.failed", target.get().toString()));
        });
  }

  static String fileName(StatisticsPeriod period) {
    String label = period.label();
    String name = label.matches("[0-9A-Za-z-]+") ? label : period.first() + "-to-" + period.last();
    return "statistics-" + name;
  }

  private void failed(Exception e) {
    busy.set(false);
    status.set(e instanceof StoreException ? e.getMessage() : text.get("desk.dashboard.failed"));
  }
}
