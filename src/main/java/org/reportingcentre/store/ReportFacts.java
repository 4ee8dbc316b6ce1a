package org.reportingcentre.store;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Consent;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Outcome;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.Wards;

/**
 * The de-identified facts of one finished report: what statistics count, and nothing else. No name,
 * contact or free text is here; the ward is an area name.
 *
 * @param ward the ward as given, tidied by {@link Wards#tidy}, if the person gave one
 * @param consentsGiven the purposes for which consent was recorded as granted
 * @param outcomeActions how many actions the single point of contact listed
 * @param referrals how many referrals the single point of contact listed
 * @param firstOutcomeAt the earliest outcome time the centre has seen for this report
 */
public record ReportFacts(
    UUID id,
    Instant completedAt,
    Channel channel,
    ReporterRole reporterRole,
    boolean anonymous,
    Set<MotivationStrand> strands,
    Set<IncidentType> types,
    LocationType locationType,
    Optional<String> ward,
    Answer happenedBefore,
    Set<ConsentPurpose> consentsGiven,
    Optional<OutcomeStatus> outcomeStatus,
    int outcomeActions,
    int referrals,
    Optional<Instant> firstOutcomeAt) {

  public ReportFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(completedAt, "completedAt");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(reporterRole, "reporterRole");
    strands = copy(MotivationStrand.class, strands);
    types = copy(IncidentType.class, types);
    Objects.requireNonNull(locationType, "locationType");
    ward = Objects.requireNonNull(ward, "ward").flatMap(Wards::tidy);
    Objects.requireNonNull(happenedBefore, "happenedBefore");
    consentsGiven = copy(ConsentPurpose.class, consentsGiven);
    Objects.requireNonNull(outcomeStatus, "outcomeStatus");
    Objects.requireNonNull(firstOutcomeAt, "firstOutcomeAt");
  }

  /**
   * The facts of a finished report.
   *
   * @param firstOutcomeSeen when an outcome was first seen for this report before, if it was
   */
  public static ReportFacts of(Report report, Optional<Instant> firstOutcomeSeen) {
    Optional<Outcome> outcome = report.outcome();
    Optional<Instant> firstOutcome =
        outcome
            .map(Outcome::updatedAt)
            .map(at -> firstOutcomeSeen.filter(seen -> seen.isBefore(at)).orElse(at))
            .or(() -> firstOutcomeSeen);
    Set<ConsentPurpose> given = EnumSet.noneOf(ConsentPurpose.class);
    report.consents().stream().filter(Consent::granted).map(Consent::purpose).forEach(given::add);
    return new ReportFacts(
        report.meta().id(),
        report
            .meta()
            .completedAt()
            .orElseThrow(() -> new IllegalArgumentException("A draft has no statistics")),
        report.meta().channel(),
        report.reporter().role(),
        report.reporter().anonymous(),
        report.incident().motivations(),
        report.incident().types(),
        report.incident().location().type(),
        report.incident().location().ward(),
        report.history().happenedBefore(),
        given,
        outcome.map(Outcome::status),
        outcome.map(o -> o.actions().size()).orElse(0),
        outcome.map(o -> o.referrals().size()).orElse(0),
        firstOutcome);
  }

  /**
   * True if the single point of contact took it further: the outcome is passed to police, referred
   * or action taken, or lists at least one action or referral (so a closed case that was acted on
   * still counts).
   */
  public boolean furtherAction() {
    boolean status =
        outcomeStatus
            .map(
                s ->
                    s == OutcomeStatus.PASSED_TO_POLICE
                        || s == OutcomeStatus.REFERRED
                        || s == OutcomeStatus.ACTION_TAKEN)
            .orElse(false);
    return status || outcomeActions > 0 || referrals > 0;
  }

  private static <E extends Enum<E>> Set<E> copy(Class<E> type, Collection<E> values) {
    EnumSet<E> set = EnumSet.noneOf(type);
    set.addAll(Objects.requireNonNull(values));
    return java.util.Collections.unmodifiableSet(set);
  }
}
