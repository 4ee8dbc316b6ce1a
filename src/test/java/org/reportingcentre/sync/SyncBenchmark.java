package org.reportingcentre.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.reportingcentre.centre.CentreServices;
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

  /**
   * Arguments: how many reports (10,000), how many of them to send one per request (0: none, one
   * round), and the batch size (100).
   */
  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    // One per request is slow on a busy shared machine: it may be measured on the first N only.
    int singleCount = args.length > 1 ? Integer.parseInt(args[1]) : count;
    int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : SyncService.DEFAULT_BATCH_SIZE;
    Path temp = Files.createTempDirectory("rc-sync-bench");
    Clock clock = Clock.systemUTC();
    OkHttpClient http = SyncHttp.newClient();
    ExchangeFormat format = new ExchangeFormat();
    try {
      List<Report> reports = SampleReports.generate(Centre.CODE, count, SampleReports.SEED);
      long t = System.nanoTime();
      try (CentreStore store = Centre.create(temp.resolve("batched"), clock)) {
        CentreServices.on(store).reports().importAll(reports, "benchmark");
      }
      System.out.printf("import of %d reports: %d ms%n", count, ms(t));
      int rounds = singleCount == 0 ? 1 : 2;
      for (int round = 1; round <= rounds; round++) {
        copy(temp.resolve("batched"), temp.resolve("batched-" + round));
        copy(temp.resolve("batched"), temp.resolve("single-" + round));
      }
      // The modes alternate, so a busy spell on the shared machine falls on both.
      for (int round = 1; round <= rounds; round++) {
        double batched = send(temp, "batched-" + round, batchSize, count, http, format);
        if (rounds == 1) {
          return;
        }
        double single = send(temp, "single-" + round, 1, singleCount, http, format);
        System.out.printf(
            "round %d: batches of %d: %.2f s (%.0f reports/s); one per request: %.2f s (%.0f"
                + " reports/s); batches send %.1f times as many reports per second%n",
            round,
            batchSize,
            batched,
            count / batched,
            single,
            singleCount / single,
            (singleCount / single) == 0 ? 0 : (count / batched) / (singleCount / single));
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
      new Enrolment(CentreServices.on(store).sync(), http, format.mapper(), clock)
          .enrol(spoc.url(), Centre.CODE, spoc.addCentre(Centre.CODE), Centre.MANAGER);
      SyncService service =
          new SyncService(CentreServices.on(store).sync(), http, format.mapper(), batchSize);
      long t = System.nanoTime();
      CancelToken stopAtCount = new CancelToken();
      SyncSummary summary =
          service.run(
              new SyncListener() {
                @Override
                public void progress(int done, int total) {
                  if (done >= count) {
                    stopAtCount.cancel();
                  }
                }
              },
              stopAtCount);
      double seconds = ms(t) / 1000.0;
      // Stopping at a count cancels the batch then in flight: the SPOC may have stored it, while
      // the centre keeps it queued (honest), so the SPOC may hold up to one batch more.
      if (summary.received() < count
          || spoc.store.reportCount() < count
          || spoc.store.reportCount() > count + batchSize) {
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
