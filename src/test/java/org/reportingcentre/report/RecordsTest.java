package org.reportingcentre.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Absent means empty: no record ever holds a null, and blank text is the same as none. */
class RecordsTest {
  private static final Optional<String> BLANK = Optional.of("  \t ");

  @Test
  void blankOrMissingIncidentTextBecomesEmpty() {
    Incident incident =
        new Incident(
            null,
            BLANK,
            null,
            null,
            null,
            BLANK,
            IncidentDate.about(WhenApproximately.TODAY),
            Answer.NO,
            Location.of(LocationType.STREET),
            Answer.NO,
            Answer.NO,
            null,
            Optional.of(""));
    assertEquals("", incident.description());
    assertEquals(Optional.empty(), incident.hateIndicators());
    assertEquals(Set.of(), incident.motivations());
    assertEquals(Optional.empty(), incident.otherMotivation());
    assertEquals(Set.of(), incident.types());
    assertEquals(Optional.empty(), incident.otherType());
    assertEquals(Set.of(), incident.evidence());
    assertEquals(Optional.empty(), incident.evidenceNotes());
  }

  @Test
  void textIsKeptWithoutTheSpacesAroundIt() {
    Incident incident =
        ReportBuilder.minimal()
            .description("\n  They spat at me.  \n")
            .hateIndicators("  Shouted about my wheelchair ")
            .build()
            .incident();
    assertEquals("They spat at me.", incident.description());
    assertEquals(Optional.of("Shouted about my wheelchair"), incident.hateIndicators());
  }

  @Test
  void codeListChoicesCannotBeChangedAfterTheFact() {
    Incident incident = ReportBuilder.minimal().build().incident();
    assertThrows(
        UnsupportedOperationException.class, () -> incident.types().add(IncidentType.ARSON));
  }

  @Test
  void blankLocationPartsBecomeEmpty() {
    Location location =
        new Location(LocationType.PARK, BLANK, null, BLANK, Optional.of(" "), BLANK);
    assertEquals(Location.of(LocationType.PARK), location);
  }

  @Test
  void blankContactDetailsCountAsNothingGiven() {
    ContactDetails contact = new ContactDetails(BLANK, null, Optional.of(""), BLANK);
    assertEquals(ContactDetails.none(), contact);
    assertTrue(contact.nothingGiven());
  }

  @Test
  void blankVictimNameBecomesEmptyAndMissingMonitoringAnswersAreEmpty() {
    Victim victim =
        new Victim(
            BLANK,
            ContactDetails.none(),
            null,
            new EqualityMonitoring(null, null, null, null, null, null));
    assertEquals(Optional.empty(), victim.name());
    assertEquals(Optional.empty(), victim.ageBand());
    assertEquals(EqualityMonitoring.notAsked(), victim.equality());
  }

  @Test
  void blankOffenderDescriptionsAreDroppedAndTheRestTrimmed() {
    List<String> descriptions = new ArrayList<>(List.of(" Tall, grey hoodie ", "", "   "));
    Offenders offenders = new Offenders(null, Answer.NO, descriptions);
    assertEquals(Optional.empty(), offenders.howMany());
    assertEquals(List.of("Tall, grey hoodie"), offenders.descriptions());
    assertEquals(List.of(), new Offenders(null, Answer.NO, null).descriptions());
  }

  @Test
  void listsAreCopiedSoChangingTheOriginalChangesNothing() {
    List<String> descriptions = new ArrayList<>(List.of("Tall"));
    Offenders offenders = new Offenders(Optional.of(1), Answer.NO, descriptions);
    descriptions.add("Short");
    assertEquals(List.of("Tall"), offenders.descriptions());

    List<Witness> witnesses = new ArrayList<>();
    People people = new People(null, Offenders.unknown(), witnesses);
    witnesses.add(new Witness(Optional.of("Ana"), Optional.empty(), Optional.empty()));
    assertEquals(List.of(), people.witnesses());
    assertEquals(Optional.empty(), people.victim());
  }

  @Test
  void aWitnessWithOnlyBlankAnswersHasNone() {
    Witness witness = new Witness(BLANK, null, Optional.of(""));
    assertEquals(new Witness(Optional.empty(), Optional.empty(), Optional.empty()), witness);
  }

  @Test
  void missingPartsOfAReportBecomeEmpty() {
    Report full = ReportBuilder.minimal().build();
    Report report =
        new Report(
            full.meta(),
            full.reporter(),
            full.incident(),
            full.people(),
            full.history(),
            null,
            full.needs(),
            null,
            null);
    assertEquals(List.of(), report.consents());
    assertEquals(List.of(), report.attachments());
    assertEquals(Optional.empty(), report.outcome());
    assertEquals(full, report);
  }

  @Test
  void blankAnswersElsewhereBecomeEmpty() {
    assertEquals(
        Optional.empty(), new Reporter(ReporterRole.ON_BEHALF, BLANK, false).relationship());
    assertEquals(Optional.empty(), new History(Answer.YES, Answer.YES, BLANK).reportedTo());
    assertEquals(Needs.none(), new Needs(BLANK, false, false, false));
    ContactPreferences preferences = new ContactPreferences(ContactMethod.PHONE, BLANK, true, null);
    assertEquals(Optional.empty(), preferences.safeTimes());
    assertEquals(Optional.empty(), preferences.trustedPerson());
    Consent consent =
        new Consent(
            ConsentPurpose.VICTIM_SUPPORT,
            true,
            null,
            null,
            ConsentMethod.VERBAL,
            Instant.EPOCH,
            "amira",
            "consent-2026-01");
    assertEquals(Optional.empty(), consent.policeSharing());
    assertEquals(Optional.empty(), consent.contact());
    IncidentDate when = new IncidentDate(null, null, null);
    assertEquals(Optional.empty(), when.date());
    assertEquals(Optional.empty(), when.approximately());
    assertEquals(Optional.empty(), when.time());
    Outcome outcome = new Outcome(OutcomeStatus.RECEIVED, null, null, null, BLANK, Instant.EPOCH);
    assertEquals(List.of(), outcome.actions());
    assertEquals(List.of(), outcome.referrals());
    assertEquals(Optional.empty(), outcome.closedOn());
    assertEquals(Optional.empty(), outcome.messageForVictim());
  }

  @Test
  void requiredPartsAreRefusedWhenMissingNamingThePart() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new Reporter(null, Optional.empty(), false));
    assertEquals("role", e.getMessage());
    e =
        assertThrows(
            NullPointerException.class, () -> new History(Answer.NO, null, Optional.empty()));
    assertEquals("reportedBefore", e.getMessage());
  }

  @Test
  void anAttachmentMustCarryAProperChecksum() {
    UUID id = UUID.randomUUID();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Attachment(id, "photo.jpg", "image/jpeg", 10, "ABC"));
    assertEquals("An attachment checksum is 64 hexadecimal characters", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Attachment(id, "photo.jpg", "image/jpeg", -1, "a".repeat(64)));
  }

  @Test
  void theConsentForAPurposeIsFoundByPurpose() {
    Report report = ReportBuilder.full().build();
    assertEquals(
        Optional.of(PoliceSharing.WITH_NAME),
        report.consent(ConsentPurpose.SHARE_WITH_POLICE).flatMap(Consent::policeSharing));
    assertEquals(
        Optional.empty(), ReportBuilder.minimal().build().consent(ConsentPurpose.CONTACT_BACK));
  }
}
