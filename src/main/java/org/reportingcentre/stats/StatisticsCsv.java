package org.reportingcentre.stats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The quarterly report as CSV in long form: one line per figure, so a spreadsheet can pivot it.
 * Columns: table, row_code, row, column, shown, value. {@code shown} is the figure as printed
 * ({@code <5} when suppressed); {@code value} is the number, empty when suppressed.
 */
public final class StatisticsCsv {
  private StatisticsCsv() {}

  public static void write(Statistics s, List<StatisticsTable> tables, SmallCounts show, Writer out)
      throws IOException {
    line(out, "table", "row_code", "row", "column", "shown", "value");
    line(out, "about", "centre", "Centre", "", s.centreName() + " (" + s.centreCode() + ")", "");
    line(out, "about", "period", "Period", "", s.period().label(), "");
    line(out, "about", "first-day", "First day", "", s.period().first().toString(), "");
    line(out, "about", "last-day", "Last day", "", s.period().last().toString(), "");
    line(out, "about", "compared-with", "Compared with", "", s.yearBefore().dates(), "");
    line(out, "about", "time-zone", "Time zone", "", s.zone().getId(), "");
    line(out, "about", "generated-at", "Made at", "", s.generatedAt().toString(), "");
    line(
        out,
        "about",
        "small-counts-suppressed",
        "Small counts suppressed",
        "",
        show.suppress() ? "yes" : "no",
        "");
    for (StatisticsTable table : tables) {
      for (StatisticsTable.Row row : table.rows()) {
        for (int i = 0; i < table.columns().size(); i++) {
          StatisticsTable.Cell cell = row.cells().get(i);
          line(
              out,
              table.id(),
              row.code(),
              row.label(),
              table.columns().get(i).id(),
              cell.text(),
              cell.value().map(StatisticsCsv::number).orElse(""));
        }
      }
    }
    out.flush();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static void line(Writer out, String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(escape(fields[i]));
    }
    out.write("\r\n");
  }

  /** Quotes when needed, and defuses text a spreadsheet would run as a formula. */
  static String escape(String field) {
    String text = field;
    if (!text.isEmpty() && "=@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
