package org.reportingcentre.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every answer a report holds, in the order the form asks them, each with what the places that
 * show, correct, export or take out answers need to know about it: its stable key, where it is in
 * {@link Report} (its path in the exchange format, how to read it and, if it may be corrected, how
 * to set it), the form page that asks it, its kind, whether it identifies someone, its CSV column,
 * its row on a report's page and the bundle key of its label.
 *
 * <p>The check page lists the fields in this order; a report's page and the CSV export place them
 * by their own numbers, which keep the order those pages and the exchange format have always had.
 */
public enum ReportField {
  REPORTER_ROLE(
      field("reporter-role", "reporter.role", FormPage.WHO, Kind.ONE_OF, "who.role")
          .options(ReporterRole.values())
          .read(r -> FieldValues.code(r.reporter().role()))
          .correct((e, v) -> e.role = FieldValues.one(ReporterRole.class, v, "who is reporting"))
          .kept()
          .csv(9, "reporter_role", r -> r.reporter().role().code())
          .reportPage(10)),
  RELATIONSHIP(
      field("relationship", "reporter.relationship", FormPage.WHO, Kind.TEXT, "who.relationship")
          .read(r -> r.reporter().relationship())
          .correct((e, v) -> e.relationship = v)
          .personal(e -> e.relationship = Optional.empty())
          .notInCsv()
          .shownWith(REPORTER_ROLE)),
  ANONYMOUS(
      field(
              "anonymous",
              "reporter.anonymous",
              FormPage.ANONYMOUS,
              Kind.YES_NO,
              "anonymous.question")
          .read(r -> FieldValues.yesNo(r.reporter().anonymous()))
          .kept()
          .csv(10, "anonymous", r -> Boolean.toString(r.reporter().anonymous()))
          .reportPage(20)),
  INCIDENT_TYPES(
      field("incident-types", "incident.types", FormPage.WHAT, Kind.ANY_OF, "what.types")
          .options(IncidentType.values())
          .read(r -> FieldValues.codes(r.incident().types()))
          .correct((e, v) -> e.types = FieldValues.many(IncidentType.class, v, "what happened"))
          .kept()
          .csv(11, "incident_types", r -> FieldValues.codes(r.incident().types(), ";"))
          .reportPage(50)),
  OTHER_TYPE(
      field("other-type", "incident.otherType", FormPage.WHAT, Kind.TEXT, "what.otherType")
          .read(r -> r.incident().otherType())
          .correct((e, v) -> e.otherType = v)
          .personal(e -> e.otherType = Optional.empty())
          .notInCsv()
          .shownWith(INCIDENT_TYPES)),
  DESCRIPTION(
      field(
              "description",
              "incident.description",
              FormPage.DESCRIPTION,
              Kind.LONG_TEXT,
              "description.field")
          .read(r -> Optional.of(r.incident().description()))
          .correct((e, v) -> e.description = v.orElse(""))
          .personal(e -> e.description = Deidentify.REMOVED)
          .csv(20, "description", r -> r.incident().description())
          .reportPage(30)),
  MOTIVATIONS(
      field("motivations", "incident.motivations", FormPage.WHY, Kind.ANY_OF, "why.motivations")
          .options(MotivationStrand.values())
          .read(r -> FieldValues.codes(r.incident().motivations()))
          .correct(
              (e, v) ->
                  e.motivations = FieldValues.many(MotivationStrand.class, v, "why it happened"))
          .kept()
          .csv(12, "motivations", r -> FieldValues.codes(r.incident().motivations(), ";"))
          .reportPage(40)),
  OTHER_MOTIVATION(
      field(
              "other-motivation",
              "incident.otherMotivation",
              FormPage.WHY,
              Kind.TEXT,
              "why.otherMotivation")
          .read(r -> r.incident().otherMotivation())
          .correct((e, v) -> e.otherMotivation = v)
          .personal(e -> e.otherMotivation = Optional.empty())
          .notInCsv()
          .shownWith(MOTIVATIONS)),
  HATE_INDICATORS(
      field(
              "hate-indicators",
              "incident.hateIndicators",
              FormPage.WHY,
              Kind.TEXT,
              "why.hateIndicators")
          .read(r -> r.incident().hateIndicators())
          .correct((e, v) -> e.hateIndicators = v)
          .personal(e -> e.hateIndicators = Optional.empty())
          .csv(21, "hate_indicators", r -> r.incident().hateIndicators().orElse(""))
          .reportPage(60)),
  WHEN(
      field("when", "incident.when.date", FormPage.WHEN, Kind.WHEN, "when.choice")
          .alsoAt("incident.when.approximately")
          .options(WhenApproximately.values())
          .read(r -> FieldValues.when(r.incident().when()))
          .correct((e, v) -> e.when = FieldValues.when(e.when, v))
          .kept()
          .csv(13, "date", r -> r.incident().when().date().map(Object::toString).orElse(""))
          .csv(
              14,
              "approximately",
              r -> r.incident().when().approximately().map(Coded::code).orElse(""))
          .reportPage(70)),
  TIME(
      field("time", "incident.when.time", FormPage.WHEN, Kind.TIME, "when.time")
          .read(r -> r.incident().when().time().map(Object::toString))
          .kept()
          .notInCsv()
          .shownWith(WHEN)),
  STILL_HAPPENING(
      field(
              "still-happening",
              "incident.stillHappening",
              FormPage.WHEN,
              Kind.ANSWER,
              "when.stillHappening")
          .options(Answer.values())
          .read(r -> FieldValues.code(r.incident().stillHappening()))
          .correct(
              (e, v) ->
                  e.stillHappening =
                      FieldValues.one(Answer.class, v, "whether it is still happening"))
          .kept()
          .notInCsv()
          .reportPage(80)),
  LOCATION_TYPE(
      field("location-type", "incident.location.type", FormPage.WHERE, Kind.ONE_OF, "where.type")
          .options(LocationType.values())
          .read(r -> FieldValues.code(r.incident().location().type()))
          .correct((e, v) -> e.place = FieldValues.one(LocationType.class, v, "where it happened"))
          .kept()
          .csv(15, "location_type", r -> r.incident().location().type().code())
          .reportPage(90)),
  PLATFORM(
      field("platform", "incident.location.platform", FormPage.WHERE, Kind.TEXT, "where.platform")
          .read(r -> r.incident().location().platform())
          .correct((e, v) -> e.platform = v)
          .personal(e -> e.platform = Optional.empty())
          .notInCsv()
          .shownWith(LOCATION_TYPE)),
  OTHER_PLACE(
      field(
              "other-place",
              "incident.location.otherDescription",
              FormPage.WHERE,
              Kind.TEXT,
              "where.otherPlace")
          .read(r -> r.incident().location().otherDescription())
          .correct((e, v) -> e.otherPlace = v)
          .personal(e -> e.otherPlace = Optional.empty())
          .notInCsv()
          .shownWith(LOCATION_TYPE)),
  ADDRESS(
      field("address", "incident.location.address", FormPage.WHERE, Kind.TEXT, "where.address")
          .read(r -> r.incident().location().address())
          .correct((e, v) -> e.address = v)
          .personal(e -> e.address = Optional.empty())
          .notInCsv()
          .reportPage(100)),
  POSTCODE(
      field("postcode", "incident.location.postcode", FormPage.WHERE, Kind.TEXT, "where.postcode")
          .read(r -> r.incident().location().postcode())
          .correct((e, v) -> e.postcode = v)
          .personal(e -> e.postcode = Optional.empty())
          .csv(17, "postcode", r -> r.incident().location().postcode().orElse(""))
          .reportPage(110)),
  WARD(
      field("ward", "incident.location.ward", FormPage.WHERE, Kind.TEXT, "where.area")
          .read(r -> r.incident().location().ward())
          .correct((e, v) -> e.ward = v)
          .kept()
          .csv(16, "ward", r -> r.incident().location().ward().orElse(""))
          .reportPage(120)),
  INJURED(
      field("injured", "incident.injured", FormPage.HARM, Kind.ANSWER, "harm.injured")
          .options(Answer.values())
          .read(r -> FieldValues.code(r.incident().injured()))
          .correct(
              (e, v) -> e.injured = FieldValues.one(Answer.class, v, "whether anyone was hurt"))
          .kept()
          .csv(18, "injured", r -> r.incident().injured().code())
          .reportPage(130)),
  DAMAGE_OR_LOSS(
      field(
              "damage-or-loss",
              "incident.damageOrLoss",
              FormPage.HARM,
              Kind.ANSWER,
              "harm.damageOrLoss")
          .options(Answer.values())
          .read(r -> FieldValues.code(r.incident().damageOrLoss()))
          .correct(
              (e, v) ->
                  e.damageOrLoss =
                      FieldValues.one(Answer.class, v, "whether anything was damaged or taken"))
          .kept()
          .csv(19, "damage_or_loss", r -> r.incident().damageOrLoss().code())
          .reportPage(140)),
  EVIDENCE(
      notAsked("evidence", "incident.evidence", Kind.ANY_OF)
          .options(EvidenceKind.values())
          .read(r -> FieldValues.codes(r.incident().evidence()))
          .kept()
          .notInCsv()),
  EVIDENCE_NOTES(
      notAsked("evidence-notes", "incident.evidenceNotes", Kind.TEXT)
          .read(r -> r.incident().evidenceNotes())
          .personal(e -> e.evidenceNotes = Optional.empty())
          .notInCsv()),
  OFFENDER_COUNT(
      field(
              "offender-count",
              "people.offenders.howMany",
              FormPage.OFFENDERS,
              Kind.COUNT,
              "offenders.count")
          .read(r -> r.people().offenders().howMany().map(String::valueOf))
          .correct((e, v) -> e.offenderCount = FieldValues.count(v))
          .kept()
          .notInCsv()
          .reportPage(190)),
  OFFENDERS_KNOWN(
      field(
              "offenders-known",
              "people.offenders.knownToVictim",
              FormPage.OFFENDERS,
              Kind.ANSWER,
              "offenders.known")
          .options(Answer.values())
          .read(r -> FieldValues.code(r.people().offenders().knownToVictim()))
          .correct(
              (e, v) ->
                  e.offendersKnown =
                      FieldValues.one(Answer.class, v, "whether they know who did it"))
          .kept()
          .notInCsv()
          .reportPage(200)),
  OFFENDER_DESCRIPTIONS(
      field(
              "offender-descriptions",
              "people.offenders.descriptions",
              FormPage.OFFENDERS,
              Kind.LINES,
              "offenders.descriptions")
          .read(r -> FieldValues.lines(r.people().offenders().descriptions()))
          .personal(e -> e.offenderDescriptions = List.of())
          .notInCsv()),
  WITNESSES(
      field("witnesses", "people.witnesses", FormPage.WITNESSES, Kind.LINES, "witnesses.list")
          .read(
              r ->
                  FieldValues.lines(
                      r.people().witnesses().stream()
                          .map(
                              w ->
                                  String.join(
                                      ", ",
                                      java.util.stream.Stream.of(w.name(), w.contact(), w.notes())
                                          .flatMap(Optional::stream)
                                          .toList()))
                          .toList()))
          .personal(e -> e.witnesses = List.of())
          .notInCsv()),
  HAPPENED_BEFORE(
      field(
              "happened-before",
              "history.happenedBefore",
              FormPage.HISTORY,
              Kind.ANSWER,
              "history.happened")
          .options(Answer.values())
          .read(r -> FieldValues.code(r.history().happenedBefore()))
          .correct(
              (e, v) ->
                  e.happenedBefore =
                      FieldValues.one(Answer.class, v, "whether it has happened before"))
          .kept()
          .csv(26, "happened_before", r -> r.history().happenedBefore().code())
          .reportPage(210)),
  REPORTED_BEFORE(
      field(
              "reported-before",
              "history.reportedBefore",
              FormPage.HISTORY,
              Kind.ANSWER,
              "history.reported")
          .options(Answer.values())
          .read(r -> FieldValues.code(r.history().reportedBefore()))
          .kept()
          .notInCsv()),
  REPORTED_TO(
      field("reported-to", "history.reportedTo", FormPage.HISTORY, Kind.TEXT, "history.reportedTo")
          .read(r -> r.history().reportedTo())
          .personal(e -> e.reportedTo = Optional.empty())
          .notInCsv()),
  VICTIM_NAME(
      field("victim-name", "people.victim.name", FormPage.ABOUT_YOU, Kind.TEXT, "about.name")
          .read(r -> r.people().victim().flatMap(Victim::name))
          .correct((e, v) -> e.victimName = v)
          .personal(e -> e.victimName = Optional.empty())
          .csv(22, "victim_name", r -> r.people().victim().flatMap(Victim::name).orElse(""))
          .reportPage(150)),
  VICTIM_PHONE(
      field(
              "victim-phone",
              "people.victim.contact.phone",
              FormPage.ABOUT_YOU,
              Kind.TEXT,
              "about.phone")
          .read(r -> r.people().victim().flatMap(v -> v.contact().phone()))
          .correct((e, v) -> e.victimPhone = v)
          .personal(e -> e.victimPhone = Optional.empty())
          .csv(
              23,
              "victim_phone",
              r -> r.people().victim().flatMap(v -> v.contact().phone()).orElse(""))
          .reportPage(160)),
  VICTIM_EMAIL(
      field(
              "victim-email",
              "people.victim.contact.email",
              FormPage.ABOUT_YOU,
              Kind.TEXT,
              "about.email")
          .read(r -> r.people().victim().flatMap(v -> v.contact().email()))
          .correct((e, v) -> e.victimEmail = v)
          .personal(e -> e.victimEmail = Optional.empty())
          .csv(
              24,
              "victim_email",
              r -> r.people().victim().flatMap(v -> v.contact().email()).orElse(""))
          .reportPage(170)),
  VICTIM_ADDRESS(
      field(
              "victim-address",
              "people.victim.contact.address",
              FormPage.ABOUT_YOU,
              Kind.TEXT,
              "about.address")
          .read(r -> r.people().victim().flatMap(v -> v.contact().address()))
          .personal(e -> e.victimAddress = Optional.empty())
          .notInCsv()),
  VICTIM_POSTCODE(
      field(
              "victim-postcode",
              "people.victim.contact.postcode",
              FormPage.ABOUT_YOU,
              Kind.TEXT,
              "about.postcode")
          .read(r -> r.people().victim().flatMap(v -> v.contact().postcode()))
          .personal(e -> e.victimPostcode = Optional.empty())
          .notInCsv()),
  AGE_BAND(
      field("age-band", "people.victim.ageBand", FormPage.ABOUT_YOU, Kind.ONE_OF, "about.ageBand")
          .options(AgeBand.values())
          .read(r -> r.people().victim().flatMap(Victim::ageBand).map(Coded::code))
          .kept()
          .csv(
              25,
              "age_band",
              r -> r.people().victim().flatMap(Victim::ageBand).map(Coded::code).orElse(""))
          .reportPage(180)),
  GENDER(
      equality("gender", Kind.ONE_OF, Gender.values(), q -> q.gender())
          .personal(e -> e.gender = Optional.empty())),
  TRANS_HISTORY(
      equality("transHistory", Kind.ONE_OF, TransHistory.values(), q -> q.transHistory())
          .personal(e -> e.transHistory = Optional.empty())),
  ETHNICITY(
      equality("ethnicity", Kind.ONE_OF, Ethnicity.values(), q -> q.ethnicity())
          .personal(e -> e.ethnicity = Optional.empty())),
  RELIGION(
      equality("religion", Kind.ONE_OF, Religion.values(), q -> q.religion())
          .personal(e -> e.religion = Optional.empty())),
  SEXUAL_ORIENTATION(
      equality(
              "sexualOrientation",
              Kind.ONE_OF,
              SexualOrientation.values(),
              q -> q.sexualOrientation())
          .personal(e -> e.sexualOrientation = Optional.empty())),
  DISABILITY(
      equality("disability", Kind.ONE_OF, DisabilityStatus.values(), q -> q.disability())
          .personal(e -> e.disability = Optional.empty())),
  POLICE(
      consent(ConsentPurpose.SHARE_WITH_POLICE, FormPage.SHARING, "sharing.police")
          .path("consents.policeSharing")
          .as(Kind.ONE_OF)
          .options(PoliceSharing.values())
          .read(
              r ->
                  r.consent(ConsentPurpose.SHARE_WITH_POLICE)
                      .flatMap(Consent::policeSharing)
                      .map(Coded::code))
          .reportPage(220)),
  VICTIM_SUPPORT(
      consent(ConsentPurpose.VICTIM_SUPPORT, FormPage.SHARING, "sharing.victimSupport")
          .reportPage(230)),
  OTHER_SERVICES(
      consent(ConsentPurpose.OTHER_SERVICES, FormPage.SHARING, "sharing.otherServices")
          .reportPage(240)),
  CONTACT_BACK(
      consent(ConsentPurpose.CONTACT_BACK, FormPage.CONTACT, "contact.contactBack")
          .reportPage(250)),
  CONTACT_METHOD(
      field(
              "contact-method",
              "consents.contact.method",
              FormPage.CONTACT,
              Kind.ONE_OF,
              "contact.method")
          .options(ContactMethod.values())
          .read(r -> contactBack(r).map(c -> c.method().code()))
          .kept()
          .notInCsv()),
  SAFE_TIMES(
      field(
              "safe-times",
              "consents.contact.safeTimes",
              FormPage.CONTACT,
              Kind.TEXT,
              "contact.safeTimes")
          .read(r -> contactBack(r).flatMap(ContactPreferences::safeTimes))
          .personal(
              e ->
                  e.contact(
                      c ->
                          new ContactPreferences(
                              c.method(),
                              Optional.empty(),
                              c.safeToLeaveMessage(),
                              c.trustedPerson())))
          .notInCsv()),
  SAFE_TO_LEAVE_MESSAGE(
      field(
              "safe-to-leave-message",
              "consents.contact.safeToLeaveMessage",
              FormPage.CONTACT,
              Kind.YES_NO,
              "contact.safeToLeaveMessage")
          .read(r -> contactBack(r).flatMap(c -> FieldValues.yesNo(c.safeToLeaveMessage())))
          .personal(
              e ->
                  e.contact(
                      c ->
                          new ContactPreferences(
                              c.method(), c.safeTimes(), false, c.trustedPerson())))
          .notInCsv()),
  TRUSTED_PERSON(
      field(
              "trusted-person",
              "consents.contact.trustedPerson",
              FormPage.CONTACT,
              Kind.TEXT,
              "contact.trustedPerson")
          .read(r -> contactBack(r).flatMap(ContactPreferences::trustedPerson))
          .personal(
              e ->
                  e.contact(
                      c ->
                          new ContactPreferences(
                              c.method(), c.safeTimes(), c.safeToLeaveMessage(), Optional.empty())))
          .notInCsv()),
  INTERPRETER_LANGUAGE(
      notAsked("interpreter-language", "needs.interpreterLanguage", Kind.TEXT)
          .read(r -> r.needs().interpreterLanguage())
          .kept()
          .notInCsv()),
  BSL(
      notAsked("bsl", "needs.bsl", Kind.YES_NO)
          .read(r -> FieldValues.yesNo(r.needs().bsl()))
          .kept()
          .notInCsv()),
  EASY_READ(
      notAsked("easy-read", "needs.easyRead", Kind.YES_NO)
          .read(r -> FieldValues.yesNo(r.needs().easyRead()))
          .kept()
          .notInCsv()),
  ADVOCATE(
      notAsked("advocate", "needs.advocate", Kind.YES_NO)
          .read(r -> FieldValues.yesNo(r.needs().advocate()))
          .kept()
          .notInCsv());

