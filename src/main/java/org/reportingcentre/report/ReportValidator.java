package org.reportingcentre.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a finished report must keep, with one plain-language message per problem. The same
 * rules run in the centre (before a report is saved or imported) and at the single point of contact
 * (before a report is accepted).
 */
public final class ReportValidator {
  /** Longest free text for what happened; long enough for any account, short of abuse. */
  public static final int MAX_DESCRIPTION = 20_000;

  /** Longest text for every other free-text answer. */
  public static final int MAX_TEXT = 2_000;

  public static final int MAX_OFFENDERS = 1_000;
  public static final int MAX_REPEATS = 50;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private final Clock clock;

  public ReportValidator(Clock clock) {
    this.clock = clock;
  }

  /** Every problem with a finished report; empty when it may be saved and sent. */
  public List<Problem> validate(Report report) {
    List<Problem> problems = new ArrayList<>();
    checkMeta(report.meta(), problems);
    checkReporter(report, problems);
    checkIncident(report.incident(), problems);
    checkIncidentBeforeReport(report, problems);
    checkPeople(report, problems);
    checkHistory(report.history(), problems);
    checkConsents(report, problems);
    report
        .needs()
        .interpreterLanguage()
        .ifPresent(
            l ->
                checkLength(
                    ReportField.INTERPRETER_LANGUAGE.path(),
                    "The interpreter language",
                    l,
                    100,
                    problems));
    return List.copyOf(problems);
  }

  private void checkMeta(ReportMeta meta, List<Problem> problems) {
    if (!Reference.isValidCentreCode(meta.centreCode())) {
      problems.add(
          new Problem(
              "meta.centreCode", "The centre code must be 2 to 6 capital letters, like TWL."));
    } else if (!meta.reference().centreCode().equals(meta.centreCode())) {
      problems.add(
          new Problem(
              "meta.reference",
              "The reference "
                  + meta.reference()
                  + " does not start with this centre's code, "
                  + meta.centreCode()
                  + "."));
    }
    if (meta.id().version() != 4) {
      problems.add(new Problem("meta.id", "The report id must be a random (version 4) UUID."));
    }
    if (meta.recordedBy().isBlank()) {
      problems.add(
          new Problem("meta.recordedBy", "Say who recorded the report: a user name, or kiosk."));
    }
    if (meta.channel() == Channel.KIOSK && !ReportMeta.KIOSK_USER.equals(meta.recordedBy())) {
      problems.add(
          new Problem(
              "meta.recordedBy",
              "A report made on the kiosk is recorded by \"kiosk\", not by a user."));
    }
    if (!LANGUAGE.matcher(meta.language()).matches()) {
      problems.add(
          new Problem(
              "meta.language",
              "The language must be a language code such as en or pl, not \""
                  + shorten(meta.language())
                  + "\"."));
    }
    Instant soon = clock.instant().plusSeconds(24 * 3600);
    if (meta.completedAt().isEmpty()) {
      problems.add(
          new Problem(
              "meta.completedAt", "The report is not finished: it has no completion time."));
    } else if (meta.completedAt().get().isBefore(meta.createdAt())) {
      problems.add(
          new Problem(
              "meta.completedAt",
              "The report was finished before it was started. Check both times."));
    } else if (meta.completedAt().get().isAfter(soon) && !meta.createdAt().isAfter(soon)) {
      problems.add(
          new Problem(
              "meta.completedAt",
              "The report was finished in the future. Check the computer's date and time."));
    }
    if (meta.createdAt().isAfter(soon)) {
      problems.add(
          new Problem(
              "meta.createdAt",
              "The report was started in the future. Check the computer's date and time."));
    }
    if (meta.formVersion() < 1) {
      problems.add(new Problem("meta.formVersion", "The form version must be 1 or more."));
    }
  }

