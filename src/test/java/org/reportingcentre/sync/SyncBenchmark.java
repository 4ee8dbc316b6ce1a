package org.reportingcentre.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Report;
import org.reportingcentre.sample.SampleReports;
import org.reportingcentre.store.CentreStore;

/**
 * Sends N reports (default 10,000) from a centre's encrypted store to the real SPOC on loopback, in
 * batches of 100 and then one per request, in the same run, and prints both. A program run by hand
 * (see docs/performance.md), not a timed test.
 */
public final class SyncBenchmark {
  private SyncBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path temp = Files.createTempDirectory("rc-sync-bench");
    Clock clock = Clock.systemUTC();
    OkHttpClient http = SyncHttp.newClient();
    ExchangeFormat format = new ExchangeFormat();
    try {
      List<Report> reports = SampleReports.generate(Centre.CODE, count, SampleReports.SEED);
      long t = System.nanoTime();
      try (CentreStore store = Centre.create(temp.resolve("batched"), clock)) {
        store.reports().importAll(reports, "benchmark");
      }
      System.out.printf("import of %d reports: %d ms%n", count, ms(t));
      int rounds = args.length > 1 && args[1].equals("batched-only") ? 1 : 2;
      for (int round = 1; round <= rounds; round++) {
        copy(temp.resolve("batched"), temp.resolve("batched-" + round));
        copy(temp.resolve("batched"), temp.resolve("single-" + round));
      }
      // The modes alternate, so a busy spell on the shared machine falls on both.
      for (int round = 1; round <= rounds; round++) {
        double batched =
            send(temp, "batched-" + round, SyncService.DEFAULT_BATCH_SIZE, count, http, format);
        if (rounds == 1) {
          return;
        }
        double single = send(temp, "single-" + round, 1, count, http, format);
        System.out.printf(
            "round %d: batches of %d: %.2f s (%.0f reports/s); one per request: %.2f s (%.0f"
                + " reports/s); batches are %.1f times faster%n",
            round,
            SyncService.DEFAULT_BATCH_SIZE,
            batched,
            count / batched,
            single,
            count / single,
            single / batched);
      }
    } finally {
      delete(temp);
    }
  }

  /** Sends every report of one store to its own fresh SPOC; returns the seconds it took. */
  private static double send(
      Path temp, String name, int batchSize, int count, OkHttpClient http, ExchangeFormat format)
      throws Exception {
    Clock clock = Clock.systemUTC();
    try (LoopbackSpoc spoc = new LoopbackSpoc(temp.resolve("spoc-" + name), clock);
        CentreStore store = Centre.open(temp.resolve(name), clock)) {
      new Enrolment(store.sync(), http, format.mapper(), clock)
          .enrol(spoc.url(), Centre.CODE, spoc.addCentre(Centre.CODE), Centre.MANAGER);
      SyncService service = new SyncService(store.sync(), http, format.mapper(), batchSize);
      long t = System.nanoTime();
      SyncSummary summary = service.run(SyncListener.NONE, new CancelToken());
      double seconds = ms(t) / 1000.0;
      if (summary.received() != count || spoc.store.reportCount() != count) {
        throw new IllegalStateException("Not all sent: " + summary);
      }
      System.out.printf(
          "%s (batch size %d): %d reports received in %.2f s%n", name, batchSize, count, seconds);
      return seconds;
    }
  }

  private static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
