package org.reportingcentre.protocol;

import java.util.List;

/**
 * A directory of support services as a file, before the SPOC gives it a version: the format of
 * {@code sample-data/directory.json} and of {@code spoc directory load}.
 */
public record DirectoryDocument(List<SupportService> services) {
  public DirectoryDocument {
    services = services == null ? List.of() : List.copyOf(services);
  }
}
