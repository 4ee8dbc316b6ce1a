package org.reportingcentre.sync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.reportingcentre.protocol.BatchRequest;
import org.reportingcentre.protocol.BatchResponse;
import org.reportingcentre.protocol.Directory;
import org.reportingcentre.protocol.EnrolRequest;
import org.reportingcentre.protocol.EnrolResponse;
import org.reportingcentre.protocol.ErrorBody;
import org.reportingcentre.protocol.Health;
import org.reportingcentre.protocol.OutcomesPage;
import org.reportingcentre.protocol.Protocol;
import org.reportingcentre.store.QueuedReport;

/**
 * The centre's half of the wire (docs/protocol.md): one call per endpoint, each answer either the
 * protocol's record or a typed {@link SyncException}. A 200 counts only when its body is the JSON
 * the protocol promises. Never logs a token or a report.
 */
public final class SpocClient {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

  private final OkHttpClient http;
  private final HttpUrl base;
  private final Optional<String> token;
  private final ObjectMapper mapper;

  /**
   * @param http the application's one client, with its timeouts
   * @param base the SPOC's address, such as {@code https://spoc.example:8470}
   * @param token the centre's bearer token; empty before enrolment
   */
  public SpocClient(OkHttpClient http, HttpUrl base, Optional<String> token, ObjectMapper mapper) {
    this.http = Objects.requireNonNull(http);
    this.base = Objects.requireNonNull(base);
    this.token = Objects.requireNonNull(token);
    this.mapper = Objects.requireNonNull(mapper);
  }

  /** Parses an address as a manager typed it, or says plainly why it is not one. */
  public static HttpUrl parseAddress(String typed) {
    HttpUrl url = HttpUrl.parse(typed == null ? "" : typed.strip());
    if (url == null) {
      throw new IllegalArgumentException(
          "The SPOC address must start with https:// (or http:// on this computer), such as"
              + " https://spoc.example.org:8470.");
    }
    return url;
  }

  public String address() {
    return base.scheme() + "://" + base.host() + ":" + base.port();
  }

  /** Checks that the address is a SPOC speaking this build's protocol version. */
  public Health health() throws SyncException {
    Request request = request(Protocol.HEALTH_PATH, false).get().build();
    Health health = call(request, Health.class, c -> {});
    if (!Protocol.SERVICE_NAME.equals(health.service())) {
      throw new SyncException.NotASpoc(address(), "it calls itself something else");
    }
    if (health.protocolVersion() != Protocol.VERSION) {
      throw new SyncException.WrongVersion(
          String.valueOf(health.protocolVersion()), Protocol.VERSION);
    }
    return health;
  }

