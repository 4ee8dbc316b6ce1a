package org.reportingcentre.report;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A photo or scan that belongs to a report. The bytes are kept encrypted in the store; the report
 * carries what is needed to find and check them.
 *
 * @param sha256 lower-case hex SHA-256 of the bytes
 */
public record Attachment(UUID id, String fileName, String mediaType, long size, String sha256) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public Attachment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    if (size < 0) {
      throw new IllegalArgumentException("An attachment cannot have a negative size");
    }
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("An attachment checksum is 64 hexadecimal characters");
    }
  }
}
