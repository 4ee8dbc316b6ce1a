package org.reportingcentre.desktop.desk;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.start.ScreenFrame;

/**
 * After a restore, worked or not: the store is closed either way, so the only way on is to sign in
 * again (to the restored store, or to the old one, untouched).
 */
public final class RestoredView extends ScreenFrame {
  public RestoredView(Form form, boolean restored, String message, Runnable onSignIn) {
    super(form, "restored", restored ? "desk.restored.heading" : "desk.restored.failedHeading");
    DeskStyle.apply(root());
    Label words = DeskControls.status("restore-result");
    words.setText(message);
    Button signIn = DeskControls.button(form, "sign-in-again", "desk.restored.signIn", "primary");
    signIn.setOnAction(e -> onSignIn.run());
    column
        .getChildren()
        .addAll(
            form.heading(restored ? "desk.restored.heading" : "desk.restored.failedHeading"),
            words,
            form.paragraph(restored ? "desk.restored.next" : "desk.restored.unchanged"),
            signIn);
  }
}
