package org.reportingcentre.store;

import java.util.List;
import java.util.Optional;
import org.reportingcentre.report.Consent;
import org.reportingcentre.report.ContactDetails;
import org.reportingcentre.report.ContactPreferences;
import org.reportingcentre.report.EqualityMonitoring;
import org.reportingcentre.report.History;
import org.reportingcentre.report.Incident;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.Offenders;
import org.reportingcentre.report.People;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.Reporter;
import org.reportingcentre.report.Victim;

/**
 * A report with its identifying details taken out: names, contacts, addresses, descriptions of
 * people and every free text. What is kept is the reference, the dates, the channel, the outcome
 * and the coded fields statistics count (strands, types, location type and ward, the reporter's
 * role, the victim's age band, and each consent as given or not). See ADR 0401.
 */
public final class Deidentify {
  /** Put where the description of what happened was, so a reader sees why it is empty. */
  public static final String REMOVED = "(removed from this computer after the SPOC's receipt)";

  private Deidentify() {}

  public static Report apply(Report report) {
    Incident i = report.incident();
    Location l = i.location();
    Incident incident =
        new Incident(
            REMOVED,
            Optional.empty(),
            i.motivations(),
            Optional.empty(),
            i.types(),
            Optional.empty(),
            i.when(),
            i.stillHappening(),
            new Location(
                l.type(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                l.ward()),
            i.injured(),
            i.damageOrLoss(),
            i.evidence(),
            Optional.empty());
    People p = report.people();
    People people =
        new People(
            p.victim()
                .map(
                    v ->
                        new Victim(
                            Optional.empty(),
                            new ContactDetails(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()),
                            v.ageBand(),
                            new EqualityMonitoring(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()))),
            new Offenders(p.offenders().howMany(), p.offenders().knownToVictim(), List.of()),
            List.of());
    History h = report.history();
    List<Consent> consents =
        report.consents().stream()
            .map(
                c ->
                    new Consent(
                        c.purpose(),
                        c.granted(),
                        c.policeSharing(),
                        c.contact()
                            .map(
                                cp ->
                                    new ContactPreferences(
                                        cp.method(), Optional.empty(), false, Optional.empty())),
                        c.method(),
                        c.recordedAt(),
                        c.recordedBy(),
                        c.wordingVersion()))
            .toList();
    return new Report(
        report.meta(),
        new Reporter(report.reporter().role(), Optional.empty(), report.reporter().anonymous()),
        incident,
        people,
        new History(h.happenedBefore(), h.reportedBefore(), Optional.empty()),
        consents,
        report.needs(),
        List.of(),
        report.outcome());
  }
}
