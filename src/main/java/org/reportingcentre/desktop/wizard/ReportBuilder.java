package org.reportingcentre.desktop.wizard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Consent;
import org.reportingcentre.report.ConsentMethod;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.ContactDetails;
import org.reportingcentre.report.ContactPreferences;
import org.reportingcentre.report.EqualityMonitoring;
import org.reportingcentre.report.FormVariant;
import org.reportingcentre.report.History;
import org.reportingcentre.report.Incident;
import org.reportingcentre.report.IncidentDate;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.Needs;
import org.reportingcentre.report.Offenders;
import org.reportingcentre.report.People;
import org.reportingcentre.report.PoliceSharing;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportMeta;
import org.reportingcentre.report.Reporter;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.Victim;
import org.reportingcentre.report.WhenApproximately;
import org.reportingcentre.report.Witness;

/** Turns the wizard's answers into the finished {@link Report}. No JavaFX here. */
public final class ReportBuilder {
  /** The version of the questions; goes into every report as its form version. */
  public static final int FORM_VERSION = 1;

  /** Who is recording, where, and with which wording. */
  public record Context(
      String centreCode,
      String recordedBy,
      Channel channel,
      String language,
      String consentWordingVersion) {}

  private final Context context;

  public ReportBuilder(Context context) {
    this.context = context;
  }

  /** The same, for a report taken in another language or wording (a switch part-way through). */
  public ReportBuilder inWording(String language, String consentWordingVersion) {
    return new ReportBuilder(
        new Context(
            context.centreCode(),
            context.recordedBy(),
            context.channel(),
            language,
            consentWordingVersion));
  }

  public String centreCode() {
    return context.centreCode();
  }

  public Report build(
      Answers a, UUID id, Reference reference, Instant createdAt, Instant completedAt) {
    ReportMeta meta =
        new ReportMeta(
            id,
            reference,
            context.centreCode(),
            context.recordedBy(),
            context.channel(),
            FormVariant.STANDARD,
            context.language(),
            createdAt,
            Optional.of(completedAt),
            FORM_VERSION);
    Reporter reporter =
        new Reporter(
            a.role == null ? ReporterRole.VICTIM : a.role,
            a.role == ReporterRole.ON_BEHALF ? text(a.relationship) : Optional.empty(),
            a.isAnonymous());
    Incident incident =
        new Incident(
            a.description,
            text(a.hateIndicators),
            a.motivations,
            text(a.otherMotivation),
            a.types,
            text(a.otherType),
            when(a),
            orNotSure(a.stillHappening),
            location(a),
            orNotSure(a.injured),
            orNotSure(a.damageOrLoss),
            java.util.Set.of(),
            Optional.empty());
    People people = new People(victim(a), offenders(a), witnesses(a));
    History history =
        new History(
            orNotSure(a.happenedBefore),
            orNotSure(a.reportedBefore),
            a.reportedBefore == Answer.YES ? text(a.reportedTo) : Optional.empty());
    return new Report(
        meta,
        reporter,
        incident,
        people,
        history,
        consents(a, completedAt),
        Needs.none(),
        List.of(),
        Optional.empty());
  }

  static IncidentDate when(Answers a) {
    Optional<LocalTime> time = parseTime(a.time);
    if ("date".equals(a.whenChoice)) {
      return new IncidentDate(parseDate(a), Optional.empty(), time);
    }
    Optional<WhenApproximately> about =
        a.whenChoice == null
            ? Optional.empty()
            : org.reportingcentre.report.Coded.fromCode(WhenApproximately.class, a.whenChoice);
    return new IncidentDate(Optional.empty(), about, time);
  }

