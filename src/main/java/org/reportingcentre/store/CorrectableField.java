package org.reportingcentre.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.IncidentDate;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.Victim;
import org.reportingcentre.report.WhenApproximately;

/**
 * The answers a manager can correct before a report is sent, in the order the form asks them: the
 * coded answers (who is reporting, what happened, why, when, where, harm, offenders, history) with
 * the free texts that go with them, and the free texts people most often want put right.
 *
 * <p>Every value is a string: free text as typed; a coded answer as its code ({@code "yes"}, {@code
 * "street"}); several codes joined by commas in the code list's order ({@code "race,religion"}); a
 * date as {@code 2026-11-20} or an approximate time as its code ({@code "yesterday"}); a number as
 * digits. An empty value clears an optional answer.
 *
 * <p>Not here, on purpose (ADR 0602): the consents, which are the person's own statement with the
 * wording they saw, when and who recorded it; the equality answers and age band, which describe the
 * person in their own terms; and whether the report is anonymous, which is the person's choice.
 */
public enum CorrectableField {
  REPORTER_ROLE(
      "reporter-role",
      Kind.ONE_OF,
      ReporterRole.values(),
      r -> code(r.reporter().role()),
      (e, v) -> e.role = one(ReporterRole.class, v, "who is reporting")),
  RELATIONSHIP(
      "relationship", Kind.TEXT, r -> r.reporter().relationship(), (e, v) -> e.relationship = v),
  DESCRIPTION(
      "description",
      Kind.LONG_TEXT,
      r -> Optional.of(r.incident().description()),
      (e, v) -> e.description = v.orElse("")),
  INCIDENT_TYPES(
      "incident-types",
      Kind.ANY_OF,
      IncidentType.values(),
      r -> codes(r.incident().types()),
      (e, v) -> e.types = many(IncidentType.class, v, "what happened")),
  OTHER_TYPE("other-type", Kind.TEXT, r -> r.incident().otherType(), (e, v) -> e.otherType = v),
  MOTIVATIONS(
      "motivations",
      Kind.ANY_OF,
      MotivationStrand.values(),
      r -> codes(r.incident().motivations()),
      (e, v) -> e.motivations = many(MotivationStrand.class, v, "why it happened")),
  OTHER_MOTIVATION(
      "other-motivation",
      Kind.TEXT,
      r -> r.incident().otherMotivation(),
      (e, v) -> e.otherMotivation = v),
  HATE_INDICATORS(
      "hate-indicators",
      Kind.TEXT,
      r -> r.incident().hateIndicators(),
      (e, v) -> e.hateIndicators = v),
  WHEN(
      "when",
      Kind.WHEN,
      WhenApproximately.values(),
      r -> when(r.incident().when()),
      (e, v) -> e.when = when(e.when, v)),
  STILL_HAPPENING(
      "still-happening",
      Kind.ANSWER,
      Answer.values(),
      r -> code(r.incident().stillHappening()),
      (e, v) -> e.stillHappening = one(Answer.class, v, "whether it is still happening")),
  LOCATION_TYPE(
      "location-type",
      Kind.ONE_OF,
      LocationType.values(),
      r -> code(r.incident().location().type()),
      (e, v) -> e.place = one(LocationType.class, v, "where it happened")),
  PLATFORM(
      "platform", Kind.TEXT, r -> r.incident().location().platform(), (e, v) -> e.platform = v),
  OTHER_PLACE(
      "other-place",
      Kind.TEXT,
      r -> r.incident().location().otherDescription(),
      (e, v) -> e.otherPlace = v),
  ADDRESS("address", Kind.TEXT, r -> r.incident().location().address(), (e, v) -> e.address = v),
  POSTCODE(
      "postcode", Kind.TEXT, r -> r.incident().location().postcode(), (e, v) -> e.postcode = v),
  WARD("ward", Kind.TEXT, r -> r.incident().location().ward(), (e, v) -> e.ward = v),
  INJURED(
      "injured",
      Kind.ANSWER,
      Answer.values(),
      r -> code(r.incident().injured()),
      (e, v) -> e.injured = one(Answer.class, v, "whether anyone was hurt")),
  DAMAGE_OR_LOSS(
      "damage-or-loss",
      Kind.ANSWER,
      Answer.values(),
      r -> code(r.incident().damageOrLoss()),
      (e, v) -> e.damageOrLoss = one(Answer.class, v, "whether anything was damaged or taken")),
  OFFENDER_COUNT(
      "offender-count",
      Kind.COUNT,
      r -> r.people().offenders().howMany().map(String::valueOf),
      (e, v) -> e.offenderCount = count(v)),
  OFFENDERS_KNOWN(
      "offenders-known",
      Kind.ANSWER,
      Answer.values(),
      r -> code(r.people().offenders().knownToVictim()),
      (e, v) -> e.offendersKnown = one(Answer.class, v, "whether they know who did it")),
  HAPPENED_BEFORE(
      "happened-before",
      Kind.ANSWER,
      Answer.values(),
      r -> code(r.history().happenedBefore()),
      (e, v) -> e.happenedBefore = one(Answer.class, v, "whether it has happened before")),
  VICTIM_NAME(
      "victim-name",
      Kind.TEXT,
      r -> r.people().victim().flatMap(Victim::name),
      (e, v) -> e.victimName = v),
  VICTIM_PHONE(
      "victim-phone",
      Kind.TEXT,
      r -> r.people().victim().flatMap(v -> v.contact().phone()),
      (e, v) -> e.victimPhone = v),
  VICTIM_EMAIL(
      "victim-email",
      Kind.TEXT,
      r -> r.people().victim().flatMap(v -> v.contact().email()),
      (e, v) -> e.victimEmail = v);

