package org.reportingcentre.desktop.app;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.reportingcentre.store.CentreStore;

/** The desktop application's window. */
public final class ReportingCentreApp extends Application {
  @Override
  public void start(Stage stage) {
    boolean exists = CentreStore.exists(DesktopLauncher.dataFolder());
    Label heading = new Label("Reporting Centre");
    heading.setId("heading");
    Label status =
        new Label(
            exists
                ? "The store is in " + DesktopLauncher.dataFolder() + "."
                : "There is no store yet in " + DesktopLauncher.dataFolder() + ".");
    status.setWrapText(true);
    VBox root = new VBox(heading, status);
    root.setPadding(new Insets(24));
    root.setSpacing(12);
    stage.setTitle("Reporting Centre");
    stage.setScene(new Scene(root, 800, 600));
    stage.show();
  }
}