  static Optional<LocalDate> parseDate(Answers a) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(a.year.strip()),
              Integer.parseInt(a.month.strip()),
              Integer.parseInt(a.day.strip())));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static Optional<LocalTime> parseTime(String time) {
    if (time == null || time.isBlank()) {
      return Optional.empty();
    }
    try {
      String t = time.strip().replace('.', ':');
      if (t.matches("\\d{1,2}")) {
        t = t + ":00";
      }
      if (t.matches("\\d:\\d\\d")) {
        t = "0" + t;
      }
      return Optional.of(LocalTime.parse(t));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Location location(Answers a) {
    return new Location(
        a.locationType == null ? org.reportingcentre.report.LocationType.OTHER : a.locationType,
        a.locationType == org.reportingcentre.report.LocationType.ONLINE
            ? text(a.platform)
            : Optional.empty(),
        a.locationType == org.reportingcentre.report.LocationType.OTHER
            ? text(a.otherPlace)
            : Optional.empty(),
        text(a.address),
        text(a.postcode),
        text(a.area));
  }

  private static Optional<Victim> victim(Answers a) {
    if (a.isAnonymous() || a.role == ReporterRole.WITNESS) {
      return Optional.empty();
    }
    return Optional.of(
        new Victim(
            text(a.name),
            contact(a),
            Optional.ofNullable(a.ageBand),
            new EqualityMonitoring(
                Optional.ofNullable(a.gender),
                Optional.ofNullable(a.transHistory),
                Optional.ofNullable(a.ethnicity),
                Optional.ofNullable(a.religion),
                Optional.ofNullable(a.sexualOrientation),
                Optional.ofNullable(a.disability))));
  }

  private static ContactDetails contact(Answers a) {
    return new ContactDetails(
        text(a.phone), text(a.email), text(a.homeAddress), text(a.homePostcode));
  }

  private static Offenders offenders(Answers a) {
    if (a.canDescribeOffenders != Answer.YES) {
      return Offenders.unknown();
    }
    Optional<Integer> howMany;
    try {
      howMany =
          a.offenderCount.isBlank()
              ? Optional.empty()
              : Optional.of(Integer.parseInt(a.offenderCount.strip()));
    } catch (NumberFormatException e) {
      howMany = Optional.empty();
    }
    return new Offenders(howMany, orNotSure(a.offendersKnown), a.offenderDescriptions);
  }

  /**
   * The other people who saw it. A witness who reports and is not anonymous has nowhere else in the
   * report for their own name and contact, so they are recorded as the first witness.
   */
  private static List<Witness> witnesses(Answers a) {
    List<Witness> list = new ArrayList<>();
    if (a.role == ReporterRole.WITNESS && !a.isAnonymous()) {
      ContactDetails c = contact(a);
      String contact =
          String.join(
              ", ",
              java.util.stream.Stream.of(c.phone(), c.email(), c.address(), c.postcode())
                  .flatMap(Optional::stream)
                  .toList());
      if (text(a.name).isPresent() || !contact.isEmpty()) {
        list.add(new Witness(text(a.name), text(contact), Optional.of("reporter")));
      }
    }
    if (a.othersSaw == Answer.YES) {
      for (Answers.WitnessAnswer w : a.witnesses) {
        Witness witness = new Witness(text(w.name), text(w.contact), text(w.notes));
        if (witness.name().isPresent()
            || witness.contact().isPresent()
            || witness.notes().isPresent()) {
          list.add(witness);
        }
      }
    }
    return list;
  }

  private List<Consent> consents(Answers a, Instant completedAt) {
    List<Consent> list = new ArrayList<>();
    ConsentMethod method =
        context.channel() == Channel.KIOSK ? ConsentMethod.ON_SCREEN : ConsentMethod.VERBAL;
    if (a.police != null) {
      PoliceSharing police =
          a.isAnonymous() && a.police == PoliceSharing.WITH_NAME
              ? PoliceSharing.WITHOUT_NAME
              : a.police;
      list.add(
          new Consent(
              org.reportingcentre.report.ConsentPurpose.SHARE_WITH_POLICE,
              police != PoliceSharing.NOT_AT_ALL,
              Optional.of(police),
              Optional.empty(),
              method,
              at(a.policeAnsweredAt, completedAt),
              context.recordedBy(),
              context.consentWordingVersion()));
    }
    if (a.victimSupport != null) {
      list.add(
          simple(
              ConsentPurpose.VICTIM_SUPPORT,
              a.victimSupport,
              a.victimSupportAnsweredAt,
              method,
              completedAt));
    }
    if (a.otherServices != null) {
      list.add(
          simple(
              ConsentPurpose.OTHER_SERVICES,
              a.otherServices,
              a.otherServicesAnsweredAt,
              method,
              completedAt));
    }
    if (!a.isAnonymous() && a.contactBack != null) {
      boolean granted = a.contactBack == Answer.YES && a.contactMethod != null;
      Optional<ContactPreferences> prefs =
          granted
              ? Optional.of(
                  new ContactPreferences(
                      a.contactMethod,
                      text(a.safeTimes),
                      a.safeToLeaveMessage == Answer.YES,
                      text(a.trustedPerson)))
              : Optional.empty();
      list.add(
          new Consent(
              ConsentPurpose.CONTACT_BACK,
              granted,
              Optional.empty(),
              prefs,
              method,
              at(a.contactBackAnsweredAt, completedAt),
              context.recordedBy(),
              context.consentWordingVersion()));
    }
    return list;
  }

  private Consent simple(
      ConsentPurpose purpose,
      Answer answer,
      Instant answeredAt,
      ConsentMethod method,
      Instant completedAt) {
    return new Consent(
        purpose,
        answer == Answer.YES,
        Optional.empty(),
        Optional.empty(),
        method,
        at(answeredAt, completedAt),
        context.recordedBy(),
        context.consentWordingVersion());
  }

  private static Instant at(Instant answeredAt, Instant fallback) {
    return answeredAt == null ? fallback : answeredAt;
  }

  private static Answer orNotSure(Answer answer) {
    return answer == null ? Answer.NOT_SURE : answer;
  }

  private static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
