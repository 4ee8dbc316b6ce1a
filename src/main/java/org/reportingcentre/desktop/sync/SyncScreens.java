package org.reportingcentre.desktop.sync;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import org.reportingcentre.desktop.common.Navigator;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.start.HomeLinks;
import org.reportingcentre.desktop.start.HomeView;
import org.reportingcentre.desktop.start.HomeViewModel;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.sync.SyncServices;

/**
 * Sending to the SPOC in the background from sign-in until Lock or exit, its lines on home, and the
 * manager's screens to send now and to enrol the centre.
 */
public final class SyncScreens implements HomeLinks {
  private final Navigator nav;
  private final Threads threads;
  private final Clock clock;
  private final Supplier<CentreStore> store;
  private final Runnable home;
  private SyncDesk sync;

  public SyncScreens(
      Navigator nav, Threads threads, Clock clock, Supplier<CentreStore> store, Runnable home) {
    this.nav = nav;
    this.threads = threads;
    this.clock = clock;
    this.store = store;
    this.home = home;
  }

  /** Starts sending from the store just opened. */
  public void start(CentreStore open) {
    sync =
        new SyncDesk(
            SyncServices.of(open, clock),
            newSyncThread(),
            // The sync thread's news reach the screen on the FX thread whatever the app's threads.
            new Threads(threads.background(), Platform::runLater),
            open.session().isManager());
    sync.start();
  }

  /**
   * Stops sending (its reports stay queued); the store may close once the returned desk has let go
   * ({@link SyncDesk#awaitStopped}).
   */
  public Optional<SyncDesk> stop() {
    SyncDesk stopping = sync;
    sync = null;
    if (stopping != null) {
      stopping.stop();
    }
    return Optional.ofNullable(stopping);
  }

  /** The sending of the open store, while one is open. */
  public Optional<SyncDesk> desk() {
    return Optional.ofNullable(sync);
  }

  /** The support services the SPOC last published, or none before sending has started. */
  public List<SupportService> directory() {
    return sync == null ? List.of() : sync.directory.get();
  }

  /** A report was finished: send it soon, in the background. */
  public void nudge() {
    if (sync != null) {
      sync.nudge();
    }
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

  /** Home's lines: news from the SPOC for everyone, the state of sending for managers. */
  public void showOn(HomeViewModel vm) {
    SyncWords words = new SyncWords(nav.form().text(), clock);
    SyncDesk desk = sync;
    vm.news.bind(
        Bindings.createStringBinding(() -> words.news(desk.news.get()).orElse(""), desk.news));
    if (store.get().session().isManager()) {
      vm.syncStatus.bind(
          Bindings.createStringBinding(
              () -> words.state(desk.state.get(), desk.address.get()), desk.state, desk.address));
    }
    desk.refresh();
  }

  @Override
  public void addTo(HomeView view) {
    if (store.get().session().isManager()) {
      view.addDeskLink("open-send", nav.form().text().get("home.sync.link"), this::showSendNow);
    }
  }

  public void showSendNow() {
    nav.show(
        form -> {
          SyncWords words = new SyncWords(form.text(), clock);
          SendNowViewModel vm = new SendNowViewModel(form.text(), sync, words, Platform::runLater);
          return new SendNowView(form, vm, this::showEnrol, home).page().whenShown(vm::refresh);
        });
  }

  public void showEnrol() {
    nav.show(
        form -> {
          SyncWords words = new SyncWords(form.text(), clock);
          CentreStore open = store.get();
          EnrolViewModel vm =
              new EnrolViewModel(
                  form.text(), sync, words, open.centreCode(), open.session().user());
          return new EnrolView(form, vm, this::showSendNow).page().whenShown(vm::refresh);
        });
  }
}
