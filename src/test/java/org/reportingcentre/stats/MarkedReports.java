package org.reportingcentre.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Attachment;
import org.reportingcentre.report.Consent;
import org.reportingcentre.report.ConsentMethod;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.ContactDetails;
import org.reportingcentre.report.ContactMethod;
import org.reportingcentre.report.ContactPreferences;
import org.reportingcentre.report.EqualityMonitoring;
import org.reportingcentre.report.History;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.Needs;
import org.reportingcentre.report.Offenders;
import org.reportingcentre.report.Outcome;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.PoliceSharing;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.Victim;
import org.reportingcentre.report.Witness;

/**
 * Reports with a marker string in every personal field, so a test can prove none reaches a
 * statistics output. Each marker is {@code QX} plus a field name, so a failure says which field
 * leaked.
 */
final class MarkedReports {
  static final String PREFIX = "QXMARK";

  private MarkedReports() {}

  static String marker(String field) {
    return PREFIX + field;
  }

  static List<Report> make(int count, long firstSequence, Instant completedFrom) {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant completed = completedFrom.plusSeconds(86_400L * 3 * i);
      Instant consented = completed.minusSeconds(60);
      reports.add(
          ReportBuilder.full()
              .id(UUID.randomUUID())
              .reference(new Reference("TWL", firstSequence + i))
              .createdAt(completed.minusSeconds(900))
              .completedAt(Optional.of(completed))
              .reporter(ReporterRole.ON_BEHALF, marker("relationship"), false)
              .description(marker("description"))
              .hateIndicators(marker("hateindicators"))
              .otherMotivation(marker("othermotivation"))
              .otherType(marker("othertype"))
              .location(
                  new Location(
                      LocationType.ONLINE,
                      Optional.of(marker("platform")),
                      Optional.of(marker("otherplace")),
                      Optional.of(marker("address")),
                      Optional.of(marker("postcode")),
                      Optional.of("Kingsway")))
              .evidenceNotes(marker("evidencenotes"))
              .victim(
                  new Victim(
                      Optional.of(marker("victimname")),
                      new ContactDetails(
                          Optional.of(marker("phone")),
                          Optional.of(marker("email")),
                          Optional.of(marker("homeaddress")),
                          Optional.of(marker("homepostcode"))),
                      Optional.empty(),
                      EqualityMonitoring.notAsked()))
              .offenders(new Offenders(Optional.of(1), Answer.YES, List.of(marker("offender"))))
              .witnesses(
                  new Witness(
                      Optional.of(marker("witnessname")),
                      Optional.of(marker("witnesscontact")),
                      Optional.of(marker("witnessnotes"))))
              .history(new History(Answer.YES, Answer.YES, Optional.of(marker("reportedto"))))
              .needs(new Needs(Optional.of(marker("interpreter")), true, false, true))
              .consents(
                  new Consent(
                      ConsentPurpose.SHARE_WITH_POLICE,
                      true,
                      Optional.of(PoliceSharing.WITH_NAME),
                      Optional.empty(),
                      ConsentMethod.VERBAL,
                      consented,
                      "amira",
                      "consent-2026-01"),
                  new Consent(
                      ConsentPurpose.CONTACT_BACK,
                      true,
                      Optional.empty(),
                      Optional.of(
                          new ContactPreferences(
                              ContactMethod.PHONE,
                              Optional.of(marker("safetimes")),
                              false,
                              Optional.of(marker("trustedperson")))),
                      ConsentMethod.VERBAL,
                      consented,
                      "amira",
                      "consent-2026-01"))
              .attachments(
                  new Attachment(
                      UUID.randomUUID(),
                      marker("filename") + ".jpg",
                      "image/jpeg",
                      10,
                      "0".repeat(64)))
              .outcome(
                  new Outcome(
                      OutcomeStatus.PASSED_TO_POLICE,
                      List.of(marker("action")),
                      List.of(marker("referral")),
                      Optional.empty(),
                      Optional.of(marker("messageforvictim")),
                      completed.plusSeconds(86_400L * (i + 1))))
              .build());
    }
    return reports;
  }
}
