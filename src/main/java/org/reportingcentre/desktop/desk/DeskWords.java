package org.reportingcentre.desktop.desk;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.reportingcentre.desktop.access.Languages;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.stats.ReportWords;
import org.reportingcentre.stats.Statistics;
import org.reportingcentre.stats.StatisticsTable;

/**
 * The words of the statistics tables in the reader's language: code-list rows in the words the form
 * uses, the other rows and the titles from the desk's own keys. Where a language has no words for a
 * row (a ward's name), the table's own label is shown. The same words go into the quarterly
 * report's PDF.
 */
final class DeskWords implements ReportWords {
  private static final Map<String, Class<? extends Coded>> CODE_LISTS =
      Map.of(
          "by-strand", MotivationStrand.class,
          "by-incident-type", IncidentType.class,
          "by-location", LocationType.class,
          "by-channel", Channel.class,
          "by-reporter", ReporterRole.class,
          "consents", ConsentPurpose.class);

  private final Messages text;

  DeskWords(Messages text) {
    this.text = text;
  }

  @Override
  public boolean rightToLeft() {
    return Languages.rightToLeft(text.locale());
  }

  @Override
  public String title(StatisticsTable table) {
    String key = "desk.table." + table.id();
    return text.has(key) ? text.get(key) : table.title();
  }

  List<String> rows(StatisticsTable table) {
    return table.rows().stream().map(row -> row(table, row)).toList();
  }

  @Override
  public String row(StatisticsTable table, StatisticsTable.Row row) {
    Class<? extends Coded> codes = CODE_LISTS.get(table.id());
    if (codes != null) {
      for (Coded value : codes.getEnumConstants()) {
        if (value.code().equals(row.code()) && text.has(Messages.enumKey(value))) {
          return text.of(value);
        }
      }
    }
    String key = "desk.row." + row.code();
    return text.has(key) ? text.get(key) : row.label();
  }

  /** Column titles: the two periods by their names, the others in words. */
  List<String> columns(StatisticsTable table, Statistics statistics) {
    return table.columns().stream()
        .map(
            column ->
                switch (column.id()) {
                  case "this-period" -> statistics.period().label();
                  case "year-before" -> statistics.yearBefore().label();
                  default -> {
                    String key = "desk.column." + column.id();
                    yield text.has(key) ? text.get(key) : column.title();
                  }
                })
        .toList();
  }

  /** A column of the PDF: the periods keep the names the tables give them. */
  @Override
  public String column(StatisticsTable table, StatisticsTable.Column column) {
    String key = "desk.column." + column.id();
    return text.has(key) ? text.get(key) : column.title();
  }

  @Override
  public String thisPeriod() {
    return text.get("desk.pdf.thisPeriod");
  }

  @Override
  public String yearBefore() {
    return text.get("desk.pdf.yearBefore");
  }

  @Override
  public String heading(String centreName) {
    return text.get("desk.pdf.heading", isolated(centreName));
  }

  @Override
  public String period(String label, String dates) {
    return text.get("desk.pdf.period", isolated(label), isolated(dates));
  }

  @Override
  public String total(String now, String yearBefore) {
    return text.get("desk.pdf.total", now, yearBefore);
  }

  @Override
  public String continued(String title) {
    return text.get("desk.pdf.continued", title);
  }

  @Override
  public String definitions() {
    return text.get("desk.pdf.definitions");
  }

  @Override
  public String whatCounts() {
    return text.get("desk.pdf.counts");
  }

  @Override
  public String footer(String centreName, String period) {
    return text.get("desk.pdf.footer", isolated(centreName), isolated(period));
  }

  @Override
  public String page(int page, int pages) {
    return text.get("desk.pdf.page", String.valueOf(page), String.valueOf(pages));
  }

  /**
   * A name or period set apart (first-strong isolate), so "2026-Q3" or an English centre name
   * inside an Urdu sentence keeps its own order instead of being split around the Urdu words.
   */
  private static String isolated(String words) {
    return "\u2068" + words + "\u2069";
  }

  /** Short month names for the chart of months ("Jul 2026"). */
  List<String> months(StatisticsTable table) {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM uuuu", text.locale());
    return table.rows().stream().map(row -> format.format(YearMonth.parse(row.code()))).toList();
  }
}
