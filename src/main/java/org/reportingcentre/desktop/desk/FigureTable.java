package org.reportingcentre.desktop.desk;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.reportingcentre.stats.StatisticsTable;

/**
 * The numbers of one statistics table as a grid of words: what a screen reader reads beside each
 * chart. Every figure carries its row and column in its accessible text, so it makes sense heard on
 * its own. Words wrap instead of being cut short at large text.
 */
final class FigureTable {
  private FigureTable() {}

  /**
   * @param rowLabels the row labels in the reader's language, in the table's order
   * @param columnTitles the column titles in the reader's language
   */
  static GridPane of(StatisticsTable table, List<String> rowLabels, List<String> columnTitles) {
    GridPane grid = new GridPane();
    grid.setId("table-" + table.id());
    grid.getStyleClass().add("figure-table");
    grid.setAccessibleRole(AccessibleRole.TABLE_VIEW);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().add(labels);
    for (int c = 0; c < columnTitles.size(); c++) {
      ColumnConstraints figures = new ColumnConstraints();
      figures.setHalignment(HPos.RIGHT);
      grid.getColumnConstraints().add(figures);
      Label title = cell(columnTitles.get(c), "figure-column");
      grid.add(title, c + 1, 0);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      StatisticsTable.Row row = table.rows().get(r);
      String label = rowLabels.get(r);
      grid.add(cell(label, "figure-row"), 0, r + 1);
      for (int c = 0; c < row.cells().size(); c++) {
        String shown = row.cells().get(c).text();
        Label figure = cell(shown, "figure");
        figure.setId(table.id() + "-" + row.code() + "-" + table.columns().get(c).id());
        figure.setAccessibleText(label + ", " + columnTitles.get(c) + ": " + shown);
        grid.add(figure, c + 1, r + 1);
      }
    }
    return grid;
  }

  private static Label cell(String words, String style) {
    Label label = new Label(words);
    label.setWrapText(true);
    label.getStyleClass().add(style);
    // Figures keep their width; the row's words wrap when the line is short.
    label.setMinWidth("figure-row".equals(style) ? 0 : Region.USE_PREF_SIZE);
    return label;
  }
}