  private void checkReporter(Report report, List<Problem> problems) {
    Reporter reporter = report.reporter();
    if (reporter.role() == ReporterRole.ON_BEHALF && reporter.relationship().isEmpty()) {
      problems.add(
          new Problem(
              ReportField.RELATIONSHIP.path(),
              "Say who the victim is to the person reporting for them, for example a friend or a carer."));
    }
    reporter
        .relationship()
        .ifPresent(
            r ->
                checkLength(ReportField.RELATIONSHIP.path(), "The relationship", r, 200, problems));
  }

  private void checkIncident(Incident incident, List<Problem> problems) {
    if (incident.description().isEmpty()) {
      problems.add(
          new Problem(ReportField.DESCRIPTION.path(), "Say what happened, in your own words."));
    }
    checkLength(
        ReportField.DESCRIPTION.path(),
        "What happened",
        incident.description(),
        MAX_DESCRIPTION,
        problems);
    incident
        .hateIndicators()
        .ifPresent(
            t ->
                checkLength(
                    ReportField.HATE_INDICATORS.path(),
                    "What showed it was hate",
                    t,
                    MAX_TEXT,
                    problems));
    if (incident.types().isEmpty()) {
      problems.add(
          new Problem(
              ReportField.INCIDENT_TYPES.path(),
              "Choose at least one thing that happened, or choose \"Something else\"."));
    }
    if (incident.types().contains(IncidentType.OTHER) && incident.otherType().isEmpty()) {
      problems.add(
          new Problem(
              ReportField.OTHER_TYPE.path(),
              "You chose \"Something else\" for what happened: say what it was."));
    }
    if (incident.motivations().isEmpty()) {
      problems.add(
          new Problem(
              ReportField.MOTIVATIONS.path(),
              "Choose at least one reason you think it happened, or choose \"Something else\"."));
    }
    if (incident.motivations().contains(MotivationStrand.OTHER)
        && incident.otherMotivation().isEmpty()) {
      problems.add(
          new Problem(
              ReportField.OTHER_MOTIVATION.path(),
              "You chose \"Something else\" for why it happened: say what it was."));
    }
    incident
        .otherMotivation()
        .ifPresent(
            t ->
                checkLength(
                    ReportField.OTHER_MOTIVATION.path(),
                    "The other reason",
                    t,
                    MAX_TEXT,
                    problems));
    incident
        .otherType()
        .ifPresent(
            t ->
                checkLength(
                    ReportField.OTHER_TYPE.path(),
                    "The other kind of incident",
                    t,
                    MAX_TEXT,
                    problems));
    incident
        .evidenceNotes()
        .ifPresent(
            t ->
                checkLength(
                    ReportField.EVIDENCE_NOTES.path(),
                    "The evidence notes",
                    t,
                    MAX_TEXT,
                    problems));
    checkWhen(incident.when(), problems);
    checkLocation(incident.location(), problems);
  }

  private void checkIncidentBeforeReport(Report report, List<Problem> problems) {
    Optional<LocalDate> finished =
        report.meta().completedAt().map(i -> i.atZone(LocalZone.ZONE).toLocalDate());
    Optional<LocalDate> happened = report.incident().when().date();
    if (finished.isPresent()
        && happened.isPresent()
        && happened.get().isAfter(finished.get())
        && !happened.get().isAfter(LocalZone.today(clock))) {
      problems.add(
          new Problem(
              ReportField.WHEN.path(),
              "The date it happened is after the report was made. Check the date."));
    }
  }

  private void checkWhen(IncidentDate when, List<Problem> problems) {
    if (when.date().isEmpty() && when.approximately().isEmpty()) {
      problems.add(new Problem("incident.when", "Say when it happened, or choose \"Not sure\"."));
    }
    if (when.date().isPresent() && when.approximately().isPresent()) {
      problems.add(new Problem("incident.when", "Give a date or an approximate time, not both."));
    }
    LocalDate today = LocalZone.today(clock);
    if (when.date().filter(d -> d.isAfter(today)).isPresent()) {
      problems.add(
          new Problem(ReportField.WHEN.path(), "The date it happened cannot be in the future."));
    }
    if (when.date().filter(d -> d.isBefore(today.minusYears(100))).isPresent()) {
      problems.add(
          new Problem(
              ReportField.WHEN.path(),
              "The date it happened is more than 100 years ago. Check the year."));
    }
  }

