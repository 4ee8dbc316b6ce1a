package org.reportingcentre.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.report.*;

/** A small, valid report for tests that need one and do not care about its details. */
public final class TestReports {
  private TestReports() {}

  /** A named victim's report of verbal abuse in the street, with the given own-words text. */
  public static Report report(Reference reference, String description) {
    Instant created = Instant.parse("2026-03-02T10:15:30Z");
    return new Report(
        new ReportMeta(
            UUID.randomUUID(),
            reference,
            reference.centreCode(),
            "amira",
            Channel.IN_PERSON,
            FormVariant.STANDARD,
            "en",
            created,
            Optional.of(created.plusSeconds(900)),
            1),
        new Reporter(ReporterRole.VICTIM, Optional.empty(), false),
        new Incident(
            description,
            Optional.of("They shouted about my headscarf"),
            EnumSet.of(MotivationStrand.RELIGION),
            Optional.empty(),
            EnumSet.of(IncidentType.VERBAL_ABUSE),
            Optional.empty(),
            IncidentDate.on(LocalDate.of(2026, 3, 1)),
            Answer.NO,
            Location.of(LocationType.STREET),
            Answer.NO,
            Answer.NO,
            EnumSet.noneOf(org.reportingcentre.report.EvidenceKind.class),
            Optional.empty()),
        new People(
            Optional.of(
                new Victim(
                    Optional.of("Zainab Testperson"),
                    new ContactDetails(
                        Optional.of("07700 900123"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                    Optional.empty(),
                    EqualityMonitoring.notAsked())),
            Offenders.unknown(),
            List.of()),
        new History(Answer.NO, Answer.NO, Optional.empty()),
        List.of(),
        Needs.none(),
        List.of(),
        Optional.empty());
  }
}
