package org.reportingcentre.desktop.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.store.Population;
import org.reportingcentre.store.StoreException;

/**
 * Statistics settings: the population of the whole area and of wards (for rates per 100,000), and
 * whether small counts are suppressed by default. Each change is saved and audited at once.
 */
public final class SettingsViewModel {
  public final StringProperty area = new SimpleStringProperty("");
  public final StringProperty ward = new SimpleStringProperty("");
  public final StringProperty wardPeople = new SimpleStringProperty("");
  public final BooleanProperty suppressSmallCounts = new SimpleBooleanProperty();

  /** The figures entered so far, one line each ("Whole area: 187,000 people"). */
  public final ObservableList<String> figures = FXCollections.observableArrayList();

  public final StringProperty status = new SimpleStringProperty("");
  public final BooleanProperty busy = new SimpleBooleanProperty();

  private final Messages text;
  private final DeskSettings settings;
  private final Threads threads;

  public SettingsViewModel(Messages text, DeskSettings settings, Threads threads) {
    this.text = text;
    this.settings = settings;
    this.threads = threads;
  }

  /** Reads the current settings in the background. */
  public void load() {
    busy.set(true);
    threads.run(
        () -> new Current(settings.population(), settings.suppressSmallCounts()),
        current -> {
          busy.set(false);
          show(current);
        },
        this::failed);
  }

  private record Current(Population population, boolean suppress) {}

  private void show(Current current) {
    List<String> lines = new ArrayList<>();
    current
        .population()
        .area()
        .ifPresent(people -> lines.add(text.get("desk.settings.areaLine", number(people))));
    for (Population.Ward w : current.population().wards()) {
      lines.add(text.get("desk.settings.wardLine", w.name(), number(w.people())));
    }
    figures.setAll(lines);
    suppressSmallCounts.set(current.suppress());
  }

  private static String number(long people) {
    return String.format(Locale.UK, "%,d", people);
  }

  public List<FieldError> saveArea() {
    Optional<Long> people = people(area.get());
    if (people.isEmpty()) {
      return List.of(new FieldError("area", text.get("desk.settings.error.people")));
    }
    save(() -> settings.setAreaPopulation(people.get()), "desk.settings.saved");
    area.set("");
    return List.of();
  }

  public List<FieldError> saveWard() {
    List<FieldError> errors = new ArrayList<>();
    if (ward.get().isBlank()) {
      errors.add(new FieldError("ward", text.get("desk.settings.error.ward")));
    }
    Optional<Long> people = people(wardPeople.get());
    if (people.isEmpty()) {
      errors.add(new FieldError("ward-people", text.get("desk.settings.error.people")));
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    String name = ward.get().strip();
    save(() -> settings.setWardPopulation(name, people.get()), "desk.settings.saved");
    ward.set("");
    wardPeople.set("");
    return errors;
  }

  public void saveSuppression() {
    boolean suppress = suppressSmallCounts.get();
    save(() -> settings.setSuppressSmallCounts(suppress), "desk.settings.savedSuppression");
  }

  /** A whole number of people from 1 to 100,000,000, with or without thousands separators. */
  static Optional<Long> people(String typed) {
    String digits = typed == null ? "" : typed.strip().replace(",", "").replace(" ", "");
    if (!digits.matches("[0-9]{1,9}")) {
      return Optional.empty();
    }
    long value = Long.parseLong(digits);
    return value >= 1 && value <= 100_000_000 ? Optional.of(value) : Optional.empty();
  }

  @FunctionalInterface
  private interface Change {
    void apply() throws StoreException;
  }

  private void save(Change change, String doneKey) {
    busy.set(true);
    threads.run(
        () -> {
          change.apply();
          return new Current(settings.population(), settings.suppressSmallCounts());
        },
        current -> {
          busy.set(false);
          show(current);
          status.set(text.get(doneKey));
        },
        this::failed);
  }

  private void failed(Exception e) {
    busy.set(false);
    status.set(e instanceof StoreException ? e.getMessage() : text.get("common.unexpected"));
  }
}
