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
}
