package org.reportingcentre.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One report of one incident. All personal parts are optional; the person decides what to give.
 * Structure is checked here; the rules a person can break are checked by {@link ReportValidator}.
 */
public record Report(
    ReportMeta meta,
    Reporter reporter,
    Incident incident,
    People people,
    History history,
    List<Consent> consents,
    Needs needs,
    List<Attachment> attachments,
    Optional<Outcome> outcome) {
  public Report {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(history, "history");
    consents = Values.list(consents);
    Objects.requireNonNull(needs, "needs");
    attachments = Values.list(attachments);
    outcome = Values.opt(outcome);
  }

  /** The consent recorded for {@code purpose}, if one was. */
  public Optional<Consent> consent(ConsentPurpose purpose) {
    return consents.stream().filter(c -> c.purpose() == purpose).findFirst();
  }

  public Report withOutcome(Outcome newOutcome) {
    return new Report(
        meta,
        reporter,
        incident,
        people,
        history,
        consents,
        needs,
        attachments,
        Optional.of(newOutcome));
  }
}
