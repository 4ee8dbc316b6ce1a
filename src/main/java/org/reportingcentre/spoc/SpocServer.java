package org.reportingcentre.spoc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.reportingcentre.protocol.BatchRequest;
import org.reportingcentre.protocol.BatchResponse;
import org.reportingcentre.protocol.Directory;
import org.reportingcentre.protocol.DirectoryDocument;
import org.reportingcentre.protocol.EnrolRequest;
import org.reportingcentre.protocol.EnrolResponse;
import org.reportingcentre.protocol.ErrorBody;
import org.reportingcentre.protocol.ErrorCode;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.ExchangeFormatException;
import org.reportingcentre.protocol.Health;
import org.reportingcentre.protocol.ItemResult;
import org.reportingcentre.protocol.OutcomeChange;
import org.reportingcentre.protocol.OutcomesPage;
import org.reportingcentre.protocol.Protocol;
import org.reportingcentre.protocol.ReferralRequest;
import org.reportingcentre.protocol.ReferralResponse;
import org.reportingcentre.protocol.ReferralResult;
import org.reportingcentre.report.Outcome;
import org.reportingcentre.report.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SPOC's HTTP API (see {@code docs/protocol.md}). Stateless over its store, so several can run
 * on one database. Logs ids and counts, never the content of a report.
 */
