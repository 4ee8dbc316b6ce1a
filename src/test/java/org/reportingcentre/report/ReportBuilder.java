package org.reportingcentre.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Builds reports for tests, starting from one that is valid, so a test changes only the part it is
 * about. The records have no withers, and a report has some forty parts; this keeps each test to
 * the one line that matters.
 */
public final class ReportBuilder {
  /** The moment every report made here is finished; validate with a clock after it. */
  public static final Instant CREATED = Instant.parse("2026-03-02T10:15:30Z");

  private UUID id = UUID.fromString("3f2b8c1e-5d4a-4e6b-9a7c-1b2d3e4f5a6b");
  private Reference reference = new Reference("TWL", 123);
  private String centreCode = "TWL";
  private String recordedBy = "amira";
  private Channel channel = Channel.IN_PERSON;
  private FormVariant formVariant = FormVariant.STANDARD;
  private String language = "en";
  private Instant createdAt = CREATED;
  private Optional<Instant> completedAt = Optional.of(CREATED.plusSeconds(900));
  private int formVersion = 1;

  private Reporter reporter = new Reporter(ReporterRole.VICTIM, Optional.empty(), false);

  private String description = "A man on the bus shouted at me to go back where I came from.";
  private Optional<String> hateIndicators = Optional.empty();
  private Set<MotivationStrand> motivations = EnumSet.of(MotivationStrand.RACE);
  private Optional<String> otherMotivation = Optional.empty();
  private Set<IncidentType> types = EnumSet.of(IncidentType.VERBAL_ABUSE);
  private Optional<String> otherType = Optional.empty();
  private IncidentDate when = IncidentDate.on(LocalDate.of(2026, 3, 1));
  private Answer stillHappening = Answer.NO;
  private Location location = Location.of(LocationType.PUBLIC_TRANSPORT);
  private Answer injured = Answer.NO;
  private Answer damageOrLoss = Answer.NO;
  private Set<EvidenceKind> evidence = EnumSet.noneOf(EvidenceKind.class);
  private Optional<String> evidenceNotes = Optional.empty();

  private Optional<Victim> victim = Optional.empty();
  private Offenders offenders = Offenders.unknown();
  private List<Witness> witnesses = new ArrayList<>();
  private History history = new History(Answer.NO, Answer.NO, Optional.empty());
  private List<Consent> consents = new ArrayList<>();
  private Needs needs = Needs.none();
  private List<Attachment> attachments = new ArrayList<>();
  private Optional<Outcome> outcome = Optional.empty();

  private ReportBuilder() {}

  /** A valid report with only what a report must have: no victim details, no consents. */
  public static ReportBuilder minimal() {
    return new ReportBuilder();
  }

  /** A builder holding every part of the report, to change some and build another. */
  public static ReportBuilder from(Report report) {
    ReportBuilder b = new ReportBuilder();
    ReportMeta m = report.meta();
    b.id = m.id();
    b.reference = m.reference();
    b.centreCode = m.centreCode();
    b.recordedBy = m.recordedBy();
    b.channel = m.channel();
    b.formVariant = m.formVariant();
    b.language = m.language();
    b.createdAt = m.createdAt();
    b.completedAt = m.completedAt();
    b.formVersion = m.formVersion();
    b.reporter = report.reporter();
    Incident i = report.incident();
    b.description = i.description();
    b.hateIndicators = i.hateIndicators();
    b.motivations = i.motivations();
    b.otherMotivation = i.otherMotivation();
    b.types = i.types();
    b.otherType = i.otherType();
    b.when = i.when();
    b.stillHappening = i.stillHappening();
    b.location = i.location();
    b.injured = i.injured();
    b.damageOrLoss = i.damageOrLoss();
    b.evidence = i.evidence();
    b.evidenceNotes = i.evidenceNotes();
    b.victim = report.people().victim();
    b.offenders = report.people().offenders();
    b.witnesses = report.people().witnesses();
    b.history = report.history();
    b.consents = report.consents();
    b.needs = report.needs();
    b.attachments = report.attachments();
    b.outcome = report.outcome();
    return b;
  }