  /** What sort of answer a field holds, and so how it is shown and which control asks it. */
  public enum Kind {
    /** One line of free text. */
    TEXT,
    /** Free text of any length. */
    LONG_TEXT,
    /** Several free texts, one a line. */
    LINES,
    /** One code from a list. */
    ONE_OF,
    /** Any number of codes from a list. */
    ANY_OF,
    /** Yes, no or not sure. */
    ANSWER,
    /** Yes or no. */
    YES_NO,
    /** Consent given or not, for one purpose. */
    CONSENT,
    /** A date, or an approximate time from a list. */
    WHEN,
    /** A time of day. */
    TIME,
    /** A whole number, or empty when not known. */
    COUNT
  }

  /** One column of the CSV export, by its place (counted from 1 across the whole row). */
  public record CsvColumn(int number, String name, Function<Report, String> value) {}

  private static final Pattern INDEX = Pattern.compile("\\[[^]]*]");

  private final String key;
  private final List<String> paths;
  private final Optional<FormPage> page;
  private final Kind kind;
  private final Optional<String> label;
  private final List<Coded> options;
  private final Function<Report, Optional<String>> read;
  private final Optional<BiConsumer<ReportEdit, Optional<String>>> write;
  private final Optional<Consumer<ReportEdit>> remove;
  private final List<CsvColumn> csv;
  private final OptionalInt reportPageRow;
  private final Optional<ReportField> shownWith;
  private final Optional<ConsentPurpose> consentPurpose;