  /** What sort of answer a field holds, and so which control the form shows for it. */
  public enum Kind {
    /** One line of free text. */
    TEXT,
    /** Free text of any length. */
    LONG_TEXT,
    /** One code from a list. */
    ONE_OF,
    /** Any number of codes from a list. */
    ANY_OF,
    /** Yes, no or not sure. */
    ANSWER,
    /** A date, or an approximate time from a list. */
    WHEN,
    /** A whole number, or empty when not known. */
    COUNT
  }

  private final String code;
  private final Kind kind;
  private final List<Coded> options;
  private final Function<Report, Optional<String>> read;
  private final BiConsumer<ReportEdit, Optional<String>> write;

  CorrectableField(
      String code,
      Kind kind,
      Function<Report, Optional<String>> read,
      BiConsumer<ReportEdit, Optional<String>> write) {
    this(code, kind, new Coded[0], read, write);
  }

  CorrectableField(
      String code,
      Kind kind,
      Coded[] options,
      Function<Report, Optional<String>> read,
      BiConsumer<ReportEdit, Optional<String>> write) {
    this.code = code;
    this.kind = kind;
    this.options = List.of(options);
    this.read = read;
    this.write = write;
  }

  /** The name kept in the audit trail and the corrections table. */
  public String code() {
    return code;
  }

  public Kind kind() {
    return kind;
  }

  /** True for an answer chosen from a list (or a date or number) rather than typed as text. */
  public boolean coded() {
    return kind != Kind.TEXT && kind != Kind.LONG_TEXT;
  }

  /** The codes a coded answer chooses from (for {@link Kind#WHEN}: the approximate times). */
  public List<Coded> options() {
    return options;
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

  /**
   * A copy of the report with this answer replaced (or cleared, when empty).
   *
   * @throws IllegalArgumentException with a plain message when the value is not an answer this
   *     field can take (an unknown code, a date that does not exist, a number that is not one)
   */
  public Report write(Report report, String value) {
    String tidy = value == null ? "" : value.strip();
    ReportEdit edit = ReportEdit.of(report);
    write.accept(edit, tidy.isEmpty() ? Optional.empty() : Optional.of(tidy));
    return edit.build();
  }

  /** Codes in the form this field's values take: joined by commas, in the code list's order. */
  public static String codes(Collection<? extends Coded> chosen) {
    return chosen.stream()
        .sorted((a, b) -> Integer.compare(((Enum<?>) a).ordinal(), ((Enum<?>) b).ordinal()))
        .map(Coded::code)
        .collect(Collectors.joining(","));
  }

  private static Optional<String> codes(Set<? extends Coded> chosen) {
    return Optional.of(codes((Collection<? extends Coded>) chosen));
  }

  private static Optional<String> code(Coded value) {
    return Optional.of(value.code());
  }

  private static <E extends Enum<E> & Coded> E one(
      Class<E> type, Optional<String> value, String question) {
    String given =
        value.orElseThrow(
            () -> new IllegalArgumentException("Choose an answer to " + question + "."));
    // The value is not repeated: a wrong value could be someone's words typed in the wrong place.
    return Coded.fromCode(type, given)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "That is not one of the answers to " + question + "."));
  }

  private static <E extends Enum<E> & Coded> Set<E> many(
      Class<E> type, Optional<String> value, String question) {
    Set<E> chosen = EnumSet.noneOf(type);
    for (String given : Arrays.asList(value.orElse("").split(","))) {
      if (!given.isBlank()) {
        chosen.add(one(type, Optional.of(given.strip()), question));
      }
    }
    return chosen;
  }

  private static Optional<String> when(IncidentDate when) {
    return when.date()
        .map(LocalDate::toString)
        .or(() -> when.approximately().map(WhenApproximately::code));
  }

  /** A new date or approximate time; the time of day given before is kept. */
  private static IncidentDate when(IncidentDate before, Optional<String> value) {
    String given =
        value.orElseThrow(
            () ->
                new IllegalArgumentException("Give the date it happened, or choose roughly when."));
    Optional<WhenApproximately> about = Coded.fromCode(WhenApproximately.class, given);
    if (about.isPresent()) {
      return new IncidentDate(Optional.empty(), about, before.time());
    }
    try {
      return new IncidentDate(Optional.of(LocalDate.parse(given)), Optional.empty(), before.time());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "That is not a date it could have happened on. Give a date like 2026-11-20.");
    }
  }

  private static Optional<Integer> count(Optional<String> value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(value.get()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "The number of people who did it must be a whole number, or left out if not known.");
    }
  }
}