  private void checkLocation(Location location, List<Problem> problems) {
    if (location.type() == LocationType.ONLINE && location.platform().isEmpty()) {
      problems.add(
          new Problem(
              ReportField.PLATFORM.path(),
              "Say which website, app or game it happened on, or write \"not sure\"."));
    }
    if (location.type() == LocationType.OTHER && location.otherDescription().isEmpty()) {
      problems.add(
          new Problem(
              ReportField.OTHER_PLACE.path(),
              "You chose \"Somewhere else\": say where it happened."));
    }
    location
        .platform()
        .ifPresent(t -> checkLength(ReportField.PLATFORM.path(), "The platform", t, 200, problems));
    location
        .otherDescription()
        .ifPresent(t -> checkLength(ReportField.OTHER_PLACE.path(), "The place", t, 200, problems));
    location
        .address()
        .ifPresent(t -> checkLength(ReportField.ADDRESS.path(), "The address", t, 500, problems));
    location
        .postcode()
        .ifPresent(t -> checkLength(ReportField.POSTCODE.path(), "The postcode", t, 10, problems));
    location
        .ward()
        .ifPresent(t -> checkLength(ReportField.WARD.path(), "The ward", t, 100, problems));
  }

  private void checkPeople(Report report, List<Problem> problems) {
    People people = report.people();
    Optional<Victim> victim = people.victim();
    if (report.reporter().anonymous()
        && victim.filter(v -> v.name().isPresent() || !v.contact().nothingGiven()).isPresent()) {
      problems.add(
          new Problem(
              "people.victim",
              "The report is anonymous but has a name or contact details. Remove them, or make the report not anonymous."));
    }
    victim.ifPresent(v -> checkVictim(v, problems));
    Offenders offenders = people.offenders();
    offenders
        .howMany()
        .filter(n -> n < 1 || n > MAX_OFFENDERS)
        .ifPresent(
            n ->
                problems.add(
                    new Problem(
                        ReportField.OFFENDER_COUNT.path(),
                        "The number of people who did it must be from 1 to "
                            + MAX_OFFENDERS
                            + ", or left out if not known.")));
    if (offenders.descriptions().size() > MAX_REPEATS) {
      problems.add(
          new Problem(
              ReportField.OFFENDER_DESCRIPTIONS.path(),
              "Give at most " + MAX_REPEATS + " descriptions."));
    }
    for (int i = 0; i < offenders.descriptions().size(); i++) {
      checkLength(
          "people.offenders.descriptions[" + i + "]",
          "The description",
          offenders.descriptions().get(i),
          MAX_TEXT,
          problems);
    }
    if (people.witnesses().size() > MAX_REPEATS) {
      problems.add(
          new Problem(ReportField.WITNESSES.path(), "Give at most " + MAX_REPEATS + " witnesses."));
    }
    for (int i = 0; i < people.witnesses().size(); i++) {
      Witness w = people.witnesses().get(i);
      String at = "people.witnesses[" + i + "]";
      w.name().ifPresent(t -> checkLength(at + ".name", "The witness's name", t, 200, problems));
      w.contact()
          .ifPresent(t -> checkLength(at + ".contact", "The witness's contact", t, 500, problems));
      w.notes()
          .ifPresent(
              t -> checkLength(at + ".notes", "The notes on the witness", t, MAX_TEXT, problems));
    }
  }

  private void checkVictim(Victim victim, List<Problem> problems) {
    victim
        .name()
        .ifPresent(t -> checkLength(ReportField.VICTIM_NAME.path(), "The name", t, 200, problems));
    ContactDetails contact = victim.contact();
    contact
        .email()
        .filter(e -> !EMAIL.matcher(e).matches())
        .ifPresent(
            e ->
                problems.add(
                    new Problem(
                        ReportField.VICTIM_EMAIL.path(),
                        "The email address is not complete: it should look like name@example.org.")));
    contact
        .phone()
        .filter(p -> !PHONE.matcher(p).matches())
        .ifPresent(
            p ->
                problems.add(
                    new Problem(
                        ReportField.VICTIM_PHONE.path(),
                        "The phone number should have only digits, spaces and a + at the start, like 07700 900123.")));
    contact
        .address()
        .ifPresent(
            t -> checkLength(ReportField.VICTIM_ADDRESS.path(), "The address", t, 500, problems));
    contact
        .postcode()
        .ifPresent(
            t -> checkLength(ReportField.VICTIM_POSTCODE.path(), "The postcode", t, 10, problems));
  }