  /** A valid report with every part filled in. */
  public static ReportBuilder full() {
    Instant at = CREATED.plusSeconds(600);
    return minimal()
        .hateIndicators("He said people like me should not be allowed on the bus.")
        .motivations(MotivationStrand.RACE, MotivationStrand.RELIGION, MotivationStrand.OTHER)
        .otherMotivation("Because of my accent")
        .types(IncidentType.VERBAL_ABUSE, IncidentType.THREATS_INTIMIDATION, IncidentType.OTHER)
        .otherType("He followed me off the bus")
        .when(
            new IncidentDate(
                Optional.of(LocalDate.of(2026, 2, 27)),
                Optional.empty(),
                Optional.of(LocalTime.of(17, 40))))
        .stillHappening(Answer.NOT_SURE)
        .location(
            new Location(
                LocationType.PUBLIC_TRANSPORT,
                Optional.empty(),
                Optional.empty(),
                Optional.of("Number 12 bus, stop outside Millbrook Library"),
                Optional.of("ZZ1 4AB"),
                Optional.of("Millbrook")))
        .injured(Answer.NO)
        .damageOrLoss(Answer.YES)
        .evidence(EvidenceKind.CCTV, EvidenceKind.MESSAGES)
        .evidenceNotes("The bus has cameras. My friend texted me straight after.")
        .victim(
            new Victim(
                Optional.of("Grace Okafor"),
                new ContactDetails(
                    Optional.of("07700 900123"),
                    Optional.of("grace.okafor@example.org"),
                    Optional.of("4 Station Road, Townsley"),
                    Optional.of("ZZ1 4AB")),
                Optional.of(AgeBand.AGE_35_44),
                new EqualityMonitoring(
                    Optional.of(Gender.WOMAN),
                    Optional.of(TransHistory.SAME_AS_BIRTH),
                    Optional.of(Ethnicity.BLACK),
                    Optional.of(Religion.CHRISTIAN),
                    Optional.of(SexualOrientation.PREFER_NOT_TO_SAY),
                    Optional.of(DisabilityStatus.NO))))
        .offenders(
            new Offenders(
                Optional.of(2),
                Answer.NO,
                List.of("White man, about 50, grey coat", "Younger man with him, red cap")))
        .witnesses(
            new Witness(
                Optional.of("Tomasz Nowak"),
                Optional.of("07700 900456"),
                Optional.of("Sat across the aisle and saw it all")))
        .history(new History(Answer.YES, Answer.YES, Optional.of("The bus company")))
        .consents(
            new Consent(
                ConsentPurpose.SHARE_WITH_POLICE,
                true,
                Optional.of(PoliceSharing.WITH_NAME),
                Optional.empty(),
                ConsentMethod.VERBAL,
                at,
                "amira",
                "consent-2026-01"),
            new Consent(
                ConsentPurpose.VICTIM_SUPPORT,
                true,
                Optional.empty(),
                Optional.empty(),
                ConsentMethod.VERBAL,
                at,
                "amira",
                "consent-2026-01"),
            new Consent(
                ConsentPurpose.OTHER_SERVICES,
                false,
                Optional.empty(),
                Optional.empty(),
                ConsentMethod.VERBAL,
                at,
                "amira",
                "consent-2026-01"),
            new Consent(
                ConsentPurpose.CONTACT_BACK,
                true,
                Optional.empty(),
                Optional.of(
                    new ContactPreferences(
                        ContactMethod.TEXT,
                        Optional.of("Weekdays after 6pm"),
                        false,
                        Optional.of("My sister Ada, 07700 900789"))),
                ConsentMethod.VERBAL,
                at,
                "amira",
                "consent-2026-01"))
        .needs(new Needs(Optional.of("Yoruba"), false, true, true))
        .attachments(
            new Attachment(
                UUID.fromString("9c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5"),
                "bus-ticket.jpg",
                "image/jpeg",
                48_213,
                "5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef"))
        .outcome(
            new Outcome(
                OutcomeStatus.PASSED_TO_POLICE,
                List.of("Passed to the neighbourhood police team"),
                List.of("Victim Support"),
                Optional.empty(),
                Optional.of("The police will call you this week."),
                CREATED.plusSeconds(86_400)));
  }

