package org.reportingcentre.desktop.desk;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.reportingcentre.stats.ReportWords;
import org.reportingcentre.stats.SmallCounts;
import org.reportingcentre.stats.Statistics;
import org.reportingcentre.stats.StatisticsPeriod;
import org.reportingcentre.stats.StatisticsService;
import org.reportingcentre.store.StoreException;

/**
 * What the dashboard asks of the statistics service. An interface so that the accessibility audit
 * can show the dashboard over figures made without a store.
 */
public interface DeskStatistics {
  /** The figures of a period against the same period a year before (slow: not on the UI thread). */
  Statistics compute(StatisticsPeriod period);

  /** The centre's setting: whether small counts are shown as "<5" unless asked otherwise. */
  boolean suppressSmallCountsByDefault();

  /** Writes the quarterly report to a file and records the export in the audit log. */
  void export(StatisticsPeriod period, StatisticsService.Format format, SmallCounts show, Path file)
      throws StoreException, IOException;

  /** The real thing over a store; the PDF's tables in the words given. */
  static DeskStatistics of(StatisticsService service, ReportWords words) {
    return new DeskStatistics() {
      @Override
      public Statistics compute(StatisticsPeriod period) {
        return service.compute(period);
      }

      @Override
      public boolean suppressSmallCountsByDefault() {
        return service.suppressSmallCountsByDefault();
      }

      @Override
      public void export(
          StatisticsPeriod period, StatisticsService.Format format, SmallCounts show, Path file)
          throws StoreException, IOException {
        // Written beside the target first, so a failure never leaves half a report behind.
        Path target = file.toAbsolutePath();
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
          try (OutputStream out = Files.newOutputStream(part)) {
            service.export(period, format, show, out, target.getFileName().toString(), words);
          }
          Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(part);
        }
      }
    };
  }
}
