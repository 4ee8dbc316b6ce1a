package org.reportingcentre.protocol;

import java.util.Objects;

/**
 * The centre's bearer token. It is shown this once; the SPOC keeps only its hash.
 *
 * @param token send as {@code Authorization: Bearer <token>} on every other call
 */
public record EnrolResponse(String centreCode, String centreName, String token, String serverId) {
  public EnrolResponse {
    Objects.requireNonNull(centreCode, "centreCode");
    Objects.requireNonNull(centreName, "centreName");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(serverId, "serverId");
  }

  @Override
  public String toString() {
    return "EnrolResponse[centreCode=" + centreCode + ", token=(hidden)]";
  }
}
