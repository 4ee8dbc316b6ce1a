package org.reportingcentre.desktop.sync;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportingcentre.centre.SyncStateService;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.store.SpocLink;
import org.reportingcentre.sync.CancelToken;
import org.reportingcentre.sync.SyncListener;
import org.reportingcentre.sync.SyncSummary;

/**
 * "Send now" for a manager: where reports go, how many wait, a run with progress ("Sent N of M")
 * and Cancel, the summary at the end, and the centre's setting for keeping less.
 */
public final class SendNowViewModel {
  public final StringProperty destination = new SimpleStringProperty("");
  public final StringProperty waiting = new SimpleStringProperty("");
  public final BooleanProperty enrolled = new SimpleBooleanProperty();
  public final BooleanProperty running = new SimpleBooleanProperty();

  /** 0 to 1 while sending; -1 while the SPOC is being checked. */
  public final DoubleProperty progress = new SimpleDoubleProperty(0);

  public final StringProperty progressText = new SimpleStringProperty("");
  public final ObservableList<String> summary = FXCollections.observableArrayList();
  public final StringProperty keepDays = new SimpleStringProperty("");
  public final StringProperty keepResult = new SimpleStringProperty("");
  public final StringProperty keepError = new SimpleStringProperty("");
  private final Messages text;
  private final SyncDesk desk;
  private final SyncWords words;
  private final Executor ui;
  private volatile CancelToken cancel;
  private String address = "";

  public SendNowViewModel(Messages text, SyncDesk desk, SyncWords words, Executor ui) {
    this.text = text;
    this.desk = desk;
    this.words = words;
    this.ui = ui;
  }

  private record Facts(Optional<SpocLink> link, int waiting, int keepDays) {}

  /** Reads where reports go, how many wait and the setting (on the sync thread). */
  public void refresh() {
    SyncStateService state = desk.services().state();
    desk.run(
        () -> new Facts(state.link(), state.queued().size(), state.keepDays()),
        facts -> {
          enrolled.set(facts.link().isPresent());
          address = facts.link().map(SpocLink::baseUrl).orElse("");
          destination.set(
              facts
                  .link()
                  .map(l -> text.get("send.to", l.centreName(), l.baseUrl()))
                  .orElse(text.get("sync.error.notEnrolled")));
          waiting.set(
              facts.waiting() == 1
                  ? text.get("send.waiting.one")
                  : text.get("send.waiting.many", SyncWords.n(facts.waiting())));
          if (keepDays.get().isEmpty()) {
            keepDays.set(SyncWords.n(facts.keepDays()));
          }
        },
        e -> destination.set(text.get("common.unexpected")));
  }

  /** Starts a run; the screen stays usable and Cancel works at any time. */
  public void sendNow() {
    if (running.get()) {
      return;
    }
    CancelToken token = new CancelToken();
    cancel = token;
    running.set(true);
    summary.clear();
    progress.set(-1);
    progressText.set(text.get("send.checking"));
    desk.sendNow(
        new SyncListener() {
          @Override
          public void progress(int done, int total) {
            ui.execute(() -> showProgress(done, total));
          }

          @Override
          public void finished(SyncSummary result) {
            ui.execute(() -> finish(result));
          }
        },
        token,
        e ->
            ui.execute(
                () -> {
                  running.set(false);
                  summary.setAll(List.of(words.failure(e, address)));
                }));
  }

  private void showProgress(int done, int total) {
    progress.set(total == 0 ? 1 : (double) done / total);
    progressText.set(text.get("send.progress", SyncWords.n(done), SyncWords.n(total)));
  }

  private void finish(SyncSummary result) {
    running.set(false);
    if (progress.get() < 0) {
      progress.set(0);
      progressText.set("");
    }
    summary.setAll(words.summary(result, address));
    refresh();
  }

  /** Stops the run: the request in flight is dropped and its reports stay queued. */
  public void cancel() {
    CancelToken token = cancel;
    if (token != null) {
      token.cancel();
    }
  }

  /** Stores the number of days, or says why it cannot. */
  public void saveKeepDays() {
    keepResult.set("");
    keepError.set("");
    int days;
    try {
      days = Integer.parseInt(keepDays.get().strip());
    } catch (NumberFormatException e) {
      days = -1;
    }
    if (days < 0 || days > SyncStateService.MAX_KEEP_DAYS) {
      keepError.set(text.get("send.keep.error"));
      return;
    }
    int chosen = days;
    desk.run(
        () -> {
          desk.services().state().setKeepDays(chosen);
          return chosen;
        },
        saved -> keepResult.set(text.get("send.keep.saved", SyncWords.n(saved))),
        e -> keepError.set(words.failure(e, address)));
  }
}
