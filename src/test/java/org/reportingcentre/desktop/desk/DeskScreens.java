package org.reportingcentre.desktop.desk;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.report.Report;
import org.reportingcentre.sample.SampleReports;
import org.reportingcentre.stats.SmallCounts;
import org.reportingcentre.stats.Statistics;
import org.reportingcentre.stats.StatisticsCalculator;
import org.reportingcentre.stats.StatisticsPeriod;
import org.reportingcentre.stats.StatisticsService;
import org.reportingcentre.store.BackupManifest;
import org.reportingcentre.store.Population;
import org.reportingcentre.store.ReportFacts;
import org.reportingcentre.store.StoreBackup;
import org.reportingcentre.store.StoreException;

/**
 * The desk's screens with no store behind them, for the accessibility audit and the screenshots:
 * the dashboard shows the sample reports' real figures, worked out without a database.
 */
public final class DeskScreens {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");
  private static List<ReportFacts> facts;

  private DeskScreens() {}

  /** Screen name to a maker of that screen in the given words. */
  public static Map<String, Supplier<Node>> all(Messages text) {
    Form form = new Form(text);
    Map<String, Supplier<Node>> screens = new LinkedHashMap<>();
    screens.put("desk-dashboard", () -> dashboard(form).root());
    screens.put(
        "desk-settings",
        () -> {
          SettingsViewModel vm = new SettingsViewModel(text, settings(), Threads.sameThread());
          SettingsView view = new SettingsView(form, vm, () -> {}, () -> {});
          vm.load();
          return view.root();
        });
    screens.put("desk-backup", () -> backup(form, false).root());
    screens.put("desk-backup-confirm", () -> backup(form, true).root());
    screens.put(
        "desk-restored",
        () ->
            new RestoredView(
                    form,
                    true,
                    text.get("desk.restore.done", "69", "2026-11-20T10:15Z")
                        + " "
                        + text.get(
                            "desk.restore.kept",
                            "/home/centre/data.before-restore-20261120T101500Z"),
                    () -> {})
                .root());
    return screens;
  }

  /** The dashboard on 2026-Q3 of the sample reports. */
  public static DashboardView dashboard(Form form) {
    DashboardViewModel vm =
        new DashboardViewModel(
            form.text(),
            statistics(),
            new NoFiles(),
            Threads.sameThread(),
            StatisticsPeriod.parse("2026-Q3"));
    DashboardView view = new DashboardView(form, vm, () -> {}, () -> {});
    vm.start();
    return view;
  }

  public static BackupView backup(Form form, boolean confirming) {
    BackupViewModel vm =
        new BackupViewModel(
            form.text(),
            new NoBackups(),
            new NoFiles(),
            Threads.sameThread(),
            java.time.Clock.fixed(NOW, LONDON),
            "TWL",
            (ok, words) -> {});
    BackupView view = new BackupView(form, vm, () -> {});
    if (confirming) {
      vm.restoreFile.set(Path.of("/media/usb/backup-TWL-2026-11-20.zip"));
      vm.checked.set(
          new StoreBackup.Checked(
              manifest(),
              Optional.of(
                  "The store in /home/centre/data was last changed at 2026-11-20T10:15:00Z,"
                      + " after the backup was made (2026-11-19T17:02:11Z). Restoring would lose"
                      + " those changes.")));
    }
    return view;
  }

  private static BackupManifest manifest() {
    return new BackupManifest(
        BackupManifest.FORMAT,
        BackupManifest.VERSION,
        UUID.fromString("6f1c5a0e-2b7d-4c55-9a8e-0d3f5e7a9b21"),
        "TWL",
        Instant.parse("2026-11-19T17:02:11Z"),
        "amira",
        69,
        412,
        Instant.parse("2026-11-19T17:02:11Z"),
        List.of());
  }

  private static synchronized List<ReportFacts> facts() {
    if (facts == null) {
      facts =
          SampleReports.sample().stream()
              .map((Report r) -> ReportFacts.of(r, Optional.empty()))
              .toList();
    }
    return facts;
  }

  static DeskStatistics statistics() {
    return new DeskStatistics() {
      @Override
      public Statistics compute(StatisticsPeriod period) {
        StatisticsPeriod before = period.yearBefore();
        return new StatisticsCalculator(LONDON)
            .compute(
                "TWL",
                "Townsley Library",
                period,
                in(period),
                in(before),
                new Population(
                    Optional.of(187_000L), List.of(new Population.Ward("Kingsway", 12_400))),
                NOW);
      }

      private List<ReportFacts> in(StatisticsPeriod period) {
        return facts().stream()
            .filter(
                f ->
                    !f.completedAt().isBefore(period.start(LONDON))
                        && f.completedAt().isBefore(period.end(LONDON)))
            .toList();
      }

      @Override
      public boolean suppressSmallCountsByDefault() {
        return false;
      }

      @Override
      public void export(
          StatisticsPeriod period, StatisticsService.Format format, SmallCounts show, Path file) {
        throw new UnsupportedOperationException("not in the audit");
      }
    };
  }

  private static DeskSettings settings() {
    return new DeskSettings() {
      @Override
      public Population population() {
        return new Population(
            Optional.of(187_000L),
            List.of(
                new Population.Ward("Kingsway", 12_400), new Population.Ward("Millbrook", 9_850)));
      }

      @Override
      public boolean suppressSmallCounts() {
        return true;
      }

      @Override
      public void setAreaPopulation(long people) {}

      @Override
      public void setWardPopulation(String ward, long people) {}

      @Override
      public void setSuppressSmallCounts(boolean suppress) {}
    };
  }

  private static final class NoFiles implements DeskFiles {
    @Override
    public Optional<Path> saveAs(String suggestedName) {
      return Optional.empty();
    }

    @Override
    public Optional<Path> open() {
      return Optional.empty();
    }
  }

  private static final class NoBackups implements DeskBackup {
    @Override
    public BackupManifest backup(Path file) throws StoreException {
      throw new StoreException.BadRequest("not in the audit");
    }

    @Override
    public StoreBackup.Checked check(Path file, char[] password) throws StoreException {
      throw new StoreException.BadRequest("not in the audit");
    }

    @Override
    public StoreBackup.Restored restore(Path file, char[] password) throws StoreException {
      throw new StoreException.BadRequest("not in the audit");
    }
  }
}
