package org.reportingcentre.desktop.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.centre.DraftService;
import org.reportingcentre.centre.KioskSession;
import org.reportingcentre.desktop.access.AccessFrame;
import org.reportingcentre.desktop.access.AccessSettings;
import org.reportingcentre.desktop.access.Languages;
import org.reportingcentre.desktop.access.Pictograms;
import org.reportingcentre.desktop.access.ProcessLauncher;
import org.reportingcentre.desktop.access.ReadAloud;
import org.reportingcentre.desktop.common.Dialogs;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Scheduler;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.directory.DirectorySource;
import org.reportingcentre.desktop.directory.DirectoryView;
import org.reportingcentre.desktop.directory.DirectoryViewModel;
import org.reportingcentre.desktop.directory.ReferralView;
import org.reportingcentre.desktop.directory.ReferralViewModel;
import org.reportingcentre.desktop.kiosk.KioskTimings;
import org.reportingcentre.desktop.kiosk.KioskView;
import org.reportingcentre.desktop.kiosk.KioskViewModel;
import org.reportingcentre.desktop.kiosk.SupportNumber;
import org.reportingcentre.desktop.reports.DeskService;
import org.reportingcentre.desktop.reports.ReportPageView;
import org.reportingcentre.desktop.reports.ReportPageViewModel;
import org.reportingcentre.desktop.reports.ReportsView;
import org.reportingcentre.desktop.reports.ReportsViewModel;
import org.reportingcentre.desktop.start.HomeView;
import org.reportingcentre.desktop.start.HomeViewModel;
import org.reportingcentre.desktop.start.RecoveryKeyView;
import org.reportingcentre.desktop.start.ScreenFrame;
import org.reportingcentre.desktop.start.SetUpView;
import org.reportingcentre.desktop.start.SetUpViewModel;
import org.reportingcentre.desktop.start.SignInView;
import org.reportingcentre.desktop.start.SignInViewModel;
import org.reportingcentre.desktop.sync.EnrolView;
import org.reportingcentre.desktop.sync.EnrolViewModel;
import org.reportingcentre.desktop.sync.SendNowView;
import org.reportingcentre.desktop.sync.SendNowViewModel;
import org.reportingcentre.desktop.sync.SyncDesk;
import org.reportingcentre.desktop.sync.SyncWords;
import org.reportingcentre.desktop.wizard.ReceiptPdf;
import org.reportingcentre.desktop.wizard.ReportBuilder;
import org.reportingcentre.desktop.wizard.Steps;
import org.reportingcentre.desktop.wizard.WizardView;
import org.reportingcentre.desktop.wizard.WizardViewModel;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReportValidator;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.Draft;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.StoreOptions;
import org.reportingcentre.sync.SyncServices;

/**
 * The composition root of the desktop app: builds every screen and service with constructors, moves
 * between set-up, sign-in, home and the wizard, and owns the open store (closed on Lock).
 */
public final class DesktopApp {
  /** Chooses where to save a receipt; empty if the person cancels. */
  @FunctionalInterface
  public interface Receipts {
    Optional<Path> choose(String suggestedName);
  }

  /** Prints a node (the recovery key); returns false when there is no printer. */
  @FunctionalInterface
  public interface Printing {
    boolean print(Node node);
  }

  /** What the app takes from outside, so tests control time, threads and files. */
  public record Config(
      Path dataFolder,
      StoreOptions storeOptions,
      Clock clock,
      Threads threads,
      Scheduler scheduler,
      Messages text,
      Receipts receipts,
      Printing printing) {}

  private final Config config;
  private final AccessSettings access;
  private final AccessFrame frame;
  private final Pictograms pictograms = new Pictograms();
  private Form form;
  private Runnable redraw = () -> {};
  private WizardView wizardView;
  private final StackPane root = new StackPane();
  private final StringProperty title = new SimpleStringProperty();
  private CentreStore store;
  private WizardViewModel wizard;
  private final javafx.beans.property.BooleanProperty kioskActive =
      new javafx.beans.property.SimpleBooleanProperty();
  private boolean kioskAfterSignIn;
  private KioskViewModel kiosk;
  private KioskView kioskView;
  private List<SupportNumber> kioskNumbers = List.of();
  private SyncDesk sync;
  private java.util.function.Supplier<ScheduledExecutorService> syncThread =
      DesktopApp::newSyncThread;

