package org.reportingcentre.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code GET /api/v1/directory}: the current directory of support services.
 *
 * @param version grows by one each time the SPOC loads a new directory; 0 when none was loaded yet
 */
public record Directory(int version, Instant publishedAt, List<SupportService> services) {
  public Directory {
    Objects.requireNonNull(publishedAt, "publishedAt");
    services = services == null ? List.of() : List.copyOf(services);
  }
}
