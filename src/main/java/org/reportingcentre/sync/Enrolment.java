package org.reportingcentre.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.reportingcentre.centre.SyncStateService;
import org.reportingcentre.protocol.EnrolResponse;
import org.reportingcentre.protocol.Health;
import org.reportingcentre.store.SpocLink;
import org.reportingcentre.store.StoreException;

/**
 * Enrols the centre with a SPOC: checks the address really is a SPOC of this protocol version,
 * exchanges the one-time code for the token, and keeps the token in the encrypted store.
 */
public final class Enrolment {
  private final SyncStateService state;
  private final OkHttpClient http;
  private final ObjectMapper mapper;
  private final Clock clock;

  public Enrolment(SyncStateService state, OkHttpClient http, ObjectMapper mapper, Clock clock) {
    this.state = state;
    this.http = http;
    this.mapper = mapper;
    this.clock = clock;
  }

  /** The SPOC this centre sends to now, if any. */
  public Optional<SpocLink> current() {
    return state.link();
  }

  /**
   * Checks an address before enrolling: it must be a SPOC speaking this protocol version.
   *
   * @return the SPOC's health answer (its server id and protocol version)
   */
  public Health check(String address) throws SyncException {
    return new SpocClient(http, SpocClient.parseAddress(address), Optional.empty(), mapper)
        .health();
  }

  /**
   * @param address the SPOC's address as typed
   * @param enrolmentCode as the SPOC printed it; the caller wipes it afterwards
   * @param actor who enrols, for the record
   */
  public SpocLink enrol(String address, String centreCode, char[] enrolmentCode, String actor)
      throws SyncException, StoreException.NotAllowed {
    HttpUrl base = SpocClient.parseAddress(address);
    SpocClient client = new SpocClient(http, base, Optional.empty(), mapper);
    Health health = client.health();
    EnrolResponse answer = client.enrol(centreCode, enrolmentCode);
    if (!answer.serverId().equals(health.serverId())) {
      throw new SyncException.NotASpoc(
          client.address(), "its health check and its enrolment came from different SPOCs");
    }
    SpocLink link =
        new SpocLink(
            client.address(),
            answer.serverId(),
            answer.centreName(),
            answer.token(),
            clock.instant(),
            actor);
    state.saveLink(link);
    return link;
  }
}
