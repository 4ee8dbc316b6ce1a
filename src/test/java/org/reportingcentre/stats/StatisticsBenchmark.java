package org.reportingcentre.stats;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportingcentre.benchmarks.BenchmarkStores;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreBackup;
import org.reportingcentre.store.StoreOptions;

/**
 * Measures what docs/performance.md reports for statistics and backup on a large store: the one-off
 * reading of every report into the statistics facts, a quarter's statistics once the facts are up
 * to date (the dashboard), the quarterly report in each format, and backup and restore. Not a test:
 * run it by hand (see docs/performance.md). Each figure is wall time and the CPU time of the
 * measuring thread (H2 is embedded, so its work is on that thread too): on a busy machine the CPU
 * time says what the work costs, the wall time what the person waits.
 *
 * <p>Arguments: {@code [count]} to make a new store of that many reports (default 100,000), or
 * {@code --store DIR} to measure again on a store an earlier run left; {@code --statistics-only}
 * after it skips backup and restore.
 */
public final class StatisticsBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private StatisticsBenchmark() {}

  public static void main(String[] args) throws Exception {
    ZoneId zone = ZoneId.of("Europe/London");
    StatisticsPeriod quarter = StatisticsPeriod.parse("2026-Q2");
    StoreOptions options = BenchmarkStores.options(Clock.systemUTC());
    boolean statisticsOnly = List.of(args).contains("--statistics-only");
    Path data = BenchmarkStores.fromArguments(args, "rc-stats-bench");
    Path root = data.getParent();
    try (CentreStore store =
        CentreStore.open(
            data, BenchmarkStores.MANAGER, BenchmarkStores.PASSWORD.toCharArray(), options)) {
      StatisticsService service = new StatisticsService(store, Clock.systemUTC(), zone);
      service.data().setAreaPopulation(187_000);
      report(
          "refresh: every report read into facts (first time only)",
          1,
          () -> service.data().refresh());
      report("refresh with nothing changed", 7, () -> service.data().refresh());
      Statistics last = service.compute(quarter);
      report(
          String.format(
              "dashboard: quarter %s (%,d reports, %,d a year before)",
              quarter.label(), last.reports().now(), last.reports().yearBefore()),
          7,
          () -> service.compute(quarter));
      Statistics year = service.compute(StatisticsPeriod.parse("2026"));
      report(
          String.format("dashboard: year 2026 (%,d reports)", year.reports().now()),
          7,
          () -> service.compute(StatisticsPeriod.parse("2026")));
      // The way before counting moved into SQL: every fact of both periods read into memory and
      // counted there. Same figures (StatisticsDataTest checks), measured in the same run.
      StatisticsCalculator inMemory = new StatisticsCalculator(zone);
      for (StatisticsPeriod period : List.of(quarter, StatisticsPeriod.parse("2026"))) {
        report(
            "in memory (before): " + period.label(),
            7,
            () -> {
              service.data().refresh();
              StatisticsPeriod before = period.yearBefore();
              return inMemory.compute(
                  "TWL",
                  "Benchmark Centre",
                  period,
                  service.data().completedBetween(period.start(zone), period.end(zone)),
                  service.data().completedBetween(before.start(zone), before.end(zone)),
                  service.data().population(),
                  java.time.Instant.now());
            });
      }
      for (StatisticsService.Format format : StatisticsService.Format.values()) {
        report(
            "quarterly report as " + format,
            3,
            () -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              service.export(quarter, format, new SmallCounts(true), out, "benchmark");
              return out.size();
            });
      }
      if (statisticsOnly) {
        return;
      }
      Path backup = root.resolve("backup-" + System.nanoTime() + ".zip");
      report("backup", 1, () -> StoreBackup.create(store, backup, Clock.systemUTC()));
      System.out.printf(
          "backup file %,d bytes; database %,d bytes%n",
          Files.size(backup), Files.size(data.resolve("centre.mv.db")));
      Path restored = root.resolve("restored-" + System.nanoTime());
      report(
          "restore into an empty folder",
          1,
          () ->
              StoreBackup.restore(
                  backup,
                  restored,
                  Optional.of(BenchmarkStores.MANAGER),
                  BenchmarkStores.PASSWORD.toCharArray(),
                  explanation -> false,
                  options));
    }
    System.out.println("left in " + root + " (delete it when done)");
  }

  /** Runs {@code work} {@code runs} times and prints the median wall and CPU milliseconds. */
  private static void report(String what, int runs, Callable<?> work) throws Exception {
    List<Long> wall = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      work.call();
      wall.add((System.nanoTime() - start) / 1_000_000);
      cpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
    }
    Collections.sort(wall);
    Collections.sort(cpu);
    System.out.printf(
        "%s: median %,d ms wall (min %,d, max %,d), %,d ms CPU%n",
        what, wall.get(runs / 2), wall.get(0), wall.get(runs - 1), cpu.get(runs / 2));
  }
}
