package org.reportingcentre.spoc;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.ExchangeFormatException;
import org.reportingcentre.protocol.ItemResult;
import org.reportingcentre.report.Problem;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportValidator;

/**
 * Takes in the reports of one batch from one centre, each on its own: read, validate, check the
 * centre, store once. One bad report never stops the others, and nothing is stored for it.
 */
public final class ReportIntake {
  private final SpocStore store;
  private final ExchangeFormat format;
  private final ReportValidator validator;
  private final Secrets secrets;
  private final Clock clock;

  public ReportIntake(SpocStore store, ExchangeFormat format, Secrets secrets, Clock clock) {
    this.store = store;
    this.format = format;
    this.validator = new ReportValidator(clock);
    this.secrets = secrets;
    this.clock = clock;
  }

  /** The answer for each report, in order. */
  public List<ItemResult> take(String centreCode, List<JsonNode> reports) {
    ItemResult[] results = new ItemResult[reports.size()];
    List<Integer> positions = new ArrayList<>();
    List<SpocStore.IncomingReport> valid = new ArrayList<>();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    for (int index = 0; index < reports.size(); index++) {
      Checked checked = check(centreCode, index, reports.get(index), now);
      if (checked instanceof Checked.Refused refused) {
        results[index] = refused.answer();
      } else {
        positions.add(index);
        valid.add(((Checked.Ready) checked).incoming());
      }
    }
    List<SpocStore.Ingest> stored = store.ingestAll(valid);
    for (int i = 0; i < valid.size(); i++) {
      int index = positions.get(i);
      results[index] = answer(index, valid.get(i).reportId(), stored.get(i));
    }
    return List.of(results);
  }

  /** A report ready to store, or the answer that refuses it. */
  private sealed interface Checked {
    record Ready(SpocStore.IncomingReport incoming) implements Checked {}

    record Refused(ItemResult answer) implements Checked {}
  }

  private Checked check(String centreCode, int index, JsonNode node, Instant now) {
    Optional<UUID> claimedId = claimedId(node);
    Report report;
    try {
      report = format.fromTree(node, "");
    } catch (ExchangeFormatException e) {
      return new Checked.Refused(new ItemResult.Rejected(index, claimedId, e.problems()));
    }
    UUID id = report.meta().id();
    List<Problem> problems = new ArrayList<>(validator.validate(report));
    if (!report.meta().centreCode().equals(centreCode)) {
      problems.add(
          new Problem(
              "meta.centreCode",
              "This report belongs to centre "
                  + shorten(report.meta().centreCode())
                  + ", but it was sent with the token of centre "
                  + centreCode
                  + ". A centre can only send its own reports."));
    }
    if (!problems.isEmpty()) {
      return new Checked.Refused(new ItemResult.Rejected(index, Optional.of(id), problems));
    }
    // The outcome is the SPOC's to write: whatever a centre sends there is not kept.
    Report received = withoutOutcome(report);
    return new Checked.Ready(
        new SpocStore.IncomingReport(
            id,
            centreCode,
            received.meta().reference().toString(),
            format.contentHash(received),
            new String(format.write(received), StandardCharsets.UTF_8),
            secrets.newReceiptId(),
            now));
  }

  private static ItemResult answer(int index, UUID id, SpocStore.Ingest ingest) {
    if (ingest instanceof SpocStore.Ingest.Stored stored) {
      return new ItemResult.Accepted(
          index, id, stored.receipt().receiptId(), stored.receipt().receivedAt());
    }
    if (ingest instanceof SpocStore.Ingest.AlreadyStored held) {
      return new ItemResult.Duplicate(
          index, id, held.receipt().receiptId(), held.receipt().receivedAt());
    }
    if (ingest instanceof SpocStore.Ingest.DifferentContent) {
      return new ItemResult.Conflict(
          index,
          id,
          "The SPOC already holds a different report with this id. Nothing was changed. Do not"
              + " send it again as it is: ask the SPOC to compare the two.");
    }
    return new ItemResult.Rejected(
        index,
        Optional.of(id),
        List.of(
            new Problem(
                "meta.reference",
                "Another report already has this reference. Nothing was stored. Give this"
                    + " report a new reference.")));
  }

  private static Report withoutOutcome(Report report) {
    return new Report(
        report.meta(),
        report.reporter(),
        report.incident(),
        report.people(),
        report.history(),
        report.consents(),
        report.needs(),
        report.attachments(),
        Optional.empty());
  }

  /** The id a broken report says it has, so the centre can tell which one was rejected. */
  private static Optional<UUID> claimedId(JsonNode node) {
    JsonNode id = node == null ? null : node.path("meta").path("id");
    if (id == null || !id.isTextual() || id.textValue().length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(id.textValue()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String shorten(String text) {
    return text.length() <= 10 ? text : text.substring(0, 10) + "…";
  }
}