  private void checkHistory(History history, List<Problem> problems) {
    if (history.reportedBefore() == Answer.YES && history.reportedTo().isEmpty()) {
      problems.add(
          new Problem(
              ReportField.REPORTED_TO.path(),
              "You said it was reported before: say who it was reported to, or write \"not sure\"."));
    }
    history
        .reportedTo()
        .ifPresent(
            t ->
                checkLength(
                    ReportField.REPORTED_TO.path(), "Who it was reported to", t, 500, problems));
  }

  private void checkConsents(Report report, List<Problem> problems) {
    Set<ConsentPurpose> seen = EnumSet.noneOf(ConsentPurpose.class);
    List<Consent> consents = report.consents();
    for (int i = 0; i < consents.size(); i++) {
      Consent consent = consents.get(i);
      String at = "consents[" + i + "]";
      if (!seen.add(consent.purpose())) {
        problems.add(
            new Problem(
                at,
                "There are two answers about \""
                    + consent.purpose().code()
                    + "\". Keep only one."));
      }
      if (consent.purpose() == ConsentPurpose.SHARE_WITH_POLICE) {
        if (consent.policeSharing().isEmpty()) {
          problems.add(
              new Problem(
                  at + ".policeSharing",
                  "Say whether the police may have the report with the name, without the name, or not at all."));
        } else if (consent.granted()
            == (consent.policeSharing().get() == PoliceSharing.NOT_AT_ALL)) {
          problems.add(
              new Problem(
                  at + ".policeSharing",
                  "The answer about the police does not match: \"not at all\" means no consent, the others mean consent."));
        }
        if (report.reporter().anonymous()
            && consent.policeSharing().filter(p -> p == PoliceSharing.WITH_NAME).isPresent()) {
          problems.add(
              new Problem(
                  at + ".policeSharing",
                  "An anonymous report cannot be shared with the police with a name."));
        }
      } else if (consent.policeSharing().isPresent()) {
        problems.add(
            new Problem(
                at + ".policeSharing",
                "Only the answer about the police says how much the police may see."));
      }
      if (consent.purpose() == ConsentPurpose.CONTACT_BACK && consent.granted()) {
        if (consent.contact().isEmpty()) {
          problems.add(new Problem(at + ".contact", "Say how to contact the person back safely."));
        }
        if (report.reporter().anonymous()) {
          problems.add(
              new Problem(
                  at,
                  "An anonymous report cannot ask to be contacted back. Make it not anonymous, or say no to contact."));
        }
      }
      consent
          .contact()
          .ifPresent(
              c -> {
                c.safeTimes()
                    .ifPresent(
                        t ->
                            checkLength(
                                at + ".contact.safeTimes", "The safe times", t, 500, problems));
                c.trustedPerson()
                    .ifPresent(
                        t ->
                            checkLength(
                                at + ".contact.trustedPerson",
                                "The trusted person",
                                t,
                                500,
                                problems));
              });
      if (consent.recordedBy().isBlank()) {
        problems.add(new Problem(at + ".recordedBy", "Say who recorded this consent."));
      }
      if (consent.wordingVersion().isBlank()) {
        problems.add(
            new Problem(
                at + ".wordingVersion", "Say which version of the wording the person was shown."));
      }
    }
  }

  private static void checkLength(
      String field, String what, String text, int max, List<Problem> problems) {
    if (text.length() > max) {
      problems.add(
          new Problem(
              field,
              what
                  + " is too long: "
                  + text.length()
                  + " characters, and the most is "
                  + max
                  + "."));
    }
  }

  private static String shorten(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }
}
