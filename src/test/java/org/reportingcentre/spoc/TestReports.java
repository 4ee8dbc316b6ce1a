package org.reportingcentre.spoc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.reportingcentre.report.AgeBand;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Consent;
import org.reportingcentre.report.ConsentMethod;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.ContactDetails;
import org.reportingcentre.report.ContactMethod;
import org.reportingcentre.report.ContactPreferences;
import org.reportingcentre.report.EqualityMonitoring;
import org.reportingcentre.report.Ethnicity;
import org.reportingcentre.report.EvidenceKind;
import org.reportingcentre.report.FormVariant;
import org.reportingcentre.report.Gender;
import org.reportingcentre.report.History;
import org.reportingcentre.report.IncidentDate;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Needs;
import org.reportingcentre.report.Offenders;
import org.reportingcentre.report.PoliceSharing;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Religion;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;
import org.reportingcentre.report.ReportMeta;
import org.reportingcentre.report.Reporter;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.Victim;
import org.reportingcentre.report.WhenApproximately;
import org.reportingcentre.report.Witness;

/**
 * Realistic, clearly fictional reports that pass {@link
 * org.reportingcentre.report.ReportValidator}. The same centre and number always give the same
 * report, so tests can send it again.
 */
public final class TestReports {
  private static final Instant STARTED = Instant.parse("2026-03-02T10:15:00Z");

  private TestReports() {}

  /** Report number {@code n} of the centre: one of three kinds, by {@code n % 3}. */
  public static Report report(String centreCode, long n) {
    return switch ((int) (n % 3)) {
      case 0 -> named(centreCode, n);
      case 1 -> anonymousKiosk(centreCode, n);
      default -> onBehalfOnline(centreCode, n);
    };
  }

  public static List<Report> reports(String centreCode, long from, int count) {
    return java.util.stream.LongStream.range(from, from + count)
        .mapToObj(n -> report(centreCode, n))
        .toList();
  }

