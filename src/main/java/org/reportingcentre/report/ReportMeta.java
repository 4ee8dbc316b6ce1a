package org.reportingcentre.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Facts about the report itself rather than the incident.
 *
 * @param id made on the device (UUID v4); with the content hash, it makes sending idempotent
 * @param reference the human reference, such as {@code TWL-2223KC}
 * @param recordedBy the user name of the volunteer or manager, or {@code kiosk}
 * @param language the language of the form as a BCP 47 tag, such as {@code en} or {@code pl}
 * @param completedAt empty while the report is a draft
 * @param formVersion the version of the questions and wording the person answered
 */
public record ReportMeta(
    UUID id,
    Reference reference,
    String centreCode,
    String recordedBy,
    Channel channel,
    FormVariant formVariant,
    String language,
    Instant createdAt,
    Optional<Instant> completedAt,
    int formVersion) {

  public static final String KIOSK_USER = "kiosk";

  public ReportMeta {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(centreCode, "centreCode");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(formVariant, "formVariant");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(createdAt, "createdAt");
    completedAt = Values.opt(completedAt);
  }
}
