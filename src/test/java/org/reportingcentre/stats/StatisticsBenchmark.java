package org.reportingcentre.stats;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.reportingcentre.report.Report;
import org.reportingcentre.sample.SampleReports;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.KeyRing;
import org.reportingcentre.store.StoreBackup;
import org.reportingcentre.store.StoreOptions;
import org.reportingcentre.store.UnlockThrottle;

/**
 * Measures what docs/performance.md reports for statistics and backup on a large store: the one-off
 * reading of every report into the statistics facts, a quarter's statistics once the facts are up
 * to date (the dashboard), the quarterly PDF, and backup and restore. Not a test: run it by hand
 * (see docs/performance.md).
 */
public final class StatisticsBenchmark {
  private static final String PASSWORD = "benchmark passphrase";
  private static final int CHUNK = 5_000;

  private StatisticsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path root = Files.createTempDirectory("rc-stats-bench");
    Path data = root.resolve("data");
    StoreOptions options =
        new StoreOptions(
            Clock.systemUTC(),
            new SecureRandom(),
            UnlockThrottle.inMemory(),
            d -> {},
            KeyRing.MIN_ITERATIONS);
    ZoneId zone = ZoneId.of("Europe/London");
    StatisticsPeriod quarter = StatisticsPeriod.parse("2026-Q2");
    try (CentreStore store =
        CentreStore.create(
                data, "TWL", "Benchmark Centre", "amira", PASSWORD.toCharArray(), options)
            .store()) {
      List<Report> reports = SampleReports.generate("TWL", count, 11L);
      long importStart = System.nanoTime();
      for (int from = 0; from < reports.size(); from += CHUNK) {
        store
            .reports()
            .importAll(reports.subList(from, Math.min(reports.size(), from + CHUNK)), "bench");
      }
      long importMs = ms(importStart);
      reports = null;
      System.out.printf("stored %,d reports in %,d ms%n", count, importMs);

      StatisticsService service = new StatisticsService(store, Clock.systemUTC(), zone);
      service.data().setAreaPopulation(187_000);
      long refreshStart = System.nanoTime();
      int read = service.data().refresh();
      System.out.printf(
          "first reading of %,d reports into facts: %,d ms%n", read, ms(refreshStart));

      List<Long> quarterRuns = new ArrayList<>();
      Statistics last = null;
      for (int i = 0; i < 7; i++) {
        long start = System.nanoTime();
        last = service.compute(quarter);
        quarterRuns.add(ms(start));
      }
      Collections.sort(quarterRuns);
      System.out.printf(
          "quarter %s (%,d reports, %,d a year before): median %d ms, min %d, max %d%n",
          quarter.label(),
          last.reports().now(),
          last.reports().yearBefore(),
          quarterRuns.get(3),
          quarterRuns.get(0),
          quarterRuns.get(6));

      long yearStart = System.nanoTime();
      Statistics year = service.compute(StatisticsPeriod.parse("2026"));
      System.out.printf("year 2026 (%,d reports): %d ms%n", year.reports().now(), ms(yearStart));

      for (StatisticsService.Format format : StatisticsService.Format.values()) {
        long start = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.export(quarter, format, new SmallCounts(true), out, "benchmark");
        System.out.printf("export %s: %d ms, %,d bytes%n", format, ms(start), out.size());
      }

      Path backup = root.resolve("backup.zip");
      long backupStart = System.nanoTime();
      StoreBackup.create(store, backup, Clock.systemUTC());
      System.out.printf(
          "backup: %,d ms, %,d bytes (database %,d bytes)%n",
          ms(backupStart), Files.size(backup), Files.size(data.resolve("centre.mv.db")));
    }
    long restoreStart = System.nanoTime();
    StoreBackup.restore(
        root.resolve("backup.zip"),
        root.resolve("restored"),
        Optional.of("amira"),
        PASSWORD.toCharArray(),
        explanation -> false,
        options);
    System.out.printf("restore into an empty folder: %,d ms%n", ms(restoreStart));
    System.out.println("left in " + root + " (delete it when done)");
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
