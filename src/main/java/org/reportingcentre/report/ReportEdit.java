package org.reportingcentre.report;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Every answer of a report, copied out so that the {@link ReportField} entries can set one at a
 * time (a correction, or taking out what identifies someone), then put back into a new report. The
 * report's own facts (meta, attachments, outcome) are taken from the original as they were.
 */
final class ReportEdit {
  private final Report base;

  ReporterRole role;
  Optional<String> relationship;
  boolean anonymous;
  String description;
  Optional<String> hateIndicators;
  Set<MotivationStrand> motivations;
  Optional<String> otherMotivation;
  Set<IncidentType> types;
  Optional<String> otherType;
  IncidentDate when;
  Answer stillHappening;
  LocationType place;
  Optional<String> platform;
  Optional<String> otherPlace;
  Optional<String> address;
  Optional<String> postcode;
  Optional<String> ward;
  Answer injured;
  Answer damageOrLoss;
  Set<EvidenceKind> evidence;
  Optional<String> evidenceNotes;
  Optional<Integer> offenderCount;
  Answer offendersKnown;
  List<String> offenderDescriptions;
  List<Witness> witnesses;
  Answer happenedBefore;
  Answer reportedBefore;
  Optional<String> reportedTo;
  Optional<String> victimName;
  Optional<String> victimPhone;
  Optional<String> victimEmail;
  Optional<String> victimAddress;
  Optional<String> victimPostcode;
  Optional<AgeBand> ageBand;
  Optional<Gender> gender;
  Optional<TransHistory> transHistory;
  Optional<Ethnicity> ethnicity;
  Optional<Religion> religion;
  Optional<SexualOrientation> sexualOrientation;
  Optional<DisabilityStatus> disability;
  List<Consent> consents;
  Needs needs;

  private ReportEdit(Report report) {
    base = report;
    role = report.reporter().role();
    relationship = report.reporter().relationship();
    anonymous = report.reporter().anonymous();
    Incident i = report.incident();
    description = i.description();
    hateIndicators = i.hateIndicators();
    motivations = i.motivations();
    otherMotivation = i.otherMotivation();
    types = i.types();
    otherType = i.otherType();
    when = i.when();
    stillHappening = i.stillHappening();
    Location l = i.location();
    place = l.type();
    platform = l.platform();
    otherPlace = l.otherDescription();
    address = l.address();
    postcode = l.postcode();
    ward = l.ward();
    injured = i.injured();
    damageOrLoss = i.damageOrLoss();
    evidence = i.evidence();
    evidenceNotes = i.evidenceNotes();
    Offenders o = report.people().offenders();
    offenderCount = o.howMany();
    offendersKnown = o.knownToVictim();
    offenderDescriptions = o.descriptions();
    witnesses = report.people().witnesses();
    History h = report.history();
    happenedBefore = h.happenedBefore();
    reportedBefore = h.reportedBefore();
    reportedTo = h.reportedTo();
    Optional<Victim> victim = report.people().victim();
    victimName = victim.flatMap(Victim::name);
    victimPhone = victim.flatMap(v -> v.contact().phone());
    victimEmail = victim.flatMap(v -> v.contact().email());
    victimAddress = victim.flatMap(v -> v.contact().address());
    victimPostcode = victim.flatMap(v -> v.contact().postcode());
    ageBand = victim.flatMap(Victim::ageBand);
    gender = victim.flatMap(v -> v.equality().gender());
    transHistory = victim.flatMap(v -> v.equality().transHistory());
    ethnicity = victim.flatMap(v -> v.equality().ethnicity());
    religion = victim.flatMap(v -> v.equality().religion());
    sexualOrientation = victim.flatMap(v -> v.equality().sexualOrientation());
    disability = victim.flatMap(v -> v.equality().disability());
    consents = report.consents();
    needs = report.needs();
  }

  static ReportEdit of(Report report) {
    return new ReportEdit(report);
  }

  /** Changes how to contact the person back, in every consent that says. */
  void contact(UnaryOperator<ContactPreferences> change) {
    consents =
        consents.stream()
            .map(
                c ->
                    new Consent(
                        c.purpose(),
                        c.granted(),
                        c.policeSharing(),
                        c.contact().map(change),
                        c.method(),
                        c.recordedAt(),
                        c.recordedBy(),
                        c.wordingVersion()))
            .toList();
  }

  /** The original report with the edited answers. */
  Report build() {
    Incident incident =
        new Incident(
            description,
            hateIndicators,
            motivations,
            otherMotivation,
            types,
            otherType,
            when,
            stillHappening,
            new Location(place, platform, otherPlace, address, postcode, ward),
            injured,
            damageOrLoss,
            evidence,
            evidenceNotes);
    return new Report(
        base.meta(),
        new Reporter(role, relationship, anonymous),
        incident,
        new People(
            victim(),
            new Offenders(offenderCount, offendersKnown, offenderDescriptions),
            witnesses),
        new History(happenedBefore, reportedBefore, reportedTo),
        consents,
        needs,
        base.attachments(),
        base.outcome());
  }

  /** The victim with the edited answers; none when there was none and none is given. */
  private Optional<Victim> victim() {
    ContactDetails contact =
        new ContactDetails(victimPhone, victimEmail, victimAddress, victimPostcode);
    EqualityMonitoring equality =
        new EqualityMonitoring(
            gender, transHistory, ethnicity, religion, sexualOrientation, disability);
    if (base.people().victim().isEmpty()
        && victimName.isEmpty()
        && contact.nothingGiven()
        && ageBand.isEmpty()
        && equality.equals(EqualityMonitoring.notAsked())) {
      return Optional.empty();
    }
    return Optional.of(new Victim(victimName, contact, ageBand, equality));
  }
}
