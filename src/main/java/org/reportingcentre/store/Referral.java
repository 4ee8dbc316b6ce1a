package org.reportingcentre.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.Reference;

/**
 * A referral made at this centre, with what the SPOC said about it.
 *
 * @param id made here once; the SPOC takes a resend of the same id as the same referral
 * @param serviceName the service's name when the referral was made, for the screen
 * @param consent the consent in the report that it relies on
 * @param madeBy the user who made it
 */
public record Referral(
    UUID id,
    UUID reportId,
    Reference reference,
    String serviceId,
    String serviceName,
    ConsentPurpose consent,
    Instant madeAt,
    String madeBy,
    State state) {
  public Referral {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(madeAt, "madeAt");
    Objects.requireNonNull(madeBy, "madeBy");
    Objects.requireNonNull(state, "state");
  }

  /** Where a referral is: never "sent" without the SPOC's receipt. */
  public sealed interface State {
    /** Recorded here; the next sync sends it. */
    record Waiting() implements State {}

    /** The SPOC holds it: its receipt. */
    record Sent(String receiptId, Instant receivedAt) implements State {}

    /** The SPOC would not take it (no consent there, a conflict): a person must look. */
    record NeedsAttention(String reason) implements State {}
  }

  public boolean sent() {
    return state instanceof State.Sent;
  }

  /** The SPOC's receipt, when it has one. */
  public Optional<State.Sent> receipt() {
    return state instanceof State.Sent s ? Optional.of(s) : Optional.empty();
  }
}