  ReportField(Spec spec) {
    if (spec.read == null || spec.identifying == null || (!spec.csvDecided && spec.csv.isEmpty())) {
      throw new IllegalStateException(
          spec.key + " must say how it is read, whether it identifies someone, and its CSV place");
    }
    this.key = spec.key;
    this.paths = List.copyOf(spec.paths);
    this.page = Optional.ofNullable(spec.page);
    this.kind = spec.kind;
    this.label = Optional.ofNullable(spec.label);
    this.options = List.copyOf(spec.options);
    this.read = spec.read;
    this.write = Optional.ofNullable(spec.write);
    this.remove = Optional.ofNullable(spec.remove);
    this.csv = List.copyOf(spec.csv);
    this.reportPageRow = spec.reportPageRow;
    this.shownWith = Optional.ofNullable(spec.shownWith);
    this.consentPurpose = Optional.ofNullable(spec.consentPurpose);
  }

  /** The stable name: kept in the audit trail and the corrections table, and used as screen ids. */
  public String key() {
    return key;
  }

  /** Where the answer is in the exchange format (list indices left out), as problems name it. */
  public List<String> paths() {
    return paths;
  }

  /** Where the answer is in the exchange format, as the problems found with it name it. */
  public String path() {
    return paths.get(0);
  }

