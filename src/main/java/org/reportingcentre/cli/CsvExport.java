package org.reportingcentre.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportField;

/**
 * Reports as one CSV row each (RFC 4180), for a spreadsheet. Cells that a spreadsheet would run as
 * a formula are prefixed with an apostrophe, so an exported description cannot run code.
 */
final class CsvExport {
  private record Column(int number, String name, Function<Report, String> value) {}

  /**
   * The columns that are about the report rather than an answer; the answers' columns come from
   * {@link ReportField}, each at its own number, so the row keeps its published order.
   */
  private static final List<Column> REPORT_COLUMNS =
      List.of(
          new Column(1, "reference", r -> r.meta().reference().toString()),
          new Column(2, "id", r -> r.meta().id().toString()),
          new Column(3, "created_at", r -> r.meta().createdAt().toString()),
          new Column(
              4, "completed_at", r -> r.meta().completedAt().map(Object::toString).orElse("")),
          new Column(5, "recorded_by", r -> r.meta().recordedBy()),
          new Column(6, "channel", r -> r.meta().channel().code()),
          new Column(7, "form_variant", r -> r.meta().formVariant().code()),
          new Column(8, "language", r -> r.meta().language()),
          new Column(28, "outcome", r -> r.outcome().map(o -> o.status().code()).orElse("")));

  private static final List<Column> COLUMNS = columns();

  private static List<Column> columns() {
    Map<Integer, Column> byNumber = new TreeMap<>();
    REPORT_COLUMNS.forEach(c -> byNumber.put(c.number(), c));
    // Several consents share one column; the first field that names a number gives its value.
    for (ReportField.CsvColumn c : ReportField.csvAnswerColumns()) {
      byNumber.putIfAbsent(c.number(), new Column(c.number(), c.name(), c.value()));
    }
    return List.copyOf(byNumber.values());
  }

  private CsvExport() {}

  static void write(List<Report> reports, PrintWriter out) {
    out.print(COLUMNS.stream().map(Column::name).collect(Collectors.joining(",")) + "\r\n");
    for (Report report : reports) {
      out.print(
          COLUMNS.stream().map(c -> cell(c.value().apply(report))).collect(Collectors.joining(","))
              + "\r\n");
    }
    out.flush();
  }

  static String cell(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.contains(",")
        || safe.contains("\"")
        || safe.contains("\n")
        || safe.contains("\r")
        || !safe.equals(value)) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
