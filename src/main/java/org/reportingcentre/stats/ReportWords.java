package org.reportingcentre.stats;

/**
 * The words of the quarterly report's tables and chart in the reader's language. The desktop gives
 * its translations; where a language has none, the table's own English words are used. The heading
 * sentences, definitions and notes are in English in every language for now.
 */
public interface ReportWords {
  /** The tables' own words, left to right: what the command line and a published report use. */
  ReportWords ENGLISH = new ReportWords() {};

  /** Whether the language is written right to left (Urdu): the pages are then mirrored. */
  default boolean rightToLeft() {
    return false;
  }

  default String title(StatisticsTable table) {
    return table.title();
  }

  default String row(StatisticsTable table, StatisticsTable.Row row) {
    return row.label();
  }

  default String column(StatisticsTable table, StatisticsTable.Column column) {
    return column.title();
  }

  /** The chart legend: the period of the report, and the same days a year before. */
  default String thisPeriod() {
    return "this period";
  }

  default String yearBefore() {
    return "year before";
  }

  default String heading(String centreName) {
    return "Hate incidents reported to " + centreName;
  }

  default String period(String label, String dates) {
    return "Quarterly report " + label + ": " + dates;
  }

  /** The totals line; the counts as shown ("<5" when suppressed). */
  default String total(String now, String yearBefore) {
    return now + " reports this period, against " + yearBefore + " a year before.";
  }

  /** The title of a table carried on to the next page. */
  default String continued(String title) {
    return title + " (continued)";
  }

  default String definitions() {
    return "Definitions";
  }

  default String whatCounts() {
    return "What counts";
  }

  default String footer(String centreName, String period) {
    return centreName + " - hate incident statistics " + period;
  }

  default String page(int page, int pages) {
    return "Page " + page + " of " + pages;
  }
}
