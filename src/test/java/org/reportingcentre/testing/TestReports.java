package org.reportingcentre.testing;

import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.report.ContactDetails;
import org.reportingcentre.report.EqualityMonitoring;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;
import org.reportingcentre.report.Victim;

/** A small, valid report for tests that need one and do not care about its details. */
public final class TestReports {
  private TestReports() {}

  /**
   * A named victim's report of verbal abuse in the street, with the given own-words text and a new
   * id: {@link ReportBuilder#minimal()} with a victim and a religion strand.
   */
  public static Report report(Reference reference, String description) {
    return ReportBuilder.minimal()
        .id(UUID.randomUUID())
        .reference(reference)
        .centreCode(reference.centreCode())
        .description(description)
        .hateIndicators("They shouted about my headscarf")
        .motivations(MotivationStrand.RELIGION)
        .location(Location.of(LocationType.STREET))
        .victim(
            new Victim(
                Optional.of("Zainab Testperson"),
                new ContactDetails(
                    Optional.of("07700 900123"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
                Optional.empty(),
                EqualityMonitoring.notAsked()))
        .build();
  }
}