  /** A random (version 4) UUID that is the same for the same centre and number. */
  public static UUID idFor(String centreCode, long n) {
    Random random = new Random(centreCode.hashCode() * 1_000_003L + n);
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /** The same report with its description changed: same id, different content. */
  public static Report changed(Report report, String newDescription) {
    return ReportBuilder.from(report).description(newDescription).build();
  }

  /** The builder's minimal report with this centre's id, reference, channel and times. */
  private static ReportBuilder meta(String centreCode, long n, Channel channel, String by) {
    Instant created = STARTED.plusSeconds(n * 37);
    return ReportBuilder.minimal()
        .id(idFor(centreCode, n))
        .reference(new Reference(centreCode, n + 1))
        .centreCode(centreCode)
        .recordedBy(by)
        .channel(channel)
        .formVariant(channel == Channel.KIOSK ? FormVariant.EASY_READ : FormVariant.STANDARD)
        .createdAt(created)
        .completedAt(Optional.of(created.plusSeconds(600)));
  }

  private static Report named(String centreCode, long n) {
    return meta(centreCode, n, Channel.IN_PERSON, "volunteer.asha")
        .description(
            "Two men shouted abuse about my headscarf at the bus stop on Example Road and one"
                + " spat at me. This is report number "
                + n
                + ".")
        .hateIndicators("They used religious slurs and told me to go home.")
        .motivations(MotivationStrand.RELIGION, MotivationStrand.RACE)
        .types(IncidentType.VERBAL_ABUSE, IncidentType.PHYSICAL_ATTACK)
        .when(
            new IncidentDate(
                Optional.of(LocalDate.of(2026, 2, 27)),
                Optional.empty(),
                Optional.of(LocalTime.of(17, 40))))
        .location(
            new Location(
                LocationType.STREET,
                Optional.empty(),
                Optional.empty(),
                Optional.of("Bus stop, Example Road"),
                Optional.of("ZZ1 2AB"),
                Optional.of("Riverside")))
        .evidence(EvidenceKind.CCTV)
        .evidenceNotes("There is a camera on the bus shelter.")
        .victim(
            new Victim(
                Optional.of("Fictional Person " + n),
                new ContactDetails(
                    Optional.of("07700 900123"),
                    Optional.of("person" + n + "@example.org"),
                    Optional.empty(),
                    Optional.of("ZZ1 2AB")),
                Optional.of(AgeBand.AGE_25_34),
                new EqualityMonitoring(
                    Optional.of(Gender.WOMAN),
                    Optional.empty(),
                    Optional.of(Ethnicity.ASIAN),
                    Optional.of(Religion.MUSLIM),
                    Optional.empty(),
                    Optional.empty())))
        .offenders(
            new Offenders(
                Optional.of(2), Answer.NO, List.of("Tall, grey hoodie", "Shorter, black cap")))
        .witnesses(new Witness(Optional.of("A bus driver"), Optional.empty(), Optional.empty()))
        .history(new History(Answer.YES, Answer.NO, Optional.empty()))
        .consents(
            new Consent(
                ConsentPurpose.SHARE_WITH_POLICE,
                true,
                Optional.of(PoliceSharing.WITH_NAME),
                Optional.empty(),
                ConsentMethod.ON_SCREEN,
                STARTED.plusSeconds(n * 37 + 500),
                "volunteer.asha",
                "consent-v1"),
            new Consent(
                ConsentPurpose.CONTACT_BACK,
                true,
                Optional.empty(),
                Optional.of(
                    new ContactPreferences(
                        ContactMethod.TEXT,
                        Optional.of("Weekdays after 6pm"),
                        false,
                        Optional.empty())),
                ConsentMethod.ON_SCREEN,
                STARTED.plusSeconds(n * 37 + 510),
                "volunteer.asha",
                "consent-v1"))
        .needs(new Needs(Optional.of("Urdu"), false, false, false))
        .build();
  }

  private static Report anonymousKiosk(String centreCode, long n) {
    return meta(centreCode, n, Channel.KIOSK, ReportMeta.KIOSK_USER)
        .reporter(new Reporter(ReporterRole.VICTIM, Optional.empty(), true))
        .description(
            "People at the park called me names because of my wheelchair. Kiosk report " + n + ".")
        .motivations(MotivationStrand.DISABILITY)
        .when(IncidentDate.about(WhenApproximately.THIS_WEEK))
        .stillHappening(Answer.NOT_SURE)
        .location(Location.of(LocationType.PARK))
        .history(new History(Answer.NOT_SURE, Answer.NO, Optional.empty()))
        .consents(
            new Consent(
                ConsentPurpose.SHARE_WITH_POLICE,
                true,
                Optional.of(PoliceSharing.WITHOUT_NAME),
                Optional.empty(),
                ConsentMethod.ON_SCREEN,
                STARTED.plusSeconds(n * 37 + 400),
                ReportMeta.KIOSK_USER,
                "consent-easy-v1"))
        .needs(new Needs(Optional.empty(), false, true, false))
        .build();
  }

  private static Report onBehalfOnline(String centreCode, long n) {
    return meta(centreCode, n, Channel.PHONE, "manager.tom")
        .reporter(new Reporter(ReporterRole.ON_BEHALF, Optional.of("Support worker"), false))
        .description(
            "My client keeps getting transphobic messages on a gaming chat from the same"
                + " accounts. Case "
                + n
                + ".")
        .hateIndicators("Slurs about being trans.")
        .motivations(MotivationStrand.TRANSGENDER)
        .types(IncidentType.ONLINE_ABUSE, IncidentType.THREATS_INTIMIDATION)
        .when(IncidentDate.about(WhenApproximately.EARLIER))
        .stillHappening(Answer.YES)
        .location(
            new Location(
                LocationType.ONLINE,
                Optional.of("A fictional game chat"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()))
        .damageOrLoss(Answer.NOT_SURE)
        .evidence(EvidenceKind.MESSAGES)
        .victim(
            new Victim(
                Optional.empty(),
                ContactDetails.none(),
                Optional.of(AgeBand.AGE_18_24),
                EqualityMonitoring.notAsked()))
        .offenders(new Offenders(Optional.empty(), Answer.NO, List.of()))
        .history(new History(Answer.YES, Answer.YES, Optional.of("The game's moderators")))
        .consents(
            new Consent(
                ConsentPurpose.VICTIM_SUPPORT,
                true,
                Optional.empty(),
                Optional.empty(),
                ConsentMethod.VERBAL,
                STARTED.plusSeconds(n * 37 + 300),
                "manager.tom",
                "consent-v1"))
        .build();
  }
}