  /** The page of the form that asks it; empty for what the form does not ask. */
  public Optional<FormPage> page() {
    return page;
  }

  public Kind kind() {
    return kind;
  }

  /** The bundle key of the question's words; present exactly when the form asks it. */
  public Optional<String> label() {
    return label;
  }

  /** The codes a coded answer chooses from (for {@link Kind#WHEN}: the approximate times). */
  public List<Coded> options() {
    return options;
  }

  /** The option whose code is {@code code}. */
  public Optional<Coded> option(String code) {
    return options.stream().filter(o -> o.code().equals(code)).findFirst();
  }

  /** True when the answer can name or single out a person, so de-identification takes it out. */
  public boolean identifying() {
    return remove.isPresent();
  }

  /** True when a manager may correct the answer before the report is sent. */
  public boolean correctable() {
    return write.isPresent();
  }

  /** Its columns in the CSV export, none when the export leaves it out. */
  public List<CsvColumn> csvColumns() {
    return csv;
  }

  /** Its place among the rows of a report's page; empty when the page leaves it out. */
  public OptionalInt reportPageRow() {
    return reportPageRow;
  }

  /** The answer whose row shows this one beside it, such as "Something else" and its words. */
  public Optional<ReportField> shownWith() {
    return shownWith;
  }

  /** For a consent: the purpose it answers. */
  public Optional<ConsentPurpose> consentPurpose() {
    return consentPurpose;
  }

