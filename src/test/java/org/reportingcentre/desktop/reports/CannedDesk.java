package org.reportingcentre.desktop.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.reportingcentre.centre.ReportPage;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.CorrectableField;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Outcome;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReportBuilder;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.AuditEntry;
import org.reportingcentre.store.ReportCorrection;
import org.reportingcentre.store.ReportListPage;
import org.reportingcentre.store.ReportQuery;
import org.reportingcentre.store.ReportRow;
import org.reportingcentre.store.SyncDetails;

/**
 * Fixed answers for drawing the report screens with no store (the accessibility audit and
 * screenshots of every mode and language). The behaviour is tested on a real store elsewhere.
 */
public final class CannedDesk implements DeskService {
  private static final Instant AT = Instant.parse("2026-11-18T14:05:00Z");
  private final boolean manager;
  private final ReportStatus status;

  /**
   * @param status of the report page: saved shows the correction form, received the outcome and the
   *     purged answers
   */
  public CannedDesk(boolean manager, ReportStatus status) {
    this.manager = manager;
    this.status = status;
  }

  @Override
  public boolean detailed() {
    return manager;
  }

  @Override
  public ReportListPage page(ReportQuery query) {
    List<ReportRow> rows = new ArrayList<>();
    String[] wards = {"Millbrook", "Eastfield", "Townsley Central", "Northgate"};
    for (int i = 0; i < ReportsViewModel.PAGE_SIZE; i++) {
      ReportStatus s = ReportStatus.values()[i % 4];
      rows.add(
          new ReportRow(
              UUID.nameUUIDFromBytes(new byte[] {(byte) i}),
              new Reference("TWL", 2_000 + i),
              AT.minusSeconds(86_400L * i),
              s,
              manager ? Optional.of(Channel.values()[i % 4]) : Optional.empty(),
              manager ? Optional.of(i % 2 == 0 ? "amira" : "helen.k") : Optional.empty(),
              manager ? Set.of(MotivationStrand.RACE) : Set.of(),
              manager ? Optional.of(wards[i % 4]) : Optional.empty()));
    }
    return new ReportListPage(rows, 0, ReportsViewModel.PAGE_SIZE, true, manager);
  }

  @Override
  public long count(ReportQuery query) {
    return 1_204;
  }

  @Override
  public List<String> wards() {
    return List.of("Eastfield", "Millbrook", "Northgate", "Townsley Central");
  }

  @Override
  public List<String> recorders() {
    return List.of("amira", "helen.k", "kiosk");
  }

  @Override
  public ReportPage open(Reference reference) {
    boolean received = status == ReportStatus.RECEIVED;
    var builder = ReportBuilder.full().reference(reference);
    if (received) {
      // As the purge leaves it: identifying answers gone, the coded ones and the ward kept.
      builder
          .description("(removed from this computer after the SPOC's receipt)")
          .hateIndicators("")
          .otherMotivation("")
          .otherType("")
          .location(
              new org.reportingcentre.report.Location(
                  org.reportingcentre.report.LocationType.PUBLIC_TRANSPORT,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of("Millbrook")))
          .victim(
              new org.reportingcentre.report.Victim(
                  Optional.empty(),
                  org.reportingcentre.report.ContactDetails.none(),
                  Optional.of(org.reportingcentre.report.AgeBand.AGE_35_44),
                  org.reportingcentre.report.EqualityMonitoring.notAsked()));
    }
    var report = builder.build();
    SyncDetails sync =
        new SyncDetails(
            report.meta().id(),
            reference,
            status,
            received ? Optional.of("SPOC-2026-004411") : Optional.empty(),
            received ? Optional.of(AT.plusSeconds(3_600)) : Optional.empty(),
            false,
            status == ReportStatus.NEEDS_ATTENTION
                ? Optional.of("The SPOC could not read the postcode. Correct it and send again.")
                : Optional.empty(),
            received
                ? Optional.of(
                    new Outcome(
                        OutcomeStatus.PASSED_TO_POLICE,
                        List.of(),
                        List.of(),
                        Optional.of(LocalDate.of(2026, 11, 24)),
                        Optional.of("The police will call you this week."),
                        AT.plusSeconds(90_000)))
                : Optional.empty(),
            false,
            received ? Optional.of(AT.plusSeconds(86_400L * 31)) : Optional.empty());
    List<AuditEntry> trail =
        List.of(
            new AuditEntry(41, AT, "amira", AuditAction.CREATE, reference.toString(), "", "0", "1"),
            new AuditEntry(
                57,
                AT.plusSeconds(600),
                "amira",
                AuditAction.CHANGE,
                reference.toString(),
                "corrected motivations, ward; values sha256 9f2c",
                "1",
                "2"),
            new AuditEntry(
                58,
                AT.plusSeconds(900),
                "amira",
                AuditAction.VIEW,
                reference.toString(),
                "",
                "2",
                "3"));
    List<ReportCorrection> corrections =
        List.of(
            new ReportCorrection(
                57,
                AT.plusSeconds(600),
                "amira",
                CorrectableField.WARD,
                received ? Optional.empty() : Optional.of("Milbrook"),
                received ? Optional.empty() : Optional.of("Millbrook"),
                received ? Optional.of(AT.plusSeconds(86_400L * 31)) : Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            new ReportCorrection(
                57,
                AT.plusSeconds(600),
                "amira",
                CorrectableField.MOTIVATIONS,
                received ? Optional.empty() : Optional.of("race"),
                received ? Optional.empty() : Optional.of("race,religion"),
                received ? Optional.of(AT.plusSeconds(86_400L * 31)) : Optional.empty(),
                received ? Optional.empty() : Optional.of("Race, ethnicity or nationality"),
                received
                    ? Optional.empty()
                    : Optional.of("Race, ethnicity or nationality, Religion or belief")));
    return new ReportPage(report, sync, trail, corrections);
  }

  @Override
  public List<CorrectableField> correct(
      Reference reference,
      Map<CorrectableField, String> values,
      org.reportingcentre.centre.ReportDesk.Wording words) {
    return List.of();
  }
}
