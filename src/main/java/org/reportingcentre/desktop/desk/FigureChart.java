package org.reportingcentre.desktop.desk;

import java.util.List;
import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.reportingcentre.stats.StatisticsTable;

/**
 * A picture of one statistics table: bars for a breakdown (one bar per period for each row), a line
 * per period for the months. A figure that is suppressed as a small count gets no bar, as in the
 * PDF. The same numbers are in the table under it.
 */
final class FigureChart {
  /** Rows that are a total, not a part: drawn in the table only. */
  private static final List<String> TOTALS = List.of("all-reports");

  private FigureChart() {}

  /** Horizontal bars, long labels at the side where they can be read. */
  static BarChart<Number, String> bars(
      StatisticsTable table, List<String> rowLabels, List<String> seriesNames, String name) {
    NumberAxis counts = new NumberAxis();
    counts.setMinorTickVisible(false);
    counts.setForceZeroInRange(true);
    CategoryAxis rows = new CategoryAxis();
    BarChart<Number, String> chart = new BarChart<>(counts, rows);
    List<Integer> drawn = new java.util.ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      if (!TOTALS.contains(table.rows().get(r).code())) {
        drawn.add(r);
      }
    }
    // The axis orders the rows as the data arrive, the first at the bottom: given bottom up, the
    // chart reads from the top in the table's order. A figure suppressed as a small count is given
    // as 0 (no bar is drawn) so that its row keeps its place; the table says "<5".
    java.util.Collections.reverse(drawn);
    int shownRows = drawn.size();
    for (int c = 0; c < seriesNames.size(); c++) {
      XYChart.Series<Number, String> series = new XYChart.Series<>();
      series.setName(seriesNames.get(c));
      for (int r : drawn) {
        double value = table.rows().get(r).cells().get(c).value().orElse(0.0);
        series.getData().add(new XYChart.Data<>(value, rowLabels.get(r)));
      }
      chart.getData().add(series);
    }
    wholeNumbers(counts, table);
    finish(chart, table, name);
    // Each row needs room for its two bars and its label, in the current text size.
    chart.setStyle(String.format(Locale.ROOT, "-fx-pref-height: %.1fem;", 5.0 + 2.4 * shownRows));
    return chart;
  }

  /** One line per period over the months, so a season's rise shows against the year before. */
  static LineChart<String, Number> months(
      StatisticsTable table, List<String> monthNames, List<String> seriesNames, String name) {
    CategoryAxis months = new CategoryAxis();
    months.getCategories().addAll(monthNames);
    NumberAxis counts = new NumberAxis();
    counts.setMinorTickVisible(false);
    counts.setForceZeroInRange(true);
    LineChart<String, Number> chart = new LineChart<>(months, counts);
    for (int c = 0; c < seriesNames.size(); c++) {
      XYChart.Series<String, Number> series = new XYChart.Series<>();
      series.setName(seriesNames.get(c));
      for (int r = 0; r < table.rows().size(); r++) {
        String month = monthNames.get(r);
        table
            .rows()
            .get(r)
            .cells()
            .get(c)
            .value()
            .ifPresent(v -> series.getData().add(new XYChart.Data<>(month, v)));
      }
      chart.getData().add(series);
    }
    wholeNumbers(counts, table);
    finish(chart, table, name);
    chart.setStyle("-fx-pref-height: 18em;");
    return chart;
  }

  /** Counts are whole: the axis steps by whole numbers (1, 2, 5, 10, 20, 50...) from 0. */
  static void wholeNumbers(NumberAxis axis, StatisticsTable table) {
    double most =
        table.rows().stream()
            .filter(row -> !TOTALS.contains(row.code()))
            .flatMap(row -> row.cells().stream())
            .flatMap(cell -> cell.value().stream())
            .mapToDouble(Double::doubleValue)
            .max()
            .orElse(0);
    long step = 1;
    while (most / step > 8) {
      long next = step * 2;
      if (most / next > 8) {
        next = step * 5;
      }
      if (most / next > 8) {
        next = step * 10;
      }
      step = next;
    }
    axis.setAutoRanging(false);
    axis.setLowerBound(0);
    axis.setUpperBound(Math.max(step, Math.ceil(most / step) * step));
    axis.setTickUnit(step);
    axis.setTickLabelFormatter(
        new NumberAxis.DefaultFormatter(axis) {
          @Override
          public String toString(Number n) {
            return Long.toString(Math.round(n.doubleValue()));
          }
        });
  }

  private static void finish(XYChart<?, ?> chart, StatisticsTable table, String name) {
    chart.setId("chart-" + table.id());
    chart.getStyleClass().add("figure-chart");
    chart.setAnimated(false);
    chart.setAccessibleText(name);
    chart.setFocusTraversable(false);
  }
}
