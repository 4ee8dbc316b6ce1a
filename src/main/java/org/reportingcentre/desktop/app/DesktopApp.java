package org.reportingcentre.desktop.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.reportingcentre.desktop.access.AccessFrame;
import org.reportingcentre.desktop.access.AccessSettings;
import org.reportingcentre.desktop.access.Pictograms;
import org.reportingcentre.desktop.access.ProcessLauncher;
import org.reportingcentre.desktop.access.ReadAloud;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Navigator;
import org.reportingcentre.desktop.common.Printing;
import org.reportingcentre.desktop.common.Scheduler;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.desk.Desk;
import org.reportingcentre.desktop.desk.DeskFiles;
import org.reportingcentre.desktop.desk.FxDeskFiles;
import org.reportingcentre.desktop.directory.DirectoryScreens;
import org.reportingcentre.desktop.kiosk.KioskMode;
import org.reportingcentre.desktop.kiosk.KioskViewModel;
import org.reportingcentre.desktop.reports.ReportScreens;
import org.reportingcentre.desktop.start.Home;
import org.reportingcentre.desktop.start.HomeViewModel;
import org.reportingcentre.desktop.start.StartScreens;
import org.reportingcentre.desktop.sync.SyncDesk;
import org.reportingcentre.desktop.sync.SyncScreens;
import org.reportingcentre.desktop.wizard.WizardScreens;
import org.reportingcentre.desktop.wizard.WizardViewModel;
import org.reportingcentre.report.Reference;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.Draft;
import org.reportingcentre.store.StoreOptions;

/**
 * The composition root of the desktop app: builds the services and each feature's screens with
 * constructors, shows the first screen, and owns the open store (closed on Lock). The features own
 * their screens; the {@link Navigator} shows them and redraws them on a mode or language switch.
 */
public final class DesktopApp {
  /** What the app takes from outside, so tests control time, threads and files. */
  public record Config(
      Path dataFolder,
      StoreOptions storeOptions,
      Clock clock,
      Threads threads,
      Scheduler scheduler,
      Messages text,
      WizardScreens.Receipts receipts,
      Printing printing) {}

  private final Config config;
  private final AccessSettings access;
  private final AccessFrame frame;
  private final Pictograms pictograms = new Pictograms();
  private final Navigator nav;
  private final StartScreens start;
  private final BooleanProperty kioskActive = new SimpleBooleanProperty();
  private boolean kioskAfterSignIn;
  private DeskFiles deskFiles;
  private CentreStore store;

  /** The screens of a signed-in user: made at the first sign-in, not before the first screen. */
  private Features features;

  /** An app with no speech program (tests, and where read-aloud is not wanted). */
  public DesktopApp(Config config) {
    this(config, new ReadAloud(Optional.empty(), ProcessLauncher.system(), Runnable::run, e -> {}));
  }

  public DesktopApp(Config config, ReadAloud readAloud) {
    this.config = config;
    this.access =
        new AccessSettings(
            config.text().locale().getLanguage().isEmpty() ? Locale.UK : config.text().locale());
    this.frame = new AccessFrame(access, readAloud, pictograms);
    StackPane area = new StackPane();
    area.setId("app");
    area.getStyleClass().add("app");
    frame.setContent(area);
    // On the kiosk the display bar's controls are touch targets too (44 px at least: app.css).
    kioskActive.addListener(
        (o, was, on) -> {
          if (on) {
            frame.root().getStyleClass().add("kiosk-active");
          } else {
            frame.root().getStyleClass().remove("kiosk-active");
          }
        });
    this.nav = new Navigator(area, access, new Form(config.text()), frame::stopSpeaking);
    this.start =
        new StartScreens(
            nav,
            config.threads(),
            config.dataFolder(),
            config.storeOptions(),
            config.printing(),
            new StartScreens.Host() {
              @Override
              public void opened(CentreStore opened) {
                open(opened);
              }

              @Override
              public void signedIn() {
                if (kioskAfterSignIn) {
                  kioskAfterSignIn = false;
                  features.startKiosk();
                } else {
                  features.home.show();
                }
              }

              @Override
              public void closeStore() {
                DesktopApp.this.closeStore();
              }

              @Override
              public void home() {
                features.home.show();
              }
            });
  }

  public Parent root() {
    return frame.root();
  }

  /** The display mode and language, switched from the bar on every page. */
  public AccessSettings access() {
    return access;
  }

  public ReadOnlyStringProperty title() {
    return nav.title();
  }

  /** The first screen: set-up if there is no store yet, else sign-in. */
  public void start() {
    start.start();
  }

  /** Started with --kiosk: the first staff sign-in goes straight into kiosk mode. */
  public void kioskAfterSignIn() {
    kioskAfterSignIn = true;
  }

  /** True while kiosk mode is on: the window refuses to close. */
  public ReadOnlyBooleanProperty kioskActive() {
    return kioskActive;
  }

