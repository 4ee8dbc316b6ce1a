package org.reportingcentre.desktop.desk;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.start.ScreenFrame;
import org.reportingcentre.stats.Statistics;
import org.reportingcentre.stats.StatisticsService;
import org.reportingcentre.stats.StatisticsTable;

/**
 * The statistics dashboard: choose a period, see every figure of the quarterly report as a chart
 * with its numbers in a table beside it, export the report.
 */
public final class DashboardView extends ScreenFrame {
  /** Breakdowns drawn as bars; the months are drawn as lines; the rest are tables only. */
  private static final Set<String> BARS =
      Set.of(
          "by-strand", "by-incident-type", "by-location", "by-ward", "by-channel", "by-reporter");

  private final VBox figures = new VBox();
  private final DeskWords words;

  public DashboardView(Form form, DashboardViewModel vm, Runnable onHome, Runnable onSettings) {
    super(form, "dashboard", "desk.dashboard.heading");
    this.words = new DeskWords(form.text());
    DeskStyle.apply(root());
    column.getStyleClass().add("desk-wide");
    Label shown = form.paragraph("desk.dashboard.none");
    shown.setId("period-shown");
    vm.period.addListener((o, was, now) -> describe(shown, vm));
    vm.statistics.addListener((o, was, now) -> describe(shown, vm));
    describe(shown, vm);

    Button previous =
        DeskControls.button(form, "previous-quarter", "desk.dashboard.previous", "secondary");
    previous.setOnAction(e -> vm.previousQuarter());
    Button next = DeskControls.button(form, "next-quarter", "desk.dashboard.next", "secondary");
    next.setOnAction(e -> vm.nextQuarter());
    HBox quarters = new HBox(previous, next);
    quarters.getStyleClass().add("button-row");

    VBox range = new VBox();
    range.getStyleClass().add("desk-range");
    form.textField("from", "desk.dashboard.from", false, vm.from, range)
        .getStyleClass()
        .add("short");
    form.textField("to", "desk.dashboard.to", false, vm.to, range).getStyleClass().add("short");
    Button showRange =
        DeskControls.button(form, "show-range", "desk.dashboard.showRange", "secondary");
    showRange.setOnAction(e -> showErrors(vm.showRange()));
    range.getChildren().add(showRange);

    CheckBox suppress = DeskControls.smallCounts(form, "suppress", "desk.dashboard.suppress");
    suppress.selectedProperty().bindBidirectional(vm.suppressSmallCounts);

    ProgressIndicator progress = DeskControls.progress(form, vm.busy);
    Label status = DeskControls.status("status");
    status.textProperty().bind(vm.status);
    HBox working = new HBox(progress, status);
    working.getStyleClass().add("choice-row");

    Label exportHeading = DeskControls.subheading(form, "desk.export.heading");
    HBox exports = new HBox();
    exports.getStyleClass().addAll("button-row", "desk-exports");
    for (StatisticsService.Format format : StatisticsService.Format.values()) {
      String name = format.name().toLowerCase(java.util.Locale.ROOT);
      Button export =
          DeskControls.button(form, "export-" + name, "desk.export." + name, "secondary");
      export.disableProperty().bind(vm.busy.or(vm.statistics.isNull()));
      export.setOnAction(e -> vm.export(format));
      exports.getChildren().add(export);
    }

    Button settings =
        DeskControls.button(form, "statistics-settings", "desk.dashboard.settings", "secondary");
    settings.setOnAction(e -> onSettings.run());
    Button home = DeskControls.button(form, "back-home", "desk.backHome", "secondary");
    home.setOnAction(e -> onHome.run());

    figures.setId("figures");
    figures.getStyleClass().add("desk-figures");
    vm.tables.addListener((o, was, now) -> draw(vm.statistics.get(), now));

    column
        .getChildren()
        .addAll(
            form.heading("desk.dashboard.heading"),
            shown,
            quarters,
            DeskControls.subheading(form, "desk.dashboard.range"),
            range,
            suppress,
            working,
            exportHeading,
            form.paragraph("desk.export.about"),
            exports,
            figures,
            new HBox(settings),
            new HBox(home));
    draw(vm.statistics.get(), vm.tables.get());
  }

  private void describe(Label shown, DashboardViewModel vm) {
    Statistics s = vm.statistics.get();
    var p = vm.period.get();
    shown.setText(
        s != null && s.period().equals(p)
            ? form.text().get("desk.dashboard.shown", p.label(), p.dates(), s.yearBefore().label())
            : form.text().get("desk.dashboard.shownPeriod", p.label(), p.dates()));
  }

  private void draw(Statistics statistics, List<StatisticsTable> tables) {
    figures.getChildren().clear();
    if (statistics == null) {
      return;
    }
    for (StatisticsTable table : tables) {
      String title = words.title(table);
      List<String> rows = words.rows(table);
      List<String> columns = words.columns(table, statistics);
      Label heading = new Label(title);
      heading.getStyleClass().add("subheading");
      heading.setWrapText(true);
      heading.setId("heading-" + table.id());
      VBox pair = new VBox();
      pair.getStyleClass().add("figure-pair");
      Node chart = chart(table, title, rows, columns);
      if (chart != null) {
        pair.getChildren().add(chart);
      }
      VBox numbers = new VBox(FigureTable.of(table, rows, columns));
      numbers.getStyleClass().add("figure-numbers");
      pair.getChildren().add(numbers);
      VBox section = new VBox(heading, pair);
      section.getStyleClass().add("figure-section");
      if (table.rows().isEmpty()) {
        section.getChildren().add(form.paragraph("desk.dashboard.noRows"));
      }
      for (String note : table.notes()) {
        Label line = new Label(note);
        line.setWrapText(true);
        line.getStyleClass().addAll("body", "hint");
        section.getChildren().add(line);
      }
      figures.getChildren().add(section);
    }
  }

  private Node chart(StatisticsTable table, String title, List<String> rows, List<String> columns) {
    if (table.rows().isEmpty()) {
      return null;
    }
    if (BARS.contains(table.id())) {
      return FigureChart.bars(table, rows, columns, form.text().get("desk.chart", title));
    }
    if (table.id().equals("by-month")) {
      return FigureChart.months(
          table, words.months(table), columns, form.text().get("desk.chart", title));
    }
    return null;
  }
}