  /** Exchanges a one-time enrolment code for the centre's token. */
  public EnrolResponse enrol(String centreCode, char[] enrolmentCode) throws SyncException {
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(new EnrolRequest(centreCode, new String(enrolmentCode)));
    } catch (IOException e) {
      throw new IllegalStateException("The enrolment request could not be written", e);
    }
    Request request =
        request(Protocol.ENROL_PATH, false).post(RequestBody.create(body, JSON)).build();
    return call(request, EnrolResponse.class, c -> {});
  }

  /**
   * Sends reports as one batch, gzip, exactly as stored.
   *
   * @param onCall receives the call before it runs, so a person can cancel it
   */
  public BatchResponse sendBatch(List<QueuedReport> reports, Consumer<Call> onCall)
      throws SyncException {
    return sendBatch(gzip(batchJson(reports)), onCall);
  }

  /** Sends a batch already made into gzip by {@link #batchJson} and {@link #gzip}. */
  public BatchResponse sendBatch(byte[] gzip, Consumer<Call> onCall) throws SyncException {
    Request request =
        request(Protocol.BATCH_PATH, true)
            .header("Content-Encoding", "gzip")
            .post(RequestBody.create(gzip, JSON))
            .build();
    return call(request, BatchResponse.class, onCall);
  }

  /** The JSON of a batch: the stored documents as they are ({@link BatchRequest#json}). */
  static byte[] batchJson(List<QueuedReport> reports) {
    return BatchRequest.json(reports.stream().map(QueuedReport::document).toList());
  }

  static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
    // The fastest level: it still shrinks report JSON about five times, at a fraction of the CPU.
    try (GZIPOutputStream zip =
        new GZIPOutputStream(out, 65536) {
          {
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
          }
        }) {
      zip.write(plain);
    } catch (IOException e) {
      throw new IllegalStateException("gzip failed in memory", e);
    }
    return out.toByteArray();
  }

  /** One page of outcome changes after the cursor (from the start when empty). */
  public OutcomesPage outcomes(Optional<String> since) throws SyncException {
    HttpUrl.Builder url = url(Protocol.OUTCOMES_PATH).newBuilder();
    since.ifPresent(s -> url.addQueryParameter("since", s));
    url.addQueryParameter("limit", String.valueOf(Protocol.MAX_OUTCOMES_PER_PAGE));
    Request request = authorised(new Request.Builder().url(url.build())).get().build();
    return call(request, OutcomesPage.class, c -> {});
  }

  /** The directory, or empty when it has not changed since the ETag given. */
  public Optional<FetchedDirectory> directory(Optional<String> etag) throws SyncException {
    Request.Builder builder = request(Protocol.DIRECTORY_PATH, true).get();
    etag.ifPresent(e -> builder.header("If-None-Match", e));
    Request request = builder.build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() == 304) {
        return Optional.empty();
      }
      Directory directory = read(response, Directory.class);
      return Optional.of(
          new FetchedDirectory(directory, Optional.ofNullable(response.header("ETag"))));
    } catch (IOException e) {
      throw new SyncException.Unreachable(address(), e);
    }
  }

  /** A directory as fetched, with the ETag to send next time. */
  public record FetchedDirectory(Directory directory, Optional<String> etag) {}

  private Request.Builder request(String path, boolean withToken) {
    Request.Builder builder = new Request.Builder().url(url(path));
    return withToken ? authorised(builder) : builder.header(Protocol.VERSION_HEADER, "1");
  }

  private Request.Builder authorised(Request.Builder builder) {
    builder.header(Protocol.VERSION_HEADER, String.valueOf(Protocol.VERSION));
    token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
    return builder;
  }

  private HttpUrl url(String path) {
    return base.newBuilder().encodedPath(path).build();
  }

  private <T> T call(Request request, Class<T> type, Consumer<Call> onCall) throws SyncException {
    Call call = http.newCall(request);
    onCall.accept(call);
    try (Response response = call.execute()) {
      return read(response, type);
    } catch (InterruptedIOException e) {
      if (call.isCanceled()) {
        throw new SyncException.Cancelled();
      }
      throw new SyncException.Unreachable(address(), e);
    } catch (IOException e) {
      if (call.isCanceled()) {
        throw new SyncException.Cancelled();
      }
      throw new SyncException.Unreachable(address(), e);
    }
  }

  /** The body as the protocol's record, or the typed failure that the status and body say. */
  private <T> T read(Response response, Class<T> type) throws IOException, SyncException {
    int status = response.code();
    byte[] body = bytes(response.body());
    if (status == 200) {
      if (!isJson(response)) {
        throw new SyncException.NotASpoc(address(), "the answer was not JSON");
      }
      try {
        return mapper
            .readerFor(type)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue(body);
      } catch (IOException | RuntimeException e) {
        throw new SyncException.NotASpoc(address(), "the answer was not the SPOC's JSON");
      }
    }
    Optional<ErrorBody> error = errorBody(response, body);
    String message = error.map(ErrorBody::message).orElse("no explanation was given");
    if (status >= 500) {
      throw new SyncException.ServerError(status);
    }
    if (status == 401 || status == 403) {
      if (error.filter(e -> "enrolment-refused".equals(e.error())).isPresent()) {
        throw new SyncException.EnrolmentRefused(message);
      }
      throw new SyncException.Unauthorised();
    }
    if (status == 413) {
      throw new SyncException.TooLarge(error.flatMap(ErrorBody::limit), message);
    }
    if (status == 400 && error.filter(e -> "protocol-version".equals(e.error())).isPresent()) {
      throw new SyncException.WrongVersion(
          Optional.ofNullable(response.header(Protocol.VERSION_HEADER)).orElse("(unknown)"),
          Protocol.VERSION);
    }
    if (error.isEmpty()) {
      throw new SyncException.NotASpoc(address(), "HTTP " + status + " without the SPOC's answer");
    }
    if (status == 404) {
      throw new SyncException.WrongVersion(
          Optional.ofNullable(response.header(Protocol.VERSION_HEADER)).orElse("(another)"),
          Protocol.VERSION);
    }
    throw new SyncException.Refused(status, message);
  }

  private Optional<ErrorBody> errorBody(Response response, byte[] body) {
    if (!isJson(response)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          mapper
              .readerFor(ErrorBody.class)
              .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(body));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean isJson(Response response) {
    String type = response.header("Content-Type", "");
    return type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
  }

  private static byte[] bytes(ResponseBody body) throws IOException {
    if (body.contentLength() > MAX_ANSWER_BYTES) {
      throw new IOException("answer too large");
    }
    return body.bytes();
  }
}
