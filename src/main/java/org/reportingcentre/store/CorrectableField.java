package org.reportingcentre.store;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.reportingcentre.report.ContactDetails;
import org.reportingcentre.report.EqualityMonitoring;
import org.reportingcentre.report.Incident;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.People;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.Victim;

/**
 * The answers a manager can correct before a report is sent: the free texts people most often want
 * put right (a mistyped description, a wrong postcode or ward, a misspelt name or number). Each
 * reads its value from a report and writes a new one into a copy; an empty value clears it.
 */
public enum CorrectableField {
  DESCRIPTION(
      "description", r -> Optional.of(r.incident().description()), CorrectableField::description),
  HATE_INDICATORS(
      "hate-indicators", r -> r.incident().hateIndicators(), CorrectableField::indicators),
  ADDRESS("address", r -> r.incident().location().address(), CorrectableField::address),
  POSTCODE("postcode", r -> r.incident().location().postcode(), CorrectableField::postcode),
  WARD("ward", r -> r.incident().location().ward(), CorrectableField::ward),
  VICTIM_NAME(
      "victim-name", r -> r.people().victim().flatMap(Victim::name), CorrectableField::name),
  VICTIM_PHONE(
      "victim-phone",
      r -> r.people().victim().flatMap(v -> v.contact().phone()),
      CorrectableField::phone),
  VICTIM_EMAIL(
      "victim-email",
      r -> r.people().victim().flatMap(v -> v.contact().email()),
      CorrectableField::email);

  private final String code;
  private final Function<Report, Optional<String>> read;
  private final BiFunction<Report, Optional<String>, Report> write;

  CorrectableField(
      String code,
      Function<Report, Optional<String>> read,
      BiFunction<Report, Optional<String>, Report> write) {
    this.code = code;
    this.read = read;
    this.write = write;
  }

  /** The name kept in the audit trail and the corrections table. */
  public String code() {
    return code;
  }

  public static Optional<CorrectableField> fromCode(String code) {
    for (CorrectableField f : values()) {
      if (f.code.equals(code)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The current answer, empty when none was given. */
  public Optional<String> read(Report report) {
    return read.apply(report).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** A copy of the report with this answer replaced (or cleared, when empty). */
  public Report write(Report report, String value) {
    String tidy = value == null ? "" : value.strip();
    return write.apply(report, tidy.isEmpty() ? Optional.empty() : Optional.of(tidy));
  }

  private static Report description(Report r, Optional<String> v) {
    Incident i = r.incident();
    return withIncident(
        r,
        new Incident(
            v.orElse(""),
            i.hateIndicators(),
            i.motivations(),
            i.otherMotivation(),
            i.types(),
            i.otherType(),
            i.when(),
            i.stillHappening(),
            i.location(),
            i.injured(),
            i.damageOrLoss(),
            i.evidence(),
            i.evidenceNotes()));
  }

  private static Report indicators(Report r, Optional<String> v) {
    Incident i = r.incident();
    return withIncident(
        r,
        new Incident(
            i.description(),
            v,
            i.motivations(),
            i.otherMotivation(),
            i.types(),
            i.otherType(),
            i.when(),
            i.stillHappening(),
            i.location(),
            i.injured(),
            i.damageOrLoss(),
            i.evidence(),
            i.evidenceNotes()));
  }

  private static Report address(Report r, Optional<String> v) {
    Location l = r.incident().location();
    return withLocation(
        r, new Location(l.type(), l.platform(), l.otherDescription(), v, l.postcode(), l.ward()));
  }

  private static Report postcode(Report r, Optional<String> v) {
    Location l = r.incident().location();
    return withLocation(
        r, new Location(l.type(), l.platform(), l.otherDescription(), l.address(), v, l.ward()));
  }

  private static Report ward(Report r, Optional<String> v) {
    Location l = r.incident().location();
    return withLocation(
        r,
        new Location(l.type(), l.platform(), l.otherDescription(), l.address(), l.postcode(), v));
  }

  private static Report name(Report r, Optional<String> v) {
    Victim victim = victim(r);
    return withVictim(r, new Victim(v, victim.contact(), victim.ageBand(), victim.equality()));
  }

  private static Report phone(Report r, Optional<String> v) {
    Victim victim = victim(r);
    ContactDetails c = victim.contact();
    return withVictim(
        r,
        new Victim(
            victim.name(),
            new ContactDetails(v, c.email(), c.address(), c.postcode()),
            victim.ageBand(),
            victim.equality()));
  }

  private static Report email(Report r, Optional<String> v) {
    Victim victim = victim(r);
    ContactDetails c = victim.contact();
    return withVictim(
        r,
        new Victim(
            victim.name(),
            new ContactDetails(c.phone(), v, c.address(), c.postcode()),
            victim.ageBand(),
            victim.equality()));
  }

  private static Victim victim(Report r) {
    return r.people()
        .victim()
        .orElse(
            new Victim(
                Optional.empty(),
                ContactDetails.none(),
                Optional.empty(),
                EqualityMonitoring.notAsked()));
  }

  private static Report withVictim(Report r, Victim victim) {
    People p = r.people();
    return new Report(
        r.meta(),
        r.reporter(),
        r.incident(),
        new People(Optional.of(victim), p.offenders(), p.witnesses()),
        r.history(),
        r.consents(),
        r.needs(),
        r.attachments(),
        r.outcome());
  }

  private static Report withLocation(Report r, Location location) {
    Incident i = r.incident();
    return withIncident(
        r,
        new Incident(
            i.description(),
            i.hateIndicators(),
            i.motivations(),
            i.otherMotivation(),
            i.types(),
            i.otherType(),
            i.when(),
            i.stillHappening(),
            location,
            i.injured(),
            i.damageOrLoss(),
            i.evidence(),
            i.evidenceNotes()));
  }

  private static Report withIncident(Report r, Incident incident) {
    return new Report(
        r.meta(),
        r.reporter(),
        incident,
        r.people(),
        r.history(),
        r.consents(),
        r.needs(),
        r.attachments(),
        r.outcome());
  }
}
