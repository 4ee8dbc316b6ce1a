package org.reportingcentre.desktop.desk;

import java.nio.file.Path;
import java.time.Clock;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Navigator;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.start.HomeLinks;
import org.reportingcentre.desktop.start.HomeView;
import org.reportingcentre.report.LocalZone;
import org.reportingcentre.stats.StatisticsPeriod;
import org.reportingcentre.stats.StatisticsService;
import org.reportingcentre.store.BackupManifest;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreBackup;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.StoreOptions;

/**
 * The manager's desk for statistics and backups: builds its screens over the open store and links
 * them from home. The app hands it the rest of what it needs through {@link Host}.
 */
public final class Desk implements HomeLinks {
  /** What the desk takes from the app. */
  public interface Host {
    Threads threads();

    Clock clock();

    StoreOptions storeOptions();

    DeskFiles files();

    /** The open store. */
    CentreStore store();

    void home();

    /** Makes the app forget the open store (for a restore): the caller closes it. */
    CentreStore releaseStore();

    /** Back to sign-in (after a restore). */
    void signIn();
  }

  private final Navigator nav;
  private final Host host;
  private StatisticsPeriod shown;

  public Desk(Navigator nav, Host host) {
    this.nav = nav;
    this.host = host;
  }

  /** The desk's two links on home, for managers only. */
  @Override
  public void addTo(HomeView home) {
    if (!host.store().session().isManager()) {
      return;
    }
    home.addDeskLink(
        "desk-statistics",
        nav.form().text().get("desk.link.statistics"),
        () -> {
          shown = null;
          showDashboard();
        });
    home.addDeskLink("desk-backup", nav.form().text().get("desk.link.backup"), this::showBackup);
  }

  /** The dashboard, on this quarter the first time, then on the period last shown. */
  public void showDashboard() {
    nav.show(this::dashboard);
  }

  private Navigator.Page dashboard(Form form) {
    if (shown == null) {
      shown = StatisticsPeriod.quarterOf(LocalZone.today(host.clock()));
    }
    StatisticsService service = new StatisticsService(host.store(), host.clock(), LocalZone.ZONE);
    DashboardViewModel vm =
        new DashboardViewModel(
            form.text(),
            DeskStatistics.of(service, new DeskWords(form.text())),
            host.files(),
            host.threads(),
            shown);
    vm.period.addListener((o, was, now) -> shown = now);
    return new DashboardView(form, vm, host::home, this::showSettings).page().whenShown(vm::start);
  }

  void showSettings() {
    nav.show(
        form -> {
          SettingsViewModel vm =
              new SettingsViewModel(
                  form.text(),
                  DeskSettings.of(CentreServices.on(host.store(), host.clock()).statistics()),
                  host.threads());
          return new SettingsView(form, vm, this::showDashboard, host::home)
              .page()
              .whenShown(vm::load);
        });
  }

  void showBackup() {
    nav.show(
        form -> {
          CentreStore store = host.store();
          BackupViewModel vm =
              new BackupViewModel(
                  form.text(),
                  new StoreBackups(store),
                  host.files(),
                  host.threads(),
                  host.clock().withZone(LocalZone.ZONE),
                  store.centreCode(),
                  this::showRestored);
          return new BackupView(form, vm, host::home).page();
        });
  }

  private void showRestored(boolean restored, String message) {
    nav.show(form -> new RestoredView(form, restored, message, host::signIn).page());
  }

  /** Backups of the open store; a restore closes it first (a store open anywhere is refused). */
  private final class StoreBackups implements DeskBackup {
    private final CentreStore store;
    private final Path folder;
    private final String user;
    private CentreStore released;

    StoreBackups(CentreStore store) {
      this.store = store;
      this.folder = store.folder();
      this.user = store.session().user();
    }

    @Override
    public BackupManifest backup(Path file) throws StoreException {
      return StoreBackup.create(store, file, host.clock());
    }

    @Override
    public StoreBackup.Checked check(Path file, char[] password) throws StoreException {
      return StoreBackup.check(store, file, password, host.storeOptions());
    }

    @Override
    public void beforeRestore() {
      released = host.releaseStore();
    }

    @Override
    public StoreBackup.Restored restore(Path file, char[] password) throws StoreException {
      if (released != null) {
        released.close();
        released = null;
      }
      // The person was asked already, after the check: a newer store is replaced as agreed.
      return StoreBackup.restore(
          file, folder, java.util.Optional.of(user), password, why -> true, host.storeOptions());
    }
  }
}