  public Report build() {
    return new Report(
        new ReportMeta(
            id,
            reference,
            centreCode,
            recordedBy,
            channel,
            formVariant,
            language,
            createdAt,
            completedAt,
            formVersion),
        reporter,
        new Incident(
            description,
            hateIndicators,
            motivations,
            otherMotivation,
            types,
            otherType,
            when,
            stillHappening,
            location,
            injured,
            damageOrLoss,
            evidence,
            evidenceNotes),
        new People(victim, offenders, witnesses),
        history,
        consents,
        needs,
        attachments,
        outcome);
  }

  public ReportBuilder id(UUID value) {
    id = value;
    return this;
  }

  public ReportBuilder reference(Reference value) {
    reference = value;
    return this;
  }

  public ReportBuilder centreCode(String value) {
    centreCode = value;
    return this;
  }

  public ReportBuilder recordedBy(String value) {
    recordedBy = value;
    return this;
  }

  public ReportBuilder channel(Channel value) {
    channel = value;
    return this;
  }

  public ReportBuilder formVariant(FormVariant value) {
    formVariant = value;
    return this;
  }

  public ReportBuilder language(String value) {
    language = value;
    return this;
  }

  public ReportBuilder createdAt(Instant value) {
    createdAt = value;
    return this;
  }

  public ReportBuilder completedAt(Optional<Instant> value) {
    completedAt = value;
    return this;
  }

  public ReportBuilder formVersion(int value) {
    formVersion = value;
    return this;
  }

  public ReportBuilder reporter(Reporter value) {
    reporter = value;
    return this;
  }

  public ReportBuilder reporter(ReporterRole role, String relationship, boolean anonymous) {
    return reporter(new Reporter(role, Optional.ofNullable(relationship), anonymous));
  }

  public ReportBuilder description(String value) {
    description = value;
    return this;
  }

  public ReportBuilder hateIndicators(String value) {
    hateIndicators = Optional.ofNullable(value);
    return this;
  }

  public ReportBuilder motivations(MotivationStrand... values) {
    motivations = values.length == 0 ? Set.of() : EnumSet.of(values[0], values);
    return this;
  }

  public ReportBuilder otherMotivation(String value) {
    otherMotivation = Optional.ofNullable(value);
    return this;
  }

  public ReportBuilder types(IncidentType... values) {
    types = values.length == 0 ? Set.of() : EnumSet.of(values[0], values);
    return this;
  }

  public ReportBuilder otherType(String value) {
    otherType = Optional.ofNullable(value);
    return this;
  }

  public ReportBuilder when(IncidentDate value) {
    when = value;
    return this;
  }

  public ReportBuilder stillHappening(Answer value) {
    stillHappening = value;
    return this;
  }

  public ReportBuilder location(Location value) {
    location = value;
    return this;
  }

  public ReportBuilder injured(Answer value) {
    injured = value;
    return this;
  }

  public ReportBuilder damageOrLoss(Answer value) {
    damageOrLoss = value;
    return this;
  }

  public ReportBuilder evidence(EvidenceKind... values) {
    evidence = values.length == 0 ? Set.of() : EnumSet.of(values[0], values);
    return this;
  }

  public ReportBuilder evidenceNotes(String value) {
    evidenceNotes = Optional.ofNullable(value);
    return this;
  }

  public ReportBuilder victim(Victim value) {
    victim = Optional.ofNullable(value);
    return this;
  }

  public ReportBuilder offenders(Offenders value) {
    offenders = value;
    return this;
  }

  public ReportBuilder witnesses(Witness... values) {
    witnesses = List.of(values);
    return this;
  }

  public ReportBuilder witnesses(List<Witness> values) {
    witnesses = values;
    return this;
  }

  public ReportBuilder history(History value) {
    history = value;
    return this;
  }

  public ReportBuilder consents(Consent... values) {
    consents = List.of(values);
    return this;
  }

  public ReportBuilder needs(Needs value) {
    needs = value;
    return this;
  }

  public ReportBuilder attachments(Attachment... values) {
    attachments = List.of(values);
    return this;
  }

  public ReportBuilder outcome(Outcome value) {
    outcome = Optional.ofNullable(value);
    return this;
  }
}
