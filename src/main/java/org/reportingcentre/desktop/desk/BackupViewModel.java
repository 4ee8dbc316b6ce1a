package org.reportingcentre.desktop.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.store.StoreBackup;
import org.reportingcentre.store.StoreException;

/**
 * Backup and restore. A backup is one new file, still encrypted. A restore checks the file first
 * (whole, opens with the manager's password, newer or older than the store), asks, and only then
 * closes the store and replaces it; the app then goes back to sign-in.
 */
public final class BackupViewModel {
  public final BooleanProperty busy = new SimpleBooleanProperty();
  public final StringProperty backupStatus = new SimpleStringProperty("");
  public final StringProperty restoreStatus = new SimpleStringProperty("");
  public final ObjectProperty<Path> restoreFile = new SimpleObjectProperty<>();
  public final StringProperty password = new SimpleStringProperty("");

  /** What the check found; while set, the screen asks whether to restore. */
  public final ObjectProperty<StoreBackup.Checked> checked = new SimpleObjectProperty<>();

  private final Messages text;
  private final DeskBackup store;
  private final DeskFiles files;
  private final Threads threads;
  private final Clock clock;
  private final String centreCode;
  private final BiConsumer<Boolean, String> onRestoreFinished;
  private char[] checkedPassword;

  /**
   * @param onRestoreFinished told, after the store was closed for a restore, whether it worked and
   *     what to tell the person
   */
  public BackupViewModel(
      Messages text,
      DeskBackup store,
      DeskFiles files,
      Threads threads,
      Clock clock,
      String centreCode,
      BiConsumer<Boolean, String> onRestoreFinished) {
    this.text = text;
    this.store = store;
    this.files = files;
    this.threads = threads;
    this.clock = clock;
    this.centreCode = centreCode;
    this.onRestoreFinished = onRestoreFinished;
  }

  /** Asks where to write the backup, then writes it in the background. */
  public void backup() {
    Optional<Path> target =
        files.saveAs("backup-" + centreCode + "-" + LocalDate.now(clock) + ".zip");
    if (target.isEmpty()) {
      return;
    }
    busy.set(true);
    backupStatus.set(text.get("desk.backup.working"));
    threads.run(
        () -> store.backup(target.get()),
        manifest -> {
          busy.set(false);
          backupStatus.set(
              text.get(
                  "desk.backup.done", target.get().toString(), Long.toString(manifest.reports())));
        },
        failed -> {
          busy.set(false);
          backupStatus.set(plain(failed));
        });
  }

  /** Asks which backup to restore. */
  public void chooseBackup() {
    files
        .open()
        .ifPresent(
            file -> {
              restoreFile.set(file);
              forget();
            });
  }

  /**
   * Checks the chosen backup; when it is whole, {@link #checked} asks the person to confirm.
   *
   * @return problems with what was given, each for its field
   */
  public List<FieldError> check() {
    List<FieldError> errors = new ArrayList<>();
    if (restoreFile.get() == null) {
      errors.add(new FieldError("choose-backup", text.get("desk.restore.error.file")));
    }
    if (password.get().isEmpty()) {
      errors.add(new FieldError("restore-password", text.get("desk.restore.error.password")));
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    forget();
    char[] typed = password.get().toCharArray();
    password.set("");
    Path file = restoreFile.get();
    busy.set(true);
    restoreStatus.set(text.get("desk.restore.checking"));
    threads.run(
        () -> store.check(file, typed),
        found -> {
          busy.set(false);
          restoreStatus.set("");
          checkedPassword = typed;
          checked.set(found);
        },
        failed -> {
          busy.set(false);
          Arrays.fill(typed, '\0');
          restoreStatus.set(plain(failed));
        });
    return errors;
  }

  /** The person confirmed: close the store and restore. */
  public void restore() {
    if (checked.get() == null || checkedPassword == null) {
      return;
    }
    char[] typed = checkedPassword;
    checkedPassword = null;
    Path file = restoreFile.get();
    busy.set(true);
    restoreStatus.set(text.get("desk.restore.working"));
    store.beforeRestore();
    threads.run(
        () -> store.restore(file, typed),
        restored -> {
          Arrays.fill(typed, '\0');
          busy.set(false);
          onRestoreFinished.accept(
              true,
              text.get(
                      "desk.restore.done",
                      Long.toString(restored.manifest().reports()),
                      restored
                          .manifest()
                          .createdAt()
                          .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                          .toString())
                  + restored
                      .previous()
                      .map(kept -> " " + text.get("desk.restore.kept", kept.toString()))
                      .orElse(""));
        },
        failed -> {
          Arrays.fill(typed, '\0');
          busy.set(false);
          onRestoreFinished.accept(false, plain(failed));
        });
  }

  /** The person said no: nothing happens. */
  public void cancel() {
    forget();
    restoreStatus.set(text.get("desk.restore.cancelled"));
  }

  private void forget() {
    if (checkedPassword != null) {
      Arrays.fill(checkedPassword, '\0');
      checkedPassword = null;
    }
    checked.set(null);
  }

  private String plain(Exception failed) {
    return failed instanceof StoreException ? failed.getMessage() : text.get("common.unexpected");
  }
}
