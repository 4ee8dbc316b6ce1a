package org.reportingcentre.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.report.Report;
import org.reportingcentre.sample.SampleReports;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.KeyRing;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.StoreOptions;
import org.reportingcentre.store.UnlockThrottle;

/**
 * The large store the benchmarks measure: made of generated sample reports, or one an earlier run
 * left. Not a test.
 */
public final class BenchmarkStores {
  public static final String MANAGER = "amira";
  public static final String PASSWORD = "benchmark passphrase";
  private static final int CHUNK = 5_000;

  private BenchmarkStores() {}

  /** Real key derivation and no unlock delays, at the given time. */
  public static StoreOptions options(Clock clock) {
    return new StoreOptions(
        clock, new SecureRandom(), UnlockThrottle.inMemory(), d -> {}, KeyRing.MIN_ITERATIONS);
  }

  /**
   * The data folder the arguments name: {@code --store DIR} for a store an earlier run left, else a
   * new store in a new temporary folder (named from {@code prefix}) of {@code [count]} generated
   * reports (100,000 by default), stored as if imported an hour ago so that it is at rest.
   */
  public static Path fromArguments(String[] args, String prefix) throws Exception {
    if (args.length >= 2 && args[0].equals("--store")) {
      return Path.of(args[1]);
    }
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path data = Files.createTempDirectory(prefix).resolve("data");
    make(data, count);
    return data;
  }

  private static void make(Path data, int count) throws StoreException {
    StoreOptions anHourAgo = options(Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)));
    try (CentreStore store =
        CentreStore.create(
                data, "TWL", "Benchmark Centre", MANAGER, PASSWORD.toCharArray(), anHourAgo)
            .store()) {
      List<Report> reports = SampleReports.generate("TWL", count, 11L);
      long start = System.nanoTime();
      for (int from = 0; from < reports.size(); from += CHUNK) {
        CentreServices.on(store)
            .reports()
            .importAll(reports.subList(from, Math.min(reports.size(), from + CHUNK)), "bench");
      }
      System.out.printf(
          "stored %,d reports in %,d ms%n", count, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
