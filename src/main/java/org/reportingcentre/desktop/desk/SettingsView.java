package org.reportingcentre.desktop.desk;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.start.ScreenFrame;

/** Statistics settings: population figures and small-count suppression. */
public final class SettingsView extends ScreenFrame {
  public SettingsView(Form form, SettingsViewModel vm, Runnable onDashboard, Runnable onHome) {
    super(form, "statistics-settings", "desk.settings.heading");
    DeskStyle.apply(root());
    VBox figures = new VBox();
    figures.setId("population-figures");
    Runnable list =
        () -> {
          figures.getChildren().clear();
          if (vm.figures.isEmpty()) {
            figures.getChildren().add(form.paragraph("desk.settings.none"));
          }
          for (String line : vm.figures) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add("body");
            figures.getChildren().add(label);
          }
        };
    vm.figures.addListener((ListChangeListener<String>) c -> list.run());
    list.run();

    VBox area = new VBox();
    form.textField("area", "desk.settings.area", false, vm.area, area).getStyleClass().add("short");
    Button saveArea = DeskControls.button(form, "save-area", "desk.settings.saveArea", "secondary");
    saveArea.setOnAction(e -> showErrors(vm.saveArea()));
    VBox ward = new VBox();
    form.textField("ward", "desk.settings.ward", false, vm.ward, ward);
    form.textField("ward-people", "desk.settings.wardPeople", false, vm.wardPeople, ward)
        .getStyleClass()
        .add("short");
    Button saveWard = DeskControls.button(form, "save-ward", "desk.settings.saveWard", "secondary");
    saveWard.setOnAction(e -> showErrors(vm.saveWard()));

    CheckBox suppress =
        DeskControls.smallCounts(form, "suppress-default", "desk.settings.suppress");
    suppress.selectedProperty().bindBidirectional(vm.suppressSmallCounts);
    Button saveSuppress =
        DeskControls.button(form, "save-suppress", "desk.settings.saveSuppress", "secondary");
    saveSuppress.setOnAction(e -> vm.saveSuppression());

    Label status = DeskControls.status("settings-status");
    status.textProperty().bind(vm.status);
    for (Button b : new Button[] {saveArea, saveWard, saveSuppress}) {
      b.disableProperty().bind(vm.busy);
    }
    Button dashboard =
        DeskControls.button(form, "back-dashboard", "desk.settings.backDashboard", "secondary");
    dashboard.setOnAction(e -> onDashboard.run());
    Button home = DeskControls.button(form, "back-home", "desk.backHome", "secondary");
    home.setOnAction(e -> onHome.run());
    column
        .getChildren()
        .addAll(
            form.heading("desk.settings.heading"),
            status,
            DeskControls.subheading(form, "desk.settings.population"),
            form.paragraph("desk.settings.populationAbout"),
            figures,
            area,
            saveArea,
            ward,
            saveWard,
            DeskControls.subheading(form, "desk.settings.small"),
            form.paragraph("desk.settings.smallAbout"),
            suppress,
            saveSuppress,
            new HBox(dashboard),
            new HBox(home));
  }
}
