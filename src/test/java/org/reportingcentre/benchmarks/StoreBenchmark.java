package org.reportingcentre.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.reportingcentre.cli.CliContext;
import org.reportingcentre.cli.CommandLineApp;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Report;
import org.reportingcentre.sample.SampleReports;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.KeyRing;
import org.reportingcentre.store.StoreOptions;
import org.reportingcentre.store.UnlockThrottle;

/**
 * Measures what docs/performance.md reports for the store: time to unlock, import rate for 10,000
 * reports through the real {@code import} command, and database size per 1,000 reports. Not a test:
 * run it by hand (see docs/performance.md), on a quiet machine.
 */
public final class StoreBenchmark {
  private static final String PASSWORD = "benchmark passphrase";

  private StoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path root = Files.createTempDirectory("rc-bench");
    Path data = root.resolve("data");
    StoreOptions options =
        new StoreOptions(
            Clock.systemUTC(),
            new SecureRandom(),
            UnlockThrottle.inMemory(),
            d -> {},
            KeyRing.MIN_ITERATIONS);
    CentreStore.create(data, "TWL", "Benchmark Centre", "amira", PASSWORD.toCharArray(), options)
        .store()
        .close();

    List<Long> unlocks = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      long start = System.nanoTime();
      CentreStore.open(data, "amira", PASSWORD.toCharArray(), options).close();
      unlocks.add((System.nanoTime() - start) / 1_000_000);
    }
    Collections.sort(unlocks);
    long sizeEmpty = Files.size(data.resolve("centre.mv.db"));

    List<Report> reports = SampleReports.generate("TWL", count, 7L);
    Path file = root.resolve("reports.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      new ExchangeFormat().writeAll(reports, out);
    }
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(
            Map.of("REPORTING_CENTRE_HOME", data.toString(), "RC_PASSWORD", PASSWORD),
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            options,
            o -> 0);
    long start = System.nanoTime();
    int code = CommandLineApp.run(context, "import", file.toString());
    double seconds = (System.nanoTime() - start) / 1e9;
    if (code != 0) {
      throw new IllegalStateException("import failed: " + err);
    }
    long size = Files.size(data.resolve("centre.mv.db"));

    System.out.printf(
        "unlock (PBKDF2 600k + H2 open), median of 7: %d ms (min %d, max %d)%n",
        unlocks.get(3), unlocks.get(0), unlocks.get(6));
    System.out.printf(
        "import of %d reports (parse, validate, one transaction): %.1f s = %.0f reports/s%n",
        count, seconds, count / seconds);
    System.out.printf(
        "file of %d reports: %.1f MB; %.2f MB per 1,000 reports (empty store %d KB)%n",
        count, size / 1e6, (size - sizeEmpty) / 1e6 / (count / 1000.0), sizeEmpty / 1024);
    System.out.printf(
        "exchange-format JSON: %.1f MB (%.2f MB per 1,000)%n",
        Files.size(file) / 1e6, Files.size(file) / 1e6 / (count / 1000.0));
  }
}
