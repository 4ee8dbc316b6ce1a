package org.reportingcentre.store;

import java.util.Optional;
import java.util.Set;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.ContactDetails;
import org.reportingcentre.report.EqualityMonitoring;
import org.reportingcentre.report.History;
import org.reportingcentre.report.Incident;
import org.reportingcentre.report.IncidentDate;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Offenders;
import org.reportingcentre.report.People;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.Reporter;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.Victim;

/**
 * The answers a correction may change, copied out of a report so that one field can be set at a
 * time, then put back into a new report. Everything else (meta, consents, equality answers, needs,
 * witnesses, attachments, outcome) is taken from the original as it was.
 */
final class ReportEdit {
  private final Report base;

  ReporterRole role;
  Optional<String> relationship;
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
  Optional<Integer> offenderCount;
  Answer offendersKnown;
  Answer happenedBefore;
  Optional<String> victimName;
  Optional<String> victimPhone;
  Optional<String> victimEmail;

  private ReportEdit(Report report) {
    base = report;
    role = report.reporter().role();
    relationship = report.reporter().relationship();
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
    Offenders o = report.people().offenders();
    offenderCount = o.howMany();
    offendersKnown = o.knownToVictim();
    happenedBefore = report.history().happenedBefore();
    Optional<Victim> victim = report.people().victim();
    victimName = victim.flatMap(Victim::name);
    victimPhone = victim.flatMap(v -> v.contact().phone());
    victimEmail = victim.flatMap(v -> v.contact().email());
  }

  static ReportEdit of(Report report) {
    return new ReportEdit(report);
  }

  /** The original report with the edited answers. */
  Report build() {
    Incident i = base.incident();
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
            i.evidence(),
            i.evidenceNotes());
    People p = base.people();
    Offenders offenders =
        new Offenders(offenderCount, offendersKnown, p.offenders().descriptions());
    History h = base.history();
    return new Report(
        base.meta(),
        new Reporter(role, relationship, base.reporter().anonymous()),
        incident,
        new People(victim(), offenders, p.witnesses()),
        new History(happenedBefore, h.reportedBefore(), h.reportedTo()),
        base.consents(),
        base.needs(),
        base.attachments(),
        base.outcome());
  }

  /** The victim with the edited name and contact; none when there was none and none is given. */
  private Optional<Victim> victim() {
    Optional<Victim> before = base.people().victim();
    if (before.isEmpty()
        && victimName.isEmpty()
        && victimPhone.isEmpty()
        && victimEmail.isEmpty()) {
      return Optional.empty();
    }
    Victim v =
        before.orElse(
            new Victim(
                Optional.empty(),
                ContactDetails.none(),
                Optional.empty(),
                EqualityMonitoring.notAsked()));
    ContactDetails c = v.contact();
    return Optional.of(
        new Victim(
            victimName,
            new ContactDetails(victimPhone, victimEmail, c.address(), c.postcode()),
            v.ageBand(),
            v.equality()));
  }
}
