package org.reportingcentre.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The SPOC this centre sends to, as enrolment left it. The token lives only in the encrypted store
 * and never in {@link #toString()}.
 *
 * @param baseUrl the address the manager gave, such as {@code https://spoc.example:8470}
 * @param serverId the SPOC's stable id at enrolment; a different one later is worth a warning
 * @param centreName the name the SPOC knows this centre by
 */
public record SpocLink(
    String baseUrl,
    String serverId,
    String centreName,
    String token,
    Instant enrolledAt,
    String enrolledBy) {
  public SpocLink {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(serverId, "serverId");
    Objects.requireNonNull(centreName, "centreName");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(enrolledAt, "enrolledAt");
    Objects.requireNonNull(enrolledBy, "enrolledBy");
  }

  @Override
  public String toString() {
    return "SpocLink[" + baseUrl + ", " + serverId + ", token=(hidden)]";
  }
}
