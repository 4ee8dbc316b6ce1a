package org.reportingcentre.spoc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.reportingcentre.protocol.BatchRequest;
import org.reportingcentre.protocol.BatchResponse;
import org.reportingcentre.protocol.EnrolRequest;
import org.reportingcentre.protocol.EnrolResponse;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.ItemResult;
import org.reportingcentre.protocol.Protocol;
import org.reportingcentre.report.Report;

/**
 * Ingest rate of the SPOC: N reports in batches of 100 against the same N one per request, on H2
 * and (when {@code RC_TEST_POSTGRES_URL} is set) PostgreSQL, in one run. A benchmark, not a test:
 * surefire does not run it. See docs/performance.md for how to run it and the results.
 */
public final class IngestBenchmark {
  private static final MediaType JSON = MediaType.get("application/json");
  private final ExchangeFormat format = new ExchangeFormat();
  private final ObjectMapper mapper = format.mapper();
  private final OkHttpClient http =
      new OkHttpClient.Builder().callTimeout(Duration.ofMinutes(2)).build();

  public static void main(String[] args) throws Exception {
    int reports = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    new IngestBenchmark().run(reports, batchSize, rounds);
    System.exit(0);
  }

  private void run(int count, int batchSize, int rounds) throws Exception {
    System.out.printf(
        Locale.ROOT,
        "SPOC ingest: %d reports, batches of %d vs one per request, %d rounds; %d cores, Java %s,"
            + " load average at start %s%n",
        count,
        batchSize,
        rounds,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        loadAverage());
    System.out.println("| round | store | mode | requests | seconds | reports/s |");
    System.out.println("|---|---|---|---:|---:|---:|");
    String postgres = System.getenv("RC_TEST_POSTGRES_URL");
    boolean withPostgres = postgres != null && !postgres.isBlank();
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      // Modes alternate within each round, so a busy spell on a shared machine hits both.
      for (int size : new int[] {batchSize, 1}) {
        record(
            rates,
            "H2 (embedded file)",
            size,
            ingest(round, "H2 (embedded file)", h2Location(), count, size));
        if (withPostgres) {
          record(
              rates,
              "PostgreSQL (loopback)",
              size,
              ingest(round, "PostgreSQL (loopback)", postgresLocation(postgres), count, size));
        }
      }
    }
    if (!withPostgres) {
      System.out.println("(PostgreSQL skipped: RC_TEST_POSTGRES_URL is not set)");
    }
    System.out.println();
    System.out.println("| store | mode | median reports/s | of rounds |");
    System.out.println("|---|---|---:|---|");
    rates.forEach(
        (key, values) ->
            System.out.printf(
                Locale.ROOT,
                "| %s | %.0f | %s |%n",
                key.replace("/", " | "),
                median(values),
                values));
    for (String store : List.of("H2 (embedded file)", "PostgreSQL (loopback)")) {
      List<Double> batched = rates.get(store + "/" + mode(batchSize));
      List<Double> single = rates.get(store + "/" + mode(1));
      if (batched != null && single != null) {
        System.out.printf(
            Locale.ROOT,
            "%s: batches are %.1f times faster than one per request (medians)%n",
            store,
            median(batched) / median(single));
      }
    }
    System.out.println("load average at end " + loadAverage());
  }

  private static void record(Map<String, List<Double>> rates, String store, int size, double rate) {
    rates.computeIfAbsent(store + "/" + mode(size), k -> new ArrayList<>()).add(Math.rint(rate));
  }

  private static String mode(int batchSize) {
    return batchSize == 1 ? "one per request" : "batches of " + batchSize;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private double ingest(int round, String name, StoreLocation location, int count, int batchSize)
      throws Exception {
    try {
      return ingestInto(round, name, location, count, batchSize);
    } finally {
      dropBenchmarkSchema(location);
    }
  }

  private double ingestInto(
      int round, String name, StoreLocation location, int count, int batchSize) throws Exception {
    try (SpocDatabase database = SpocDatabase.open(location)) {
      SpocStore store = new JooqSpocStore(database.dsl());
      SpocAdmin admin = new SpocAdmin(store, new Secrets(new SecureRandom()), Clock.systemUTC());
      try (SpocServer server =
          new SpocServer(
              store,
              Clock.systemUTC(),
              new Secrets(new SecureRandom()),
              ServerSettings.loopback(0))) {
        int port = server.start();
        String base = "http://127.0.0.1:" + port;
        // Warm up the JIT, the pool and the connection on another centre's reports.
        send(base, enrol(base, admin, "WRM"), TestReports.reports("WRM", 0, 500), batchSize);
        List<Report> reports = TestReports.reports("BEN", 0, count);
        String token = enrol(base, admin, "BEN");
        long start = System.nanoTime();
        int requests = send(base, token, reports, batchSize);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (store.reportCount() != count + 500) {
          throw new IllegalStateException("Not every report was stored");
        }
        double rate = count / seconds;
        System.out.printf(
            Locale.ROOT,
            "| %d | %s | %s | %d | %.1f | %.0f |%n",
            round,
            name,
            mode(batchSize),
            requests,
            seconds,
            rate);
        return rate;
      }
    }
  }

  private int send(String base, String token, List<Report> reports, int batchSize)
      throws IOException {
    int requests = 0;
    for (int from = 0; from < reports.size(); from += batchSize) {
      List<Report> batch = reports.subList(from, Math.min(reports.size(), from + batchSize));
      byte[] body = mapper.writeValueAsBytes(BatchRequest.of(batch, format));
      Request request =
          new Request.Builder()
              .url(base + Protocol.BATCH_PATH)
              .header("Authorization", "Bearer " + token)
              .post(RequestBody.create(body, JSON))
              .build();
      try (Response response = http.newCall(request).execute()) {
        BatchResponse answer = mapper.readValue(response.body().bytes(), BatchResponse.class);
        for (ItemResult r : answer.results()) {
          if (!(r instanceof ItemResult.Accepted)) {
            throw new IllegalStateException("Not accepted: " + r);
          }
        }
      }
      requests++;
    }
    return requests;
  }

  private String enrol(String base, SpocAdmin admin, String centre) throws Exception {
    SpocAdmin.IssuedCode code = admin.addCentre(centre, "Benchmark " + centre);
    Request request =
        new Request.Builder()
            .url(base + Protocol.ENROL_PATH)
            .post(
                RequestBody.create(
                    mapper.writeValueAsBytes(new EnrolRequest(centre, code.enrolmentCode())), JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      return mapper.readValue(response.body().bytes(), EnrolResponse.class).token();
    }
  }

  private static void dropBenchmarkSchema(StoreLocation location) throws Exception {
    if (location instanceof StoreLocation.Jdbc jdbc) {
      int at = jdbc.url().indexOf("&currentSchema=");
      String schema = jdbc.url().substring(at + "&currentSchema=".length());
      try (Connection c = DriverManager.getConnection(jdbc.url().substring(0, at));
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static StoreLocation h2Location() throws IOException {
    return new StoreLocation.H2Folder(Files.createTempDirectory("spoc-bench-"));
  }

  private static StoreLocation postgresLocation(String url) throws Exception {
    String schema = "spoc_bench_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return new StoreLocation.Jdbc(
        url + "&currentSchema=" + schema, Optional.empty(), Optional.empty());
  }
}