  /** Where the desk's screens save and open files; tests choose folders instead of dialogs. */
  public void deskFiles(DeskFiles files) {
    this.deskFiles = files;
  }

  /** The current wizard, if one has been started (for tests). */
  public Optional<WizardViewModel> wizard() {
    return features == null ? Optional.empty() : features.wizard.current();
  }

  /** The kiosk, while it is on (for tests). */
  public Optional<KioskViewModel> kiosk() {
    return features == null ? Optional.empty() : features.kiosk.current();
  }

  /** The sending of the open store, while one is open (for tests). */
  Optional<SyncDesk> sync() {
    return features == null ? Optional.empty() : features.sync.desk();
  }

  /** Referring the person of a report to support services (the report's page opens it). */
  public void showReferral(Reference reference) {
    features.directory.showReferral(reference);
  }

  /** Back to sign-in with the store closed and its key dropped. */
  public void lock() {
    if (features != null) {
      features.kiosk.end();
      features.wizard.saveDraft();
      features.wizard.forget();
    }
    start.showSignIn(List.of());
  }

  /** On exit: save what is being typed, then close the store. */
  public void close() {
    if (features != null) {
      features.kiosk.end();
      features.wizard.saveDraft();
    }
    closeStore();
  }

  private void open(CentreStore opened) {
    store = opened;
    if (features == null) {
      features = new Features();
    }
    features.sync.start(opened);
  }

  private void closeStore() {
    if (store == null) {
      return;
    }
    CentreStore closing = store;
    store = null;
    // Sending stops first (its reports stay queued); the store closes once it has let go.
    Optional<SyncDesk> stopping = features.sync.stop();
    config
        .threads()
        .background()
        .execute(
            () -> {
              stopping.ifPresent(SyncDesk::awaitStopped);
              closing.close();
            });
  }

  private CentreStore store() {
    return store;
  }

  /** Each feature's screens over the open store, and how they lead to one another. */
  private final class Features implements Home.Actions {
    final SyncScreens sync;
    final WizardScreens wizard;
    final DirectoryScreens directory;
    final ReportScreens reports;
    final KioskMode kiosk;
    final Home home;

    Features() {
      Threads threads = config.threads();
      Clock clock = config.clock();
      Runnable toHome = this::showHome;
      sync = new SyncScreens(nav, threads, clock, DesktopApp.this::store, toHome);
      wizard =
          new WizardScreens(
              nav,
              threads,
              config.scheduler(),
              clock,
              DesktopApp.this::store,
              config.receipts(),
              sync::directory,
              sync::nudge,
              toHome);
      directory = new DirectoryScreens(nav, threads, DesktopApp.this::store, toHome);
      reports =
          new ReportScreens(
              nav, threads, clock, DesktopApp.this::store, directory::showReferral, toHome);
      kiosk =
          new KioskMode(
              new KioskMode.Services(
                  nav,
                  access,
                  pictograms,
                  config.printing(),
                  threads,
                  config.scheduler(),
                  clock,
                  DesktopApp.this::store,
                  sync::nudge,
                  DesktopApp.this::lock),
              kioskActive);
      Desk desk = new Desk(nav, new DeskHost());
      home =
          new Home(
              nav,
              threads,
              clock,
              DesktopApp.this::store,
              this,
              List.of(reports, sync, desk, directory));
    }

    private void showHome() {
      home.show();
    }

    @Override
    public void startReport() {
      wizard.start();
    }

    @Override
    public void resume(Draft draft) {
      wizard.resume(draft);
    }

    @Override
    public void startKiosk() {
      wizard.forget();
      kiosk.start();
    }

    @Override
    public void lock() {
      DesktopApp.this.lock();
    }

    @Override
    public void openNews() {
      reports.showReportsWithNews();
    }

    @Override
    public void showSending(HomeViewModel vm) {
      sync.showOn(vm);
    }
  }

  /** Statistics, exports, settings, backup and restore, over the open store. */
  private final class DeskHost implements Desk.Host {
    @Override
    public Threads threads() {
      return config.threads();
    }

    @Override
    public Clock clock() {
      return config.clock();
    }

    @Override
    public StoreOptions storeOptions() {
      return config.storeOptions();
    }

    @Override
    public DeskFiles files() {
      if (deskFiles == null) {
        deskFiles =
            new FxDeskFiles(
                () -> nav.area().getScene() == null ? null : nav.area().getScene().getWindow());
      }
      return deskFiles;
    }

    @Override
    public CentreStore store() {
      return store;
    }

    @Override
    public void home() {
      features.home.show();
    }

    @Override
    public CentreStore releaseStore() {
      CentreStore open = store;
      store = null;
      return open;
    }

    @Override
    public void signIn() {
      start.showSignIn(List.of());
    }
  }
}
