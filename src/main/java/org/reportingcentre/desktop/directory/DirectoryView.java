package org.reportingcentre.desktop.directory;

import java.util.Arrays;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.start.ScreenFrame;
import org.reportingcentre.protocol.SupportNeed;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.MotivationStrand;

/**
 * The directory of support services: search words, filters by strand, need and language, and the
 * matching services, each read out whole by a screen reader.
 */
public final class DirectoryView extends ScreenFrame {
  private final VBox entries = new VBox();
  private final DirectoryViewModel vm;

  public DirectoryView(Form form, DirectoryViewModel vm, Runnable onHome) {
    super(form, "directory", "directory.heading");
    this.vm = vm;
    column
        .getChildren()
        .addAll(form.heading("directory.heading"), form.paragraph("directory.intro"));
    Label source = form.paragraph("directory.loading");
    source.setId("directory-source");
    source.textProperty().bind(vm.source);
    column.getChildren().add(source);
    form.textField("directory-search", "directory.search", true, vm.search, column);
    var strands =
        Choice.comboBox(
            "directory-strand",
            form.text().get("directory.any"),
            Arrays.asList(MotivationStrand.values()),
            form.text()::of,
            vm.strand);
    column
        .getChildren()
        .add(form.group("directory-strand", "directory.strand", true, strands, strands));
    var needs =
        Choice.comboBox(
            "directory-need",
            form.text().get("directory.any"),
            Arrays.asList(SupportNeed.values()),
            form.text()::of,
            vm.need);
    column.getChildren().add(form.group("directory-need", "directory.need", true, needs, needs));
    VBox languageSlot = new VBox();
    column.getChildren().add(languageSlot);
    Runnable languages =
        () -> {
          var box =
              Choice.comboBox(
                  "directory-language",
                  form.text().get("directory.any"),
                  vm.languages,
                  vm::languageName,
                  vm.language);
          languageSlot
              .getChildren()
              .setAll(form.group("directory-language", "directory.language", true, box, box));
        };
    languages.run();
    vm.languages.addListener((ListChangeListener<String>) c -> languages.run());
    Button clear = new Button(form.text().get("directory.clear"));
    clear.setId("directory-clear");
    clear.getStyleClass().add("secondary");
    clear.setOnAction(e -> vm.clear());
    column.getChildren().add(new HBox(clear));

    Label count = new Label();
    count.setId("directory-count");
    count.getStyleClass().add("subheading");
    count.setWrapText(true);
    count.textProperty().bind(vm.count);
    entries.setId("directory-entries");
    entries.getStyleClass().add("directory-entries");
    column.getChildren().addAll(count, entries);
    vm.shown.addListener((ListChangeListener<SupportService>) c -> fill());
    fill();

    Button home = new Button(form.text().get("directory.home"));
    home.setId("home");
    home.getStyleClass().add("secondary");
    home.setOnAction(e -> onHome.run());
    column.getChildren().add(new HBox(home));
  }

  private void fill() {
    entries.getChildren().setAll(vm.shown.stream().map(this::entry).toList());
  }

  private VBox entry(SupportService service) {
    VBox entry = new VBox();
    entry.setId("service-" + service.id());
    entry.getStyleClass().add("directory-entry");
    entry.setAccessibleRole(AccessibleRole.TEXT);
    entry.setAccessibleText(vm.spoken(service));
    Label name = new Label(service.name());
    name.getStyleClass().add("entry-name");
    name.setWrapText(true);
    entry.getChildren().add(name);
    if (service.nationalPublicNumber()) {
      Label national = line("directory.national");
      national.getStyleClass().add("entry-national");
      entry.getChildren().add(national);
    }
    Label what = new Label(vm.description(service));
    what.getStyleClass().add("body");
    what.setWrapText(true);
    entry.getChildren().add(what);
    service.phone().ifPresent(p -> entry.getChildren().add(line("directory.phone", p)));
    service.hours().ifPresent(h -> entry.getChildren().add(line("directory.hours", h)));
    service.website().ifPresent(w -> entry.getChildren().add(line("directory.website", w)));
    if (!service.languages().isEmpty()) {
      entry.getChildren().add(line("directory.languages", vm.languageNames(service)));
    }
    if (service.easyReadAvailable()) {
      entry.getChildren().add(line("directory.easyReadAvailable"));
    }
    return entry;
  }

  private Label line(String key, Object... args) {
    return form.paragraph(key, args);
  }
}