  /** The current answer in its text form (see {@link FieldValues}), empty when none was given. */
  public Optional<String> read(Report report) {
    return read.apply(report).map(String::strip).filter(s -> !s.isEmpty());
  }

  /**
   * A copy of the report with this answer replaced (or cleared, when empty).
   *
   * @throws IllegalArgumentException with a plain message when the value is not an answer this
   *     field can take (an unknown code, a date that does not exist, a number that is not one)
   * @throws UnsupportedOperationException when the field cannot be corrected
   */
  public Report write(Report report, String value) {
    BiConsumer<ReportEdit, Optional<String>> set =
        write.orElseThrow(() -> new UnsupportedOperationException(key + " is not corrected"));
    String tidy = value == null ? "" : value.strip();
    ReportEdit edit = ReportEdit.of(report);
    set.accept(edit, tidy.isEmpty() ? Optional.empty() : Optional.of(tidy));
    return edit.build();
  }

  /** Takes the answer out, if it identifies someone. */
  void removeFrom(ReportEdit edit) {
    remove.ifPresent(r -> r.accept(edit));
  }

  public static Optional<ReportField> fromKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }

  /** The fields a report's page shows as rows, in its order. */
  public static List<ReportField> reportPageRows() {
    return Arrays.stream(values())
        .filter(f -> f.reportPageRow.isPresent())
        .sorted(Comparator.comparingInt(f -> f.reportPageRow.getAsInt()))
        .toList();
  }

  /** The answer columns of the CSV export, in their order. */
  public static List<CsvColumn> csvAnswerColumns() {
    return Arrays.stream(values())
        .flatMap(f -> f.csv.stream())
        .sorted(Comparator.comparingInt(CsvColumn::number))
        .toList();
  }

  /**
   * The page that asks for what a problem names, by its path in the exchange format, such as {@code
   * incident.when.date} or {@code consents[2].contact.safeTimes}. A path above the answers (such as
   * {@code people.victim}) goes to the page of the first answer under it; a path with no answer of
   * its own goes to the page of the nearest part above it that has one.
   */
  public static Optional<FormPage> pageOf(String path) {
    String at = INDEX.matcher(path).replaceAll("");
    while (!at.isEmpty()) {
      Optional<ReportField> field = under(at);
      if (field.isPresent()) {
        return field.get().page;
      }
      int dot = at.lastIndexOf('.');
      at = dot < 0 ? "" : at.substring(0, dot);
    }
    return Optional.empty();
  }

  /** The field at {@code at} or holding it, else the first field under it. */
  private static Optional<ReportField> under(String at) {
    for (ReportField f : values()) {
      for (String p : f.paths) {
        if (at.equals(p) || at.startsWith(p + ".")) {
          return Optional.of(f);
        }
      }
    }
    for (ReportField f : values()) {
      for (String p : f.paths) {
        if (p.startsWith(at + ".")) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /** The field that holds the answer to a consent {@code purpose}. */
  public static ReportField ofConsent(ConsentPurpose purpose) {
    return Arrays.stream(values())
        .filter(f -> f.consentPurpose.equals(Optional.of(purpose)))
        .findFirst()
        .orElseThrow();
  }

  private static Optional<ContactPreferences> contactBack(Report r) {
    return r.consent(ConsentPurpose.CONTACT_BACK).flatMap(Consent::contact);
  }

  private static Spec field(String key, String path, FormPage page, Kind kind, String label) {
    Spec s = new Spec(key, kind);
    s.paths.add(path);
    s.page = page;
    s.label = label;
    return s;
  }

  /** An answer the form does not ask (other systems may give it); it has no page and no words. */
  private static Spec notAsked(String key, String path, Kind kind) {
    Spec s = new Spec(key, kind);
    s.paths.add(path);
    return s;
  }

  /** An equality monitoring answer: asked on the page about the person, kept out of exports. */
  private static <E extends Coded> Spec equality(
      String name,
      Kind kind,
      E[] options,
      Function<EqualityMonitoring, Optional<? extends Coded>> answer) {
    return field(
            name.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT),
            "people.victim.equality." + name,
            FormPage.ABOUT_YOU,
            kind,
            "about." + name)
        .options(options)
        .read(r -> r.people().victim().flatMap(v -> answer.apply(v.equality())).map(Coded::code))
        .notInCsv();
  }

  /** A consent: given or not, kept when identifying details are taken out. */
  private static Spec consent(ConsentPurpose purpose, FormPage page, String label) {
    Spec s = new Spec(purpose.code(), Kind.CONSENT);
    s.page = page;
    s.label = label;
    s.consentPurpose = purpose;
    s.read = r -> r.consent(purpose).flatMap(c -> FieldValues.yesNo(c.granted()));
    s.identifying = false;
    // The export carries every consent in one column, as purpose=yes or purpose=no.
    s.csv.add(new CsvColumn(27, "consents", ReportField::consentsCell));
    return s;
  }

  private static String consentsCell(Report r) {
    return String.join(
        ";",
        r.consents().stream()
            .map(c -> c.purpose().code() + "=" + (c.granted() ? "yes" : "no"))
            .toList());
  }

  /** What an entry says about its field, gathered before the constant is made. */
  private static final class Spec {
    final String key;
    Kind kind;
    final List<String> paths = new ArrayList<>();
    final List<Coded> options = new ArrayList<>();
    final List<CsvColumn> csv = new ArrayList<>();
    FormPage page;
    String label;
    Function<Report, Optional<String>> read;
    BiConsumer<ReportEdit, Optional<String>> write;
    Consumer<ReportEdit> remove;
    Boolean identifying;
    boolean csvDecided;
    OptionalInt reportPageRow = OptionalInt.empty();
    ReportField shownWith;
    ConsentPurpose consentPurpose;

    Spec(String key, Kind kind) {
      this.key = key;
      this.kind = kind;
    }

    Spec as(Kind kind) {
      this.kind = kind;
      return this;
    }

    Spec path(String path) {
      paths.add(path);
      return this;
    }

    Spec alsoAt(String path) {
      return path(path);
    }

    Spec options(Coded[] values) {
      options.addAll(List.of(values));
      return this;
    }

    Spec read(Function<Report, Optional<String>> read) {
      this.read = read;
      return this;
    }

    Spec correct(BiConsumer<ReportEdit, Optional<String>> write) {
      this.write = write;
      return this;
    }

    /** Names or singles out a person: de-identification takes it out this way. */
    Spec personal(Consumer<ReportEdit> remove) {
      this.remove = Objects.requireNonNull(remove);
      this.identifying = true;
      return this;
    }

    /** Says nothing that identifies a person: de-identification keeps it. */
    Spec kept() {
      this.identifying = false;
      return this;
    }

    Spec csv(int number, String name, Function<Report, String> value) {
      csv.add(new CsvColumn(number, name, value));
      return this;
    }

    Spec notInCsv() {
      csvDecided = true;
      return this;
    }

    Spec reportPage(int row) {
      reportPageRow = OptionalInt.of(row);
      return this;
    }

    Spec shownWith(ReportField field) {
      shownWith = field;
      return this;
    }
  }
}