  /** An app with no speech program (tests, and where read-aloud is not wanted). */
  public DesktopApp(Config config) {
    this(config, new ReadAloud(Optional.empty(), ProcessLauncher.system(), Runnable::run, e -> {}));
  }

  public DesktopApp(Config config, ReadAloud readAloud) {
    this.config = config;
    this.form = new Form(config.text());
    this.access =
        new AccessSettings(
            config.text().locale().getLanguage().isEmpty()
                ? java.util.Locale.UK
                : config.text().locale());
    this.frame = new AccessFrame(access, readAloud, pictograms);
    root.setId("app");
    root.getStyleClass().add("app");
    frame.setContent(root);
    // On the kiosk the display bar's controls are touch targets too (44 px at least: app.css).
    kioskActive.addListener(
        (o, was, on) -> {
          if (on) {
            frame.root().getStyleClass().add("kiosk-active");
          } else {
            frame.root().getStyleClass().remove("kiosk-active");
          }
        });
    // A new mode or language redraws the screen in the new words over the same answers.
    access.onChange(
        () -> {
          form = new Form(access.messages());
          // The old wizard view stops following first, so only the new one shows the reworded
          // errors (and takes focus to them).
          disposeWizardView();
          if (wizard != null) {
            wizard.useWording(form.text());
          }
          redraw.run();
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
    return title;
  }

  /** The current wizard, if one has been started (for tests and the kiosk). */
  public Optional<WizardViewModel> wizard() {
    return Optional.ofNullable(wizard);
  }

  /** Started with --kiosk: the first staff sign-in goes straight into kiosk mode. */
  public void kioskAfterSignIn() {
    kioskAfterSignIn = true;
  }

  /** True while kiosk mode is on: the window refuses to close. */
  public javafx.beans.property.ReadOnlyBooleanProperty kioskActive() {
    return kioskActive;
  }

  /** The kiosk, while it is on (for tests). */
  public Optional<KioskViewModel> kiosk() {
    return Optional.ofNullable(kiosk);
  }

  /** The first screen: set-up if there is no store yet, else sign-in. */
  public void start() {
    if (storeExists(config.dataFolder())) {
      showSignIn(List.of());
    } else {
      showSetUp();
    }
  }

  /**
   * The same test as {@link CentreStore#exists}, on the two file names alone (compile-time
   * constants): calling into CentreStore here would load the logging and database classes before
   * the first screen is drawn, which measured as about half of the start-up time. They are loaded
   * in the background right after instead (see {@link #warmUp}).
   */
  static boolean storeExists(Path folder) {
    return Files.exists(folder.resolve(org.reportingcentre.store.KeyRing.FILE_NAME))
        || Files.exists(folder.resolve(CentreStore.DATABASE_NAME + ".mv.db"));
  }

  /**
   * False only in the start that the installer build makes to record Java's ahead-of-time cache
   * (installer/linux/prime-javafx-cache.sh, {@code -Dreportingcentre.warmUp=false}): the cache then
   * holds only what the first screen needs. Java loads every class in the cache before the program
   * starts, so the store's, JSON's and HTTP client's classes in it cost every start about 25 ms
   * before the first screen; after it, they load in the background anyway.
   */
  static final boolean WARM_UP =
      Boolean.parseBoolean(System.getProperty("reportingcentre.warmUp", "true"));

  /**
   * Loads the store's classes off the UI thread while the person reads the first screen. Called
   * from any thread; does nothing if the app has already closed, or in the build's training start
   * ({@link #WARM_UP}).
   */
  public void warmUp() {
    if (!WARM_UP) {
      return;
    }
    try {
      config
          .threads()
          .background()
          .execute(
              () -> {
                CentreStore.exists(config.dataFolder());
                ExchangeFormat.newObjectMapper();
                // The HTTP client's classes too: sending starts right after sign-in.
                org.reportingcentre.sync.SyncHttp.newClient();
              });
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      // The window was closed before the warm-up began: nothing to prepare.
    }
  }

  private void show(Node screen, javafx.beans.value.ObservableValue<String> screenTitle) {
    title.unbind();
    title.bind(screenTitle);
    root.getChildren().setAll(screen);
  }

  private void show(ScreenFrame screen) {
    show(screen.root(), screen.title);
  }

  void showSetUp() {
    drawSetUp(new SetUpViewModel(form.text()));
  }

  /**
   * The set-up page over its model: a mode or language switch redraws it keeping what was typed.
   */
  private void drawSetUp(SetUpViewModel vm) {
    redraw =
        () -> {
          vm.useWording(form.text());
          drawSetUp(vm);
        };
    SetUpView view = new SetUpView(form, vm);
    view.create.setOnAction(
        e -> {
          List<FieldError> errors = vm.validate();
          view.showErrors(errors);
          if (!errors.isEmpty()) {
            return;
          }
          view.create.setDisable(true);
          char[] password = vm.password.get().toCharArray();
          vm.password.set("");
          vm.confirm.set("");
          config
              .threads()
              .run(
                  () ->
                      CentreStore.create(
                          config.dataFolder(),
                          vm.centreCode.get().strip(),
                          vm.centreName.get().strip(),
                          vm.manager.get().strip(),
                          password,
                          config.storeOptions()),
                  created -> {
                    java.util.Arrays.fill(password, '\0');
                    store = created.store();
                    startSync();
                    String key = created.recoveryKey().display();
                    created.recoveryKey().erase();
                    showRecoveryKey(key);
                  },
                  failed -> {
                    java.util.Arrays.fill(password, '\0');
                    view.create.setDisable(false);
                    view.showErrors(List.of(new FieldError("centreCode", plain(failed))));
                  });
        });
    show(view);
  }

  private void showRecoveryKey(String key) {
    showRecoveryKey(key, new javafx.beans.property.SimpleBooleanProperty());
  }

  /** The tick "I have stored it safely" outlives a redraw in other words. */
  private void showRecoveryKey(String key, javafx.beans.property.BooleanProperty stored) {
    redraw = () -> showRecoveryKey(key, stored);
    RecoveryKeyView view = new RecoveryKeyView(form, key);
    view.stored.bindBidirectional(stored);
    view.print.setOnAction(
        e ->
            view.printResult.setText(
                form.text()
                    .get(
                        config.printing().print(view.root().getContent())
                            ? "recovery.printed"
                            : "recovery.noPrinter")));
    view.next.setOnAction(
        e -> {
          if (!view.stored.get()) {
            view.showErrors(
                List.of(new FieldError("stored", form.text().get("recovery.error.stored"))));
            return;
          }
          showHome();
        });
    show(view);
  }

  void showSignIn(List<FieldError> errors) {
    frame.stopSpeaking();
    closeStore();
    drawSignIn(new SignInViewModel(form.text()), errors);
  }

  /** The sign-in page over its model: a switch of mode or language keeps what was typed. */
  private void drawSignIn(SignInViewModel vm, List<FieldError> errors) {
    redraw =
        () -> {
          vm.useWording(form.text());
          drawSignIn(vm, List.of());
        };
    SignInView view = new SignInView(form, vm, config.dataFolder().toString());
    view.signIn.setOnAction(
        e -> {
          List<FieldError> problems = vm.validate();
          view.showErrors(problems);
          if (!problems.isEmpty()) {
            return;
          }
          view.signIn.setDisable(true);
          String user = vm.user.get().strip();
          char[] password = vm.takePassword();
          config
              .threads()
              .run(
                  () ->
                      CentreStore.open(config.dataFolder(), user, password, config.storeOptions()),
                  opened -> {
                    java.util.Arrays.fill(password, '\0');
                    store = opened;
                    startSync();
                    if (kioskAfterSignIn) {
                      kioskAfterSignIn = false;
                      startKiosk();
                    } else {
                      showHome();
                    }
                  },
                  failed -> {
                    java.util.Arrays.fill(password, '\0');
                    view.signIn.setDisable(false);
                    String field =
                        failed instanceof StoreException.WrongCredentials ? "password" : "user";
                    view.showErrors(List.of(new FieldError(field, plain(failed))));
                  });
        });
    show(view);
    view.showErrors(errors);
  }

  void showHome() {
    redraw = this::showHome;
    frame.stopSpeaking();
    disposeWizardView();
    wizard = null;
    DraftService drafts = drafts();
    HomeViewModel vm =
        new HomeViewModel(
            form.text(),
            drafts,
            CentreServices.on(store).reports(),
            config.threads(),
            store.session().isManager());
    bindSync(vm);
    HomeView view =
        new HomeView(
            form,
            vm,
            store.session().user(),
            store.centreName(),
            this::startWizard,
            this::resume,
            this::lock,
            this::startKiosk);
    view.onNews(this::showReportsWithNews);
    addDeskLinks(view);
    show(view);
  }

  /**
   * The links from home to the other screens (the manager's desk, sending, directory). Each screen
   * adds its one line here, choosing by role.
   */
  private void addDeskLinks(HomeView view) {
    view.addDeskLink("desk-reports", form.text().get("reports.link"), this::showReports);
    if (store.session().isManager()) {
      view.addDeskLink("open-send", form.text().get("home.sync.link"), this::showSendNow);
    }
    desk().addLinks(view);
    view.addDeskLink("directory", form.text().get("home.directory"), this::showDirectory);
  }

  private ReportsViewModel reportList;

  /** The report list: everyone signed in; a volunteer's shows reference, date and status only. */
  void showReports() {
    reportList = null;
    showReportList();
  }

  /** The report list showing only reports with news from the SPOC ("N reports have news"). */
  void showReportsWithNews() {
    reportList = null;
    showReportList(true);
  }

  private void showReportList() {
    showReportList(false);
  }

  private void showReportList(boolean onlyWithNews) {
    ReportsViewModel previous = reportList;
    reportList =
        new ReportsViewModel(
            form.text(),
            DeskService.of(
                CentreServices.on(store, config.clock()).desk(ZoneId.of("Europe/London"))),
            config.threads());
    if (previous != null) {
      reportList.keepFiltersOf(previous);
    }
    if (onlyWithNews) {
      reportList.withNews.set(true);
    }
    redraw = this::showReportList;
    ReportsView view = new ReportsView(form, reportList, this::showReport, this::showHome);
    show(view);
    reportList.start();
  }

  void showReport(Reference reference) {
    redraw = () -> showReport(reference);
    ReportPageViewModel vm =
        new ReportPageViewModel(
            form.text(),
            DeskService.of(
                CentreServices.on(store, config.clock()).desk(ZoneId.of("Europe/London"))),
            config.threads(),
            reference);
    ReportPageView view =
        new ReportPageView(form, vm, this::showReportList, this::showReferral, this::showHome);
    show(view);
    vm.load();
  }

  /** Sending in the background from sign-in until Lock or exit (issue 7, ADR 0404). */
  private void startSync() {
    sync =
        new SyncDesk(
            SyncServices.of(store, config.clock()),
            syncThread.get(),
            // The sync thread's news reach the screen on the FX thread whatever the app's threads.
            new Threads(config.threads().background(), javafx.application.Platform::runLater),
            store.session().isManager());
    sync.start();
  }

  /** The one thread that sends, purges and reads the sync state; a daemon, so exit never waits. */
  private static ScheduledExecutorService newSyncThread() {
    return Executors.newSingleThreadScheduledExecutor(
        r -> {
          Thread thread = new Thread(r, "sync");
          thread.setDaemon(true);
          return thread;
        });
  }

  /** Where tests put the sync thread (a test-controlled executor). */
  void useSyncThread(java.util.function.Supplier<ScheduledExecutorService> maker) {
    this.syncThread = maker;
  }

  /** The sending of the open store, while one is open (for tests). */
  Optional<SyncDesk> sync() {
    return Optional.ofNullable(sync);
  }

  private void bindSync(HomeViewModel vm) {
    SyncWords words = new SyncWords(form.text(), config.clock());
    SyncDesk desk = sync;
    vm.news.bind(
        Bindings.createStringBinding(() -> words.news(desk.news.get()).orElse(""), desk.news));
    if (store.session().isManager()) {
      vm.syncStatus.bind(
          Bindings.createStringBinding(
              () -> words.state(desk.state.get(), desk.address.get()), desk.state, desk.address));
    }
    desk.refresh();
  }

  void showSendNow() {
    redraw = this::showSendNow;
    SyncWords words = new SyncWords(form.text(), config.clock());
    SendNowViewModel vm =
        new SendNowViewModel(form.text(), sync, words, javafx.application.Platform::runLater);
    show(new SendNowView(form, vm, this::showEnrol, this::showHome));
    vm.refresh();
  }

  void showEnrol() {
    redraw = this::showEnrol;
    SyncWords words = new SyncWords(form.text(), config.clock());
    EnrolViewModel vm =
        new EnrolViewModel(form.text(), sync, words, store.centreCode(), store.session().user());
    show(new EnrolView(form, vm, this::showSendNow));
    vm.refresh();
  }

  /** Where the desk's screens save and open files; tests choose folders instead of dialogs. */
  public void deskFiles(org.reportingcentre.desktop.desk.DeskFiles files) {
    this.deskFiles = files;
  }

  private org.reportingcentre.desktop.desk.DeskFiles deskFiles =
      new org.reportingcentre.desktop.desk.FxDeskFiles(
          () -> root.getScene() == null ? null : root.getScene().getWindow());

  /** Statistics, exports, settings, backup and restore, over the open store. */
  private org.reportingcentre.desktop.desk.Desk desk() {
    return new org.reportingcentre.desktop.desk.Desk(
        new org.reportingcentre.desktop.desk.Desk.Host() {
          @Override
          public Form form() {
            return form;
          }

          @Override
          public Threads threads() {
            return config.threads();
          }

          @Override
          public Clock clock() {
            return config.clock();
          }

          @Override
          public ZoneId zone() {
            return ZoneId.systemDefault();
          }

          @Override
          public StoreOptions storeOptions() {
            return config.storeOptions();
          }

          @Override
          public org.reportingcentre.desktop.desk.DeskFiles files() {
            return deskFiles;
          }

          @Override
          public CentreStore store() {
            return store;
          }

          @Override
          public void show(ScreenFrame screen, Runnable again) {
            redraw = again;
            DesktopApp.this.show(screen);
          }

          @Override
          public void home() {
            showHome();
          }

          @Override
          public CentreStore releaseStore() {
            CentreStore open = store;
            store = null;
            return open;
          }

          @Override
          public void signIn() {
            showSignIn(List.of());
          }
        });
  }

  /** The directory of support services, for every signed-in user. */
  void showDirectory() {
    redraw = this::showDirectory;
    DirectoryViewModel vm = new DirectoryViewModel(form.text());
    DirectoryView view = new DirectoryView(form, vm, this::showHome);
    var syncState = CentreServices.on(store).sync();
    vm.load(config.threads(), () -> DirectorySource.choose(syncState.directory()));
    show(view);
  }

  /**
   * Referring the person of a report to the services they agreed to (the report's page opens it).
   */
  public void showReferral(Reference reference) {
    redraw = () -> showReferral(reference);
    var syncState = CentreServices.on(store).sync();
    ReferralViewModel vm =
        new ReferralViewModel(
            form.text(),
            reference,
            CentreServices.on(store).referrals(),
            config.threads(),
            () -> DirectorySource.choose(syncState.directory()),
            ZoneId.of("Europe/London"));
    ReferralView view = new ReferralView(form, vm, this::showHome);
    vm.load();
    show(view);
  }

  /**
   * Kiosk mode on the open store: people report alone; leaving needs a staff password. The kiosk's
   * mode and language are the display bar's: bound both ways to {@link AccessSettings}, so each
   * visit starts in the defaults and a switch on either side redraws the kiosk over its answers.
   */
  void startKiosk() {
    redraw = () -> {};
    disposeWizardView();
    wizard = null;
    KioskSession session = CentreServices.on(store).kiosk();
    kiosk =
        new KioskViewModel(
            new KioskViewModel.Services(
                session,
                store.centreCode(),
                Languages.OFFERED,
                config.threads(),
                config.scheduler(),
                config.clock(),
                KioskTimings.defaults(),
                session::staffMayLeave,
                frame::stopSpeaking,
                this::lock));
    loadSupportNumbers(kiosk);
    kiosk.reference.addListener((o, was, sent) -> nudgeWhenSent(sent));
    access.mode.bindBidirectional(kiosk.mode);
    access.locale.bindBidirectional(kiosk.language);
    kioskActive.set(true);
    kiosk.start();
    showKiosk();
  }

  /** The kiosk in the current words, over the same visit (a mode or language switch redraws). */
  private void showKiosk() {
    redraw = this::showKiosk;
    javafx.scene.Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
    String focusedId = focused != null && isInside(focused, root) ? focused.getId() : null;
    disposeKioskView();
    kioskView =
        new KioskView(
            kiosk,
            pictograms,
            config.printing()::print,
            store.centreName(),
            () -> kioskNumbers,
            config.clock(),
            Optional.ofNullable(focusedId));
    show(kioskView.root(), kioskView.title());
    kioskView.keepFocus();
  }

  private static boolean isInside(javafx.scene.Node node, javafx.scene.Node parent) {
    for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
      if (n == parent) {
        return true;
      }
    }
    return false;
  }

  private void disposeKioskView() {
    if (kioskView != null) {
      kioskView.dispose();
      kioskView = null;
    }
  }

  /** Kiosk mode ends: the visit is wiped, the display settings are the defaults again. */
  private void endKiosk() {
    if (kiosk == null) {
      return;
    }
    redraw = () -> {};
    kiosk.end();
    access.mode.unbindBidirectional(kiosk.mode);
    access.locale.unbindBidirectional(kiosk.language);
    disposeKioskView();
    kiosk = null;
    kioskActive.set(false);
  }

  /**
   * Reads the numbers to call from the directory the SPOC published, in the background: the kiosk
   * works meanwhile (showing the national numbers), and shows these once they are read. A missing
   * or unreadable directory leaves the national numbers.
   */
  private void loadSupportNumbers(KioskViewModel visit) {
    kioskNumbers = List.of();
    var syncState = CentreServices.on(store).sync();
    config
        .threads()
        .run(
            () -> supportNumbers(syncState),
            numbers -> {
              if (kiosk != visit) {
                return; // the kiosk has ended since
              }
              kioskNumbers = numbers;
              if (kiosk.page.get() == KioskViewModel.Page.DONE) {
                showKiosk();
              }
            },
            failed -> {});
  }

  /** Numbers to call from the directory the SPOC published, if the centre has it yet. */
  static List<SupportNumber> supportNumbers(org.reportingcentre.centre.SyncStateService syncState) {
    return syncState.directory().stream()
        .flatMap(d -> d.directory().services().stream())
        .filter(service -> service.phone().isPresent())
        .sorted(
            java.util.Comparator.comparing(
                (org.reportingcentre.protocol.SupportService service) ->
                    !service.nationalPublicNumber()))
        .map(service -> new SupportNumber(service.name(), service.phone().orElseThrow()))
        .limit(6)
        .toList();
  }

  /** A report was finished: send it soon, in the background. */
  private void nudgeWhenSent(Reference sent) {
    if (sent != null && sync != null) {
      sync.nudge();
    }
  }

  void startWizard() {
    openWizard();
    frame.stopSpeaking();
    wizard.reset();
  }

  void resume(Draft draft) {
    openWizard();
    try {
      wizard.resume(draft);
    } catch (IOException e) {
      // A draft from another version cannot be read: start afresh rather than guess.
      wizard.reset();
    }
  }

  private void openWizard() {
    Messages text = form.text();
    Steps steps = new Steps(text, config.clock());
    ReportBuilder builder =
        new ReportBuilder(
            new ReportBuilder.Context(
                store.centreCode(),
                store.session().user(),
                Channel.IN_PERSON,
                text.locale().getLanguage().isEmpty() ? "en" : text.locale().getLanguage(),
                text.get("consent.wordingVersion")));
    wizard =
        new WizardViewModel(
            text,
            steps,
            new WizardViewModel.Services(
                drafts(),
                CentreServices.on(store).reports(),
                new ReportValidator(config.clock()),
                builder,
                ExchangeFormat.newObjectMapper(),
                config.threads(),
                config.scheduler(),
                config.clock()));
    wizard.sent.addListener((o, was, sent) -> nudgeWhenSent(sent));
    showWizardView();
  }

  /** The wizard's frame in the current words, over the wizard's answers and current page. */
  private void showWizardView() {
    redraw = this::showWizardView;
    disposeWizardView();
    String centreName = store.centreName();
    Steps steps = new Steps(form.text(), config.clock());
    wizardView =
        new WizardView(
            form,
            wizard,
            steps,
            this::showHome,
            r -> saveReceipt(r, centreName),
            () -> sync == null ? List.of() : sync.directory.get());
    show(wizardView.root(), wizardView.title());
  }

  private void disposeWizardView() {
    if (wizardView != null) {
      wizardView.dispose();
      wizardView = null;
    }
  }

  private void saveReceipt(Reference reference, String centreName) {
    Optional<Path> target = config.receipts().choose("receipt-" + reference + ".pdf");
    if (target.isEmpty()) {
      return;
    }
    Messages words = form.text();
    LocalDate today = LocalDate.now(config.clock().withZone(ZoneId.of("Europe/London")));
    // Read here, on the screen's thread; the PDF is made in the background.
    List<org.reportingcentre.protocol.SupportService> services =
        sync == null ? List.of() : List.copyOf(sync.directory.get());
    config
        .threads()
        .run(
            () ->
                Files.write(
                    target.get(),
                    new ReceiptPdf(words).render(reference, today, centreName, services)),
            saved -> {},
            // A folder that cannot be written (or a full disk): say so over the page, in its
            // words and size; the report itself is already stored.
            failed ->
                Dialogs.message(root, form.text(), "receipt.failed.heading", "receipt.failed.body")
                    .show());
  }

  private DraftService drafts() {
    return CentreServices.on(store, config.clock()).drafts();
  }

  /** Back to sign-in with the store closed and its key dropped. */
  public void lock() {
    endKiosk();
    if (wizard != null) {
      wizard.saveDraft();
    }
    wizard = null;
    showSignIn(List.of());
  }

  /** On exit: save what is being typed, then close the store. */
  public void close() {
    endKiosk();
    if (wizard != null) {
      wizard.saveDraft();
    }
    closeStore();
  }

  private void closeStore() {
    if (store != null) {
      CentreStore closing = store;
      store = null;
      // Sending stops first (its reports stay queued); the store closes once it has let go.
      SyncDesk stopping = sync;
      sync = null;
      if (stopping != null) {
        stopping.stop();
      }
      config
          .threads()
          .background()
          .execute(
              () -> {
                if (stopping != null) {
                  stopping.awaitStopped();
                }
                closing.close();
              });
    }
  }

  private String plain(Exception failed) {
    return failed instanceof StoreException
        ? failed.getMessage()
        : form.text().get("common.unexpected");
  }
}
