package org.reportingcentre.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What happened after the report, as the single point of contact tells the centre. */
public record Outcome(
    OutcomeStatus status,
    List<String> actions,
    List<String> referrals,
    Optional<LocalDate> closedOn,
    Optional<String> messageForVictim,
    Instant updatedAt) {
  public Outcome {
    Objects.requireNonNull(status, "status");
    actions = Values.list(actions);
    referrals = Values.list(referrals);
    closedOn = Values.opt(closedOn);
    messageForVictim = Values.text(messageForVictim);
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
