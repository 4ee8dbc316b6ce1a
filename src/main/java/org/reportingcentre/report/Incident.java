package org.reportingcentre.report;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The incident in the person's own words and as the code lists record it.
 *
 * @param description what happened, in the person's own words
 * @param hateIndicators what made them think it was hate: words used, gestures, symbols
 * @param otherMotivation text for {@link MotivationStrand#OTHER}
 * @param otherType text for {@link IncidentType#OTHER}
 */
public record Incident(
    String description,
    Optional<String> hateIndicators,
    Set<MotivationStrand> motivations,
    Optional<String> otherMotivation,
    Set<IncidentType> types,
    Optional<String> otherType,
    IncidentDate when,
    Answer stillHappening,
    Location location,
    Answer injured,
    Answer damageOrLoss,
    Set<EvidenceKind> evidence,
    Optional<String> evidenceNotes) {
  public Incident {
    description = description == null ? "" : description.strip();
    hateIndicators = Values.text(hateIndicators);
    motivations = Values.enumSet(MotivationStrand.class, motivations);
    otherMotivation = Values.text(otherMotivation);
    types = Values.enumSet(IncidentType.class, types);
    otherType = Values.text(otherType);
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(stillHappening, "stillHappening");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(damageOrLoss, "damageOrLoss");
    evidence = Values.enumSet(EvidenceKind.class, evidence);
    evidenceNotes = Values.text(evidenceNotes);
  }
}