public final class SpocServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SpocServer.class);
  private static final String JSON = "application/json";
  private static final Pattern CURSOR = Pattern.compile("[0-9]{1,18}");
  private static final int MAX_ENROL_BYTES = 4 * 1024;
  private static final int MAX_TOKEN_LENGTH = 200;

  private final SpocStore store;
  private final Clock clock;
  private final Secrets secrets;
  private final ServerSettings settings;
  private final ObjectMapper mapper;
  private final ObjectReader strictReader;
  private final ReportIntake intake;
  private final ReferralIntake referralIntake;
  private final String serverId;
  private Javalin app;

  public SpocServer(SpocStore store, Clock clock, Secrets secrets, ServerSettings settings) {
    this.store = store;
    this.clock = clock;
    this.secrets = secrets;
    this.settings = settings;
    ExchangeFormat format = new ExchangeFormat();
    this.mapper = format.mapper();
    // Two values for one field is how a report could say one thing to one reader and another to
    // the next: refuse it.
    this.strictReader = mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    this.intake = new ReportIntake(store, format, secrets, clock);
    this.referralIntake = new ReferralIntake(store, format, secrets, clock);
    this.serverId = store.serverId();
  }

  /** Starts listening; returns the port (useful with port 0). */
  public synchronized int start() {
    if (app != null) {
      throw new IllegalStateException("The SPOC server is already running");
    }
    QuietLogs.apply();
    app = Javalin.create(this::configure);
    app.start(settings.host(), settings.port());
    LOG.info(
        "SPOC {} listening on {}:{} ({})",
        serverId,
        settings.host(),
        app.port(),
        settings.tls().isPresent() ? "https" : "http");
    return app.port();
  }

  public synchronized int port() {
    return app.port();
  }

  @Override
  public synchronized void close() {
    if (app != null) {
      app.stop();
      app = null;
    }
  }

  private void configure(io.javalin.config.JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.prefer405over404 = true;
    settings
        .tls()
        .ifPresent(
            tls ->
                config.jetty.addConnector(
                    (server, http) -> {
                      http.addCustomizer(new SecureRequestCustomizer(false));
                      SslContextFactory.Server ssl = new SslContextFactory.Server();
                      ssl.setKeyStorePath(tls.keystore().toString());
                      ssl.setKeyStorePassword(new String(tls.password()));
                      ServerConnector connector =
                          new ServerConnector(server, ssl, new HttpConnectionFactory(http));
                      connector.setHost(settings.host());
                      connector.setPort(settings.port());
                      return connector;
                    }));
    config.routes.before(this::everyRequest);
    config.routes.get(Protocol.HEALTH_PATH, this::health);
    config.routes.post(Protocol.ENROL_PATH, this::enrol);
    config.routes.post(Protocol.BATCH_PATH, this::batch);
    config.routes.get(Protocol.OUTCOMES_PATH, this::outcomes);
    config.routes.get(Protocol.DIRECTORY_PATH, this::directory);
    config.routes.post(Protocol.REFERRALS_PATH, this::referrals);
    config.routes.exception(ApiException.class, (e, ctx) -> reply(ctx, e.status(), e.body()));
    config.routes.exception(HttpResponseException.class, this::frameworkError);
    config.routes.exception(Exception.class, this::unexpected);
    config.routes.error(404, ctx -> notFound(ctx));
    config.routes.error(405, ctx -> methodNotAllowed(ctx));
  }

  private void everyRequest(Context ctx) {
    ctx.header(Protocol.VERSION_HEADER, Integer.toString(Protocol.VERSION));
    ctx.header("Cache-Control", "no-store");
    String version = ctx.header(Protocol.VERSION_HEADER);
    if (version != null && !version.strip().equals(Integer.toString(Protocol.VERSION))) {
      throw new ApiException(
          ErrorCode.PROTOCOL_VERSION,
          "This SPOC speaks protocol version "
              + Protocol.VERSION
              + ", but the centre speaks version "
              + shorten(version.strip(), 10)
              + ". Update the Reporting Centre application (or the SPOC) so they match.");
    }
  }

  private void health(Context ctx) {
    reply(ctx, 200, new Health(Protocol.SERVICE_NAME, Protocol.VERSION, serverId, clock.instant()));
  }

  private void enrol(Context ctx) throws IOException {
    requireJson(ctx);
    byte[] body =
        RequestBodies.read(
            ctx.req().getInputStream(),
            ctx.header("Content-Encoding"),
            ctx.req().getContentLengthLong(),
            MAX_ENROL_BYTES,
            MAX_ENROL_BYTES);
    EnrolRequest request;
    try {
      request = strictReader.readValue(body, EnrolRequest.class);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(
          "An enrolment request is {\"centreCode\": \"TWL\", \"enrolmentCode\": \"XXXX-XXXX-XXXX\"}.",
          List.of());
    }
    if (!Reference.isValidCentreCode(request.centreCode())) {
      throw ApiException.badRequest(
          "The centre code must be 2 to 6 capital letters, like TWL.", List.of());
    }
    String code = Secrets.normaliseEnrolmentCode(request.enrolmentCode());
    String token = secrets.newToken();
    Optional<String> centreName =
        code.length() > 64
            ? Optional.empty()
            : store.redeemEnrolmentCode(
                request.centreCode(), Secrets.sha256(code), Secrets.sha256(token), clock.instant());
    if (centreName.isEmpty()) {
      LOG.info("Enrolment refused for centre {}", request.centreCode());
      throw new ApiException(
          ErrorCode.ENROLMENT_REFUSED,
          "This enrolment code does not work for centre "
              + request.centreCode()
              + ": it may be mistyped, already used, withdrawn or out of date. Ask the SPOC for a"
              + " new code.");
    }
    LOG.info("Centre {} enrolled", request.centreCode());
    reply(ctx, 200, new EnrolResponse(request.centreCode(), centreName.get(), token, serverId));
  }

  /** The JSON body of a centre's POST, within the byte limits (gzip undone). */
  private JsonNode limitedJsonBody(Context ctx) throws IOException {
    requireJson(ctx);
    ServerSettings.Limits limits = settings.limits();
    return readJson(
        RequestBodies.read(
            ctx.req().getInputStream(),
            ctx.header("Content-Encoding"),
            ctx.req().getContentLengthLong(),
            limits.maxRequestBytes(),
            limits.maxJsonBytes()));
  }

  private void batch(Context ctx) throws IOException {
    String centre = authenticate(ctx);
    BatchRequest batch;
    try {
      batch = BatchRequest.read(limitedJsonBody(ctx));
    } catch (ExchangeFormatException e) {
      throw ApiException.badRequest(e.getMessage(), List.of());
    }
    List<JsonNode> items = batch.reports();
    ServerSettings.Limits limits = settings.limits();
    if (items.size() > limits.maxReportsPerBatch()) {
      throw ApiException.tooLarge(
          "This batch has "
              + items.size()
              + " reports; the SPOC takes at most "
              + limits.maxReportsPerBatch()
              + " in one batch. Send them in smaller batches.",
          limits.maxReportsPerBatch());
    }
    List<ItemResult> results = intake.take(centre, items);
    logBatch(centre, results);
    reply(ctx, 200, new BatchResponse(results));
  }

  /** Same authentication and limits as a batch; each referral answered on its own. */
  private void referrals(Context ctx) throws IOException {
    String centre = authenticate(ctx);
    JsonNode root = limitedJsonBody(ctx);
    ReferralRequest request;
    try {
      request = strictReader.treeToValue(root, ReferralRequest.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw ApiException.badRequest(
          "A referral request is {\"referrals\": [ … ]}, each with referralId, reportId,"
              + " reference, serviceId, consent, madeAt and madeBy (see docs/protocol.md).",
          List.of());
    }
    if (request.referrals().size() > Protocol.MAX_REFERRALS_PER_REQUEST) {
      throw ApiException.tooLarge(
          "This request has "
              + request.referrals().size()
              + " referrals; the SPOC takes at most "
              + Protocol.MAX_REFERRALS_PER_REQUEST
              + " at once. Send them in smaller groups.",
          Protocol.MAX_REFERRALS_PER_REQUEST);
    }
    List<ReferralResult> results = referralIntake.take(centre, request.referrals());
    LOG.info(
        "Referrals from centre {}: {} sent, {} held now",
        centre,
        results.size(),
        results.stream()
            .filter(
                r -> r instanceof ReferralResult.Accepted || r instanceof ReferralResult.Duplicate)
            .count());
    reply(ctx, 200, new ReferralResponse(results));
  }

  private void outcomes(Context ctx) {
    String centre = authenticate(ctx);
    String since = Optional.ofNullable(ctx.queryParam("since")).orElse("0");
    if (!CURSOR.matcher(since).matches()) {
      throw ApiException.badRequest(
          "The cursor \""
              + shorten(since, 20)
              + "\" is not one this SPOC gave. Start again without ?since to get every outcome.",
          List.of());
    }
    int limit = Protocol.DEFAULT_OUTCOMES_PER_PAGE;
    String asked = ctx.queryParam("limit");
    if (asked != null) {
      if (!asked.matches("[0-9]{1,4}")
          || Integer.parseInt(asked) < 1
          || Integer.parseInt(asked) > Protocol.MAX_OUTCOMES_PER_PAGE) {
        throw ApiException.badRequest(
            "limit must be a whole number from 1 to " + Protocol.MAX_OUTCOMES_PER_PAGE + ".",
            List.of());
      }
      limit = Integer.parseInt(asked);
    }
    long after = Long.parseLong(since);
    List<SpocStore.StoredOutcome> found = store.outcomesAfter(centre, after, limit + 1);
    boolean more = found.size() > limit;
    List<SpocStore.StoredOutcome> page = more ? found.subList(0, limit) : found;
    List<OutcomeChange> changes =
        page.stream()
            .map(
                o ->
                    new OutcomeChange(
                        o.reportId(),
                        o.reference(),
                        new Outcome(
                            o.status(),
                            List.of(),
                            List.of(),
                            o.closedOn(),
                            o.messageForVictim(),
                            o.changedAt())))
            .toList();
    String next = page.isEmpty() ? since : Long.toString(page.get(page.size() - 1).seq());
    LOG.info("Outcomes for centre {}: {} changes", centre, changes.size());
    reply(ctx, 200, new OutcomesPage(changes, next, more));
  }

  private void directory(Context ctx) throws IOException {
    authenticate(ctx);
    Optional<SpocStore.PublishedDirectory> current = store.currentDirectory();
    int version = current.map(SpocStore.PublishedDirectory::version).orElse(0);
    String etag = "\"directory-" + version + "\"";
    ctx.header("ETag", etag);
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    Directory directory =
        current
            .map(
                d -> {
                  try {
                    DirectoryDocument document =
                        mapper.readValue(d.directoryJson(), DirectoryDocument.class);
                    return new Directory(d.version(), d.publishedAt(), document.services());
                  } catch (JsonProcessingException e) {
                    throw new IllegalStateException("A stored directory cannot be read", e);
                  }
                })
            .orElse(new Directory(0, java.time.Instant.EPOCH, List.of()));
    reply(ctx, 200, directory);
  }

  /** The calling centre's code, from its bearer token. */
  private String authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(
          ErrorCode.UNAUTHORISED,
          "This needs the centre's token: send Authorization: Bearer <token>. A centre gets its"
              + " token by enrolling.");
    }
    String[] parts = header.strip().split("\\s+", 2);
    if (parts.length != 2
        || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")
        || parts[1].length() > MAX_TOKEN_LENGTH) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(
          ErrorCode.UNAUTHORISED,
          "The Authorization header must be Bearer followed by the centre's token.");
    }
    Optional<String> centre = store.centreForToken(Secrets.sha256(parts[1]));
    if (centre.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new ApiException(
          ErrorCode.UNAUTHORISED,
          "This token is not valid here, or it was revoked. Ask the SPOC for a new enrolment"
              + " code and enrol the centre again.");
    }
    return centre.get();
  }

  private static void requireJson(Context ctx) {
    String type = ctx.header("Content-Type");
    if (type != null && !type.toLowerCase(Locale.ROOT).strip().startsWith(JSON)) {
      throw new ApiException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "The body must be JSON, sent as Content-Type: application/json, not "
              + shorten(type, 40)
              + ".");
    }
  }

  private JsonNode readJson(byte[] body) {
    if (body.length == 0) {
      throw ApiException.badRequest("The body is empty: send {\"reports\": [ … ]}.", List.of());
    }
    try {
      JsonNode root = strictReader.readTree(body);
      if (root == null || root.isMissingNode()) {
        throw ApiException.badRequest("The body is empty: send {\"reports\": [ … ]}.", List.of());
      }
      return root;
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw ApiException.badRequest(
          "The body is not valid JSON" + where + ": " + reason(e), List.of());
    } catch (IOException e) {
      throw ApiException.badRequest("The body could not be read as JSON.", List.of());
    }
  }

  /** Jackson's reason, first line only and without echoing the body back. */
  private static String reason(JsonProcessingException e) {
    String reason = Optional.ofNullable(e.getOriginalMessage()).orElse("it could not be read");
    int cut = reason.indexOf('\n');
    reason = cut > 0 ? reason.substring(0, cut) : reason;
    reason = reason.replaceAll(", from `[^`]*`", "");
    return shorten(reason, 200);
  }

  private void frameworkError(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    if (status == 404) {
      notFound(ctx);
    } else if (status == 405) {
      methodNotAllowed(ctx);
    } else if (status == 413) {
      reply(
          ctx,
          413,
          new ErrorBody(
              ErrorCode.TOO_LARGE.code(),
              "The request is larger than the SPOC takes.",
              Optional.of(settings.limits().maxRequestBytes()),
              List.of()));
    } else {
      reply(
          ctx,
          status,
          ErrorBody.of(
              status >= 500 ? ErrorCode.SERVER_ERROR : ErrorCode.BAD_REQUEST,
              "The SPOC could not take this request (HTTP " + status + ")."));
    }
  }

  private void notFound(Context ctx) {
    // Javalin calls the 404 error handler after the exception mapper too: answer only once.
    if (ctx.statusCode() == 404 && ctx.result() != null && ctx.result().contains("\"error\"")) {
      return;
    }
    reply(
        ctx,
        404,
        ErrorBody.of(
            ErrorCode.NOT_FOUND,
            "There is nothing at this address. This SPOC speaks protocol version "
                + Protocol.VERSION
                + " under "
                + Protocol.API_PREFIX
                + "/; see "
                + Protocol.HEALTH_PATH
                + "."));
  }

  private void methodNotAllowed(Context ctx) {
    reply(
        ctx,
        405,
        ErrorBody.of(
            ErrorCode.METHOD_NOT_ALLOWED,
            "This address does not take " + ctx.method() + " requests; see docs/protocol.md."));
  }

  private void unexpected(Exception e, Context ctx) {
    // Class names only: a database message can quote the values it choked on.
    LOG.error("Request to {} failed: {}", ctx.path(), causeChain(e));
    reply(
        ctx,
        ErrorCode.SERVER_ERROR.status(),
        ErrorBody.of(
            ErrorCode.SERVER_ERROR,
            "The SPOC could not do this just now. Nothing was half-done: send the same request"
                + " again later."));
  }

  private void reply(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType(JSON).result(mapper.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A SPOC answer could not be written as JSON", e);
    }
  }

  private static void logBatch(String centre, List<ItemResult> results) {
    long accepted = results.stream().filter(r -> r instanceof ItemResult.Accepted).count();
    long duplicate = results.stream().filter(r -> r instanceof ItemResult.Duplicate).count();
    long conflict = results.stream().filter(r -> r instanceof ItemResult.Conflict).count();
    long rejected = results.stream().filter(r -> r instanceof ItemResult.Rejected).count();
    LOG.info(
        "Batch from centre {}: {} reports, {} accepted, {} duplicate, {} conflict, {} rejected",
        centre,
        results.size(),
        accepted,
        duplicate,
        conflict,
        rejected);
  }

  private static String causeChain(Throwable e) {
    StringBuilder chain = new StringBuilder(e.getClass().getName());
    Throwable cause = e.getCause();
    for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
      chain.append(" <- ").append(cause.getClass().getName());
      if (cause instanceof java.sql.SQLException sql) {
        chain.append(" (SQLState ").append(sql.getSQLState()).append(')');
      }
    }
    return chain.toString();
  }

  private static String shorten(String text, int max) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= max ? clean : clean.substring(0, max) + "…";
  }
}
