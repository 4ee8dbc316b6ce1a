package org.reportingcentre.sync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.reportingcentre.centre.ReferralService;
import org.reportingcentre.protocol.ErrorBody;
import org.reportingcentre.protocol.Protocol;
import org.reportingcentre.protocol.ReferralItem;
import org.reportingcentre.protocol.ReferralRequest;
import org.reportingcentre.protocol.ReferralResponse;
import org.reportingcentre.protocol.ReferralResult;
import org.reportingcentre.report.Problem;
import org.reportingcentre.store.Referral;
import org.reportingcentre.store.ReferralAnswer;
import org.reportingcentre.store.SpocLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the referrals waiting at the centre to the SPOC ({@code POST /api/v1/referrals}) after the
 * reports, and records each answer. A referral is marked sent only with the SPOC's receipt; a
 * failure, a 5xx or an answer that is not the SPOC's JSON marks nothing, and the next sync sends
 * the same referrals again (the SPOC answers a resend with the original receipt).
 */
public final class ReferralSender {
  private static final Logger LOG = LoggerFactory.getLogger(ReferralSender.class);
  private static final MediaType JSON = MediaType.get("application/json");

  private final ReferralService referrals;
  private final OkHttpClient http;
  private final ObjectMapper mapper;

  private int received;
  private int refused;

  public ReferralSender(ReferralService referrals, OkHttpClient http, ObjectMapper mapper) {
    this.referrals = referrals;
    this.http = http;
    this.mapper = mapper;
  }

  /**
   * Sends every waiting referral, in groups the SPOC takes.
   *
   * @return how many the SPOC now holds; referrals whose report it does not hold yet stay waiting
   */
  public int send(SpocLink link) throws SyncException {
    List<Referral> waiting = referrals.waiting();
    int held = 0;
    for (int i = 0; i < waiting.size(); i += Protocol.MAX_REFERRALS_PER_REQUEST) {
      List<Referral> group =
          waiting.subList(i, Math.min(waiting.size(), i + Protocol.MAX_REFERRALS_PER_REQUEST));
      List<ReferralAnswer> answers = answers(group, post(link, group));
      referrals.record(answers);
      int nowHeld =
          (int) answers.stream().filter(a -> a instanceof ReferralAnswer.Received).count();
      held += nowHeld;
      received += nowHeld;
      refused += answers.size() - nowHeld;
    }
    if (!waiting.isEmpty()) {
      LOG.info("Referrals: {} sent, {} held by the SPOC now", waiting.size(), held);
    }
    return held;
  }

  /**
   * How many referrals the SPOC has taken so far through this sender, counting the groups answered
   * before a failure stopped it.
   */
  public int received() {
    return received;
  }

  /** How many the SPOC has refused so far through this sender (a person must look at them). */
  public int refused() {
    return refused;
  }

  private ReferralResponse post(SpocLink link, List<Referral> group) throws SyncException {
    HttpUrl base = SpocClient.parseAddress(link.baseUrl());
    String address = base.scheme() + "://" + base.host() + ":" + base.port();
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(new ReferralRequest(group.stream().map(this::item).toList()));
    } catch (IOException e) {
      throw new IllegalStateException("A referral request could not be written", e);
    }
    Request request =
        new Request.Builder()
            .url(base.newBuilder().encodedPath(Protocol.REFERRALS_PATH).build())
            .header(Protocol.VERSION_HEADER, String.valueOf(Protocol.VERSION))
            .header("Authorization", "Bearer " + link.token())
            .post(RequestBody.create(body, JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      int status = response.code();
      boolean json =
          response.header("Content-Type", "").toLowerCase(Locale.ROOT).startsWith(JSON.toString());
      byte[] answer = response.body().bytes();
      if (status == 200 && json) {
        return read(answer, ReferralResponse.class)
            .filter(r -> r.results().size() == group.size())
            .orElseThrow(
                () -> new SyncException.NotASpoc(address, "its answer was not the SPOC's"));
      }
      if (status >= 500) {
        throw new SyncException.ServerError(status);
      }
      if (status == 401) {
        throw new SyncException.Unauthorised();
      }
      Optional<ErrorBody> error = json ? read(answer, ErrorBody.class) : Optional.empty();
      if (error.isEmpty()) {
        throw new SyncException.NotASpoc(address, "HTTP " + status + " without the SPOC's answer");
      }
      if (status == 404) {
        // A SPOC without this endpoint speaks an older version of the protocol.
        throw new SyncException.WrongVersion(
            Optional.ofNullable(response.header(Protocol.VERSION_HEADER)).orElse("(older)"),
            Protocol.VERSION);
      }
      if (status == 413) {
        throw new SyncException.TooLarge(error.get().limit(), error.get().message());
      }
      throw new SyncException.Refused(status, error.get().message());
    } catch (IOException e) {
      throw new SyncException.Unreachable(address, e);
    }
  }

  private <T> Optional<T> read(byte[] json, Class<T> type) {
    try {
      return Optional.ofNullable(
          mapper
              .readerFor(type)
              .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(json));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private ReferralItem item(Referral r) {
    return new ReferralItem(
        r.id(),
        r.reportId(),
        r.reference().toString(),
        r.serviceId(),
        r.consent(),
        r.madeAt(),
        r.madeBy());
  }

  /**
   * Each result matched to the referral at its index. A result for another id proves nothing, and
   * "report not held yet" leaves the referral waiting for the next sync.
   */
  static List<ReferralAnswer> answers(List<Referral> group, ReferralResponse response) {
    Map<UUID, Referral> byId =
        group.stream().collect(Collectors.toMap(Referral::id, Function.identity()));
    List<ReferralAnswer> answers = new ArrayList<>();
    for (ReferralResult result : response.results()) {
      int index = result.index();
      if (index < 0
          || index >= group.size()
          || !group.get(index).id().equals(result.referralId())
          || !byId.containsKey(result.referralId())) {
        continue;
      }
      UUID id = result.referralId();
      if (result instanceof ReferralResult.Accepted a) {
        answers.add(new ReferralAnswer.Received(id, a.receiptId(), a.receivedAt()));
      } else if (result instanceof ReferralResult.Duplicate d) {
        answers.add(new ReferralAnswer.Received(id, d.receiptId(), d.receivedAt()));
      } else if (result instanceof ReferralResult.Conflict c) {
        answers.add(new ReferralAnswer.Refused(id, c.message()));
      } else if (result instanceof ReferralResult.Rejected r) {
        answers.add(
            new ReferralAnswer.Refused(
                id, r.problems().stream().map(Problem::message).collect(Collectors.joining(" "))));
      }
    }
    return answers;
  }
}
