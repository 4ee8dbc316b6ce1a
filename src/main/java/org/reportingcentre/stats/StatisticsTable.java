package org.reportingcentre.stats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of the quarterly report, already formatted: the PDF, CSV and JSON all print these same
 * tables, so they always carry the same figures.
 *
 * @param id a stable name for machines, such as {@code by-strand}
 * @param notes sentences printed under the table
 */
public record StatisticsTable(
    String id, String title, List<Column> columns, List<Row> rows, List<String> notes) {
  public StatisticsTable {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    for (Row row : rows) {
      if (row.cells().size() != columns.size()) {
        throw new IllegalArgumentException("Row " + row.label() + " does not fit table " + id);
      }
    }
  }

  /** A column of figures. */
  public record Column(String id, String title) {}

  /**
   * @param code a stable name for machines (a code-list code, a month, a ward)
   */
  public record Row(String code, String label, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One figure as shown.
   *
   * @param value the number, unless it is suppressed or does not apply
   */
  public record Cell(String text, Optional<Double> value) {
    public static Cell of(double value, String text) {
      return new Cell(text, Optional.of(value));
    }

    public static Cell hidden(String text) {
      return new Cell(text, Optional.empty());
    }
  }
}
