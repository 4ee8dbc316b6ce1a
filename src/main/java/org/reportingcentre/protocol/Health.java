package org.reportingcentre.protocol;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer to {@code GET /api/v1/health}: lets a centre make sure it is talking to a SPOC, and to
 * one that speaks its protocol version, before it sends anything.
 *
 * @param service always {@link Protocol#SERVICE_NAME}
 * @param serverId stable for one SPOC database, shared by every instance in front of it
 */
public record Health(String service, int protocolVersion, String serverId, Instant time) {
  public Health {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(serverId, "serverId");
    Objects.requireNonNull(time, "time");
  }

  /** True when this really is a SPOC speaking the protocol version of this build. */
  public boolean matchesThisBuild() {
    return Protocol.SERVICE_NAME.equals(service) && protocolVersion == Protocol.VERSION;
  }
}
