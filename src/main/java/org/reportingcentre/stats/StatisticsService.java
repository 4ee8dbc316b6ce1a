package org.reportingcentre.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.centre.StatisticsData;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreException;

/**
 * Statistics of the centre's reports for the dashboard and the quarterly report. It reads only the
 * de-identified facts; exporting is for managers and is recorded in the audit log.
 */
public final class StatisticsService {
  /** The formats of the quarterly report. */
  public enum Format {
    PDF,
    CSV,
    JSON
  }

  private final CentreStore store;
  private final StatisticsData data;
  private final Clock clock;
  private final StatisticsCalculator calculator;

  /**
   * @param zone the centre's time zone: it decides on which day, and so in which period, a report
   *     was completed
   */
  public StatisticsService(CentreStore store, Clock clock, ZoneId zone) {
    this.store = store;
    this.data = CentreServices.on(store, clock).statistics();
    this.clock = clock;
    this.calculator = new StatisticsCalculator(zone);
  }

  /** The statistics of a period against the same period a year before; not audited. */
  public Statistics compute(StatisticsPeriod period) {
    data.refresh();
    StatisticsPeriod before = period.yearBefore();
    ZoneId zone = calculator.zone();
    return calculator.compute(
        store.centreCode(),
        store.centreName(),
        period,
        data.countBetween(period.start(zone), period.end(zone), calculator.monthStarts(period, 0)),
        data.countBetween(before.start(zone), before.end(zone), calculator.monthStarts(period, 1)),
        data.population(),
        clock.instant());
  }

  /** Whether small counts are suppressed unless asked otherwise (the centre's setting). */
  public boolean suppressSmallCountsByDefault() {
    return data.suppressSmallCounts();
  }

  /** The statistics store: population figures and settings. */
  public StatisticsData data() {
    return data;
  }

  /**
   * Writes the quarterly report (managers only) and records the export in the audit log.
   *
   * @param destination where it goes, in words, for the audit log (a file name, "standard output")
   */
  public Statistics export(
      StatisticsPeriod period,
      Format format,
      SmallCounts show,
      OutputStream out,
      String destination)
      throws StoreException, IOException {
    return export(period, format, show, out, destination, ReportWords.ENGLISH);
  }

  /**
   * Writes the quarterly report with the PDF's table words in the reader's language; CSV and JSON
   * are for machines and stay in English.
   */
  public Statistics export(
      StatisticsPeriod period,
      Format format,
      SmallCounts show,
      OutputStream out,
      String destination,
      ReportWords words)
      throws StoreException, IOException {
    data.recordExport(
        "statistics " + period.label(),
        format.name().toLowerCase(java.util.Locale.ROOT)
            + (show.suppress() ? " (small counts suppressed)" : ""),
        destination);
    Statistics statistics = compute(period);
    write(statistics, format, show, out, words);
    return statistics;
  }

  /** Writes statistics already computed; the caller records the export. */
  public static void write(Statistics statistics, Format format, SmallCounts show, OutputStream out)
      throws IOException {
    write(statistics, format, show, out, ReportWords.ENGLISH);
  }

  private static void write(
      Statistics statistics, Format format, SmallCounts show, OutputStream out, ReportWords words)
      throws IOException {
    List<StatisticsTable> tables = StatisticsTables.of(statistics, show);
    switch (format) {
      case PDF -> QuarterlyReportPdf.write(statistics, tables, show, out, words);
      case JSON -> StatisticsJson.write(statistics, tables, show, out);
      case CSV -> {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StatisticsCsv.write(statistics, tables, show, writer);
        writer.flush();
      }
    }
  }
}
