package org.reportingcentre.spoc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.reportingcentre.protocol.BatchRequest;
import org.reportingcentre.protocol.BatchResponse;
import org.reportingcentre.protocol.EnrolRequest;
import org.reportingcentre.protocol.EnrolResponse;
import org.reportingcentre.protocol.ErrorBody;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.Protocol;
import org.reportingcentre.report.Report;

/**
 * The real SPOC server on a loopback port over a real H2 file, and a real HTTP client to talk to
 * it. Nothing of the SPOC's own is mocked.
 */
final class SpocTestServer implements AutoCloseable {
  static final MediaType JSON = MediaType.get("application/json");

  final Path dataDir;
  final Clock clock;
  final ExchangeFormat format = new ExchangeFormat();
  final ObjectMapper mapper = format.mapper();
  final OkHttpClient http =
      // Generous timeouts: on a loaded 2-core machine, 40 senders on one H2 file can make an
      // answer wait well past OkHttp's default 10 s read timeout.
      new OkHttpClient.Builder()
          .callTimeout(Duration.ofSeconds(120))
          .readTimeout(Duration.ofSeconds(90))
          .writeTimeout(Duration.ofSeconds(90))
          .retryOnConnectionFailure(false)
          .build();
  private final ServerSettings.Limits limits;
  SpocDatabase database;
  SpocStore store;
  SpocAdmin admin;
  SpocServer server;
  int port;

  SpocTestServer(Path dataDir, Clock clock) {
    this(dataDir, clock, ServerSettings.Limits.protocol());
  }

  SpocTestServer(Path dataDir, Clock clock, ServerSettings.Limits limits) {
    this.dataDir = dataDir;
    this.clock = clock;
    this.limits = limits;
    start();
  }

  private void start() {
    try {
      database = SpocDatabase.open(new StoreLocation.H2Folder(dataDir));
    } catch (SpocStoreException e) {
      throw new IllegalStateException(e);
    }
    store = new JooqSpocStore(database.dsl());
    admin = new SpocAdmin(store, new Secrets(new SecureRandom()), clock);
    server =
        new SpocServer(
            store,
            clock,
            new Secrets(new SecureRandom()),
            new ServerSettings("127.0.0.1", 0, java.util.Optional.empty(), limits));
    port = server.start();
  }

  /** Stops the server and closes the database, then starts both again on the same folder. */
  void restart() {
    close();
    start();
  }

  @Override
  public void close() {
    server.close();
    database.close();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Adds the centre and enrols it over HTTP; returns its token. */
  String enrol(String centreCode) {
    try {
      SpocAdmin.IssuedCode code = admin.addCentre(centreCode, "Centre " + centreCode);
      Answer answer =
          post(
              Protocol.ENROL_PATH,
              null,
              mapper.writeValueAsBytes(new EnrolRequest(centreCode, code.enrolmentCode())),
              Map.of());
      if (answer.status() != 200) {
        throw new IllegalStateException("Enrolment failed: " + answer);
      }
      return answer.as(EnrolResponse.class).token();
    } catch (AdminException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  BatchResponse sendBatch(String token, List<Report> reports) {
    try {
      Answer answer =
          post(
              Protocol.BATCH_PATH,
              token,
              mapper.writeValueAsBytes(BatchRequest.of(reports, format)),
              Map.of());
      if (answer.status() != 200) {
        throw new IllegalStateException("Batch failed: " + answer);
      }
      return answer.as(BatchResponse.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Answer post(String path, String token, byte[] body, Map<String, String> headers) {
    Request.Builder request =
        new Request.Builder().url(url(path)).post(RequestBody.create(body, JSON));
    return call(request, token, headers);
  }

  Answer get(String path, String token) {
    return call(new Request.Builder().url(url(path)).get(), token, Map.of());
  }

  Answer call(Request.Builder request, String token, Map<String, String> headers) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    try (Response response = http.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.body().string(), response.headers(), mapper);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What came back: status, body and headers. */
  record Answer(int status, String body, Headers headers, ObjectMapper mapper) {
    <T> T as(Class<T> type) {
      try {
        return mapper.readValue(body.getBytes(StandardCharsets.UTF_8), type);
      } catch (IOException e) {
        throw new AssertionError("Not a " + type.getSimpleName() + ": " + body, e);
      }
    }

    ErrorBody error() {
      return as(ErrorBody.class);
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
  }
}
