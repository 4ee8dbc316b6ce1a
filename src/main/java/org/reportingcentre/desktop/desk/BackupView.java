package org.reportingcentre.desktop.desk;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.start.ScreenFrame;
import org.reportingcentre.store.StoreBackup;

/** Backup and restore: write one encrypted file; check a file, confirm, restore. */
public final class BackupView extends ScreenFrame {
  public BackupView(Form form, BackupViewModel vm, Runnable onHome) {
    super(form, "backup-restore", "desk.backup.heading");
    DeskStyle.apply(root());
    ProgressIndicator progress = DeskControls.progress(form, vm.busy);

    Button backup = DeskControls.button(form, "make-backup", "desk.backup.button", "primary");
    backup.disableProperty().bind(vm.busy);
    backup.setOnAction(e -> vm.backup());
    Label backupStatus = DeskControls.status("backup-status");
    backupStatus.textProperty().bind(vm.backupStatus);

    Button choose = DeskControls.button(form, "choose-backup", "desk.restore.choose", "secondary");
    choose.disableProperty().bind(vm.busy);
    choose.setOnAction(e -> vm.chooseBackup());
    Label chosen = new Label();
    chosen.setId("chosen-backup");
    chosen.setWrapText(true);
    chosen.getStyleClass().add("body");
    chosen
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    vm.restoreFile.get() == null
                        ? form.text().get("desk.restore.noFile")
                        : form.text().get("desk.restore.file", vm.restoreFile.get().toString()),
                vm.restoreFile));
    VBox chooseGroup =
        form.group(
            "choose-backup",
            "desk.restore.fileLabel",
            false,
            new VBox(chosen, new HBox(choose)),
            null);
    PasswordField password = new PasswordField();
    password.setId("restore-password");
    password.textProperty().bindBidirectional(vm.password);
    Button check = DeskControls.button(form, "check-backup", "desk.restore.check", "secondary");
    check.disableProperty().bind(vm.busy);
    check.setOnAction(e -> showErrors(vm.check()));
    Label restoreStatus = DeskControls.status("restore-status");
    restoreStatus.textProperty().bind(vm.restoreStatus);

    VBox confirm = new VBox();
    confirm.setId("confirm-restore");
    confirm.getStyleClass().addAll("warning", "desk-confirm");
    Label found = new Label();
    found.setId("backup-found");
    found.setWrapText(true);
    found.getStyleClass().add("body");
    Label newer = new Label();
    newer.setId("backup-newer");
    newer.setWrapText(true);
    newer.getStyleClass().addAll("body", "desk-result");
    Button restore = DeskControls.button(form, "restore-backup", "desk.restore.button", "primary");
    restore.disableProperty().bind(vm.busy);
    restore.setOnAction(e -> vm.restore());
    Button cancel = DeskControls.button(form, "cancel-restore", "desk.restore.cancel", "secondary");
    cancel.disableProperty().bind(vm.busy);
    cancel.setOnAction(e -> vm.cancel());
    HBox answers = new HBox(restore, cancel);
    answers.getStyleClass().add("button-row");
    confirm.getChildren().addAll(found, newer, answers);
    vm.checked.addListener((o, was, now) -> showCheck(form, confirm, found, newer, now));
    showCheck(form, confirm, found, newer, vm.checked.get());

    Button home = DeskControls.button(form, "back-home", "desk.backHome", "secondary");
    home.disableProperty().bind(vm.busy);
    home.setOnAction(e -> onHome.run());
    column
        .getChildren()
        .addAll(
            form.heading("desk.backup.heading"),
            DeskControls.subheading(form, "desk.backup.subheading"),
            form.paragraph("desk.backup.about"),
            backup,
            backupStatus,
            DeskControls.subheading(form, "desk.restore.subheading"),
            form.paragraph("desk.restore.about"),
            chooseGroup,
            form.group("restore-password", "desk.restore.password", false, password, password),
            check,
            progress,
            restoreStatus,
            confirm,
            new HBox(home));
  }

  private static void showCheck(
      Form form, VBox confirm, Label found, Label newer, StoreBackup.Checked checked) {
    confirm.setVisible(checked != null);
    confirm.setManaged(checked != null);
    if (checked == null) {
      return;
    }
    found.setText(
        form.text()
            .get(
                "desk.restore.found",
                Long.toString(checked.manifest().reports()),
                checked.manifest().centreCode(),
                checked
                    .manifest()
                    .createdAt()
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                    .toString()));
    newer.setText(
        checked
            .newer()
            .map(why -> form.text().get("desk.restore.newer", why))
            .orElse(form.text().get("desk.restore.older")));
  }
}
