package org.reportingcentre.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportValidatorTest {
  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
  private static final String WORDING = "consent-2026-01";

  private final ReportValidator validator = new ReportValidator(clockAt(NOW));

  @Test
  void aMinimalReportHasNoProblems() {
    assertEquals(List.of(), validator.validate(ReportBuilder.minimal().build()));
  }

  @Test
  void aFullyFilledReportHasNoProblems() {
    assertEquals(List.of(), validator.validate(ReportBuilder.full().build()));
  }

  @Test
  void everyProblemIsFoundAtOnceNotOnlyTheFirst() {
    List<Problem> problems =
        validator.validate(
            ReportBuilder.minimal().description("").types().motivations().language("??").build());
    assertEquals(
        List.of("meta.language", "incident.description", "incident.types", "incident.motivations"),
        problems.stream().map(Problem::field).toList());
  }

  // meta

  @Test
  void aCentreCodeThatIsNotCapitalLettersIsRefused() {
    onlyProblem(ReportBuilder.minimal().centreCode("tw1"), "meta.centreCode");
  }

  @Test
  void aReferenceFromAnotherCentreIsRefusedNamingBothCodes() {
    Reference other = new Reference("ABC", 7);
    Problem problem = onlyProblem(ReportBuilder.minimal().reference(other), "meta.reference");
    assertTrue(problem.message().contains(other.toString()), problem.message());
    assertTrue(problem.message().contains("TWL"), problem.message());
  }

  @Test
  void anIdThatIsNotARandomUuidIsRefused() {
    onlyProblem(
        ReportBuilder.minimal().id(UUID.nameUUIDFromBytes(new byte[] {1, 2, 3})), "meta.id");
  }

  @Test
  void aReportMustSayWhoRecordedIt() {
    onlyProblem(ReportBuilder.minimal().recordedBy("  "), "meta.recordedBy");
  }

  @Test
  void aKioskReportIsRecordedByTheKioskNotByAUser() {
    onlyProblem(
        ReportBuilder.minimal().channel(Channel.KIOSK).recordedBy("amira"), "meta.recordedBy");
    assertNoProblems(ReportBuilder.minimal().channel(Channel.KIOSK).recordedBy("kiosk"));
  }

  @Test
  void aLanguageThatIsNotALanguageCodeIsRefusedQuotingWhatWasGiven() {
    Problem problem = onlyProblem(ReportBuilder.minimal().language("Polish"), "meta.language");
    assertTrue(problem.message().contains("\"Polish\""), problem.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "pl", "ur", "so", "cy", "en-GB", "pt-BR", "zh-Hant"})
  void languageCodesAreAccepted(String language) {
    assertNoProblems(ReportBuilder.minimal().language(language));
  }

  @Test
  void aReportWithoutACompletionTimeIsNotFinished() {
    onlyProblem(ReportBuilder.minimal().completedAt(Optional.empty()), "meta.completedAt");
  }

  @Test
  void aReportCannotBeFinishedBeforeItWasStarted() {
    onlyProblem(
        ReportBuilder.minimal().completedAt(Optional.of(ReportBuilder.CREATED.minusSeconds(1))),
        "meta.completedAt");
  }

  @Test
  void aReportStartedMoreThanADayInTheFutureIsRefused() {
    Instant future = NOW.plusSeconds(25 * 3600);
    onlyProblem(
        ReportBuilder.minimal().createdAt(future).completedAt(Optional.of(future)),
        "meta.createdAt");
  }

  @Test
  void aReportFinishedMoreThanADayInTheFutureIsRefused() {
    onlyProblem(
        ReportBuilder.minimal().completedAt(Optional.of(NOW.plusSeconds(25 * 3600))),
        "meta.completedAt");
  }

  @Test
  void anIncidentCannotHappenAfterTheReportAboutItWasMade() {
    // Finished on 2026-03-02; the clock says 2026-03-10, so the 5th is not in the future.
    onlyProblem(
        ReportBuilder.minimal().when(IncidentDate.on(LocalDate.of(2026, 3, 5))),
        "incident.when.date");
    assertNoProblems(ReportBuilder.minimal().when(IncidentDate.on(LocalDate.of(2026, 3, 2))));
  }

  @Test
  void aClockAFewHoursAheadIsForgiven() {
    Instant ahead = NOW.plusSeconds(5 * 3600);
    assertNoProblems(ReportBuilder.minimal().createdAt(ahead).completedAt(Optional.of(ahead)));
  }

  @Test
  void theFormVersionStartsAtOne() {
    onlyProblem(ReportBuilder.minimal().formVersion(0), "meta.formVersion");
  }

  // reporter

  @Test
  void someoneReportingForSomeoneElseMustSayWhoTheyAreToThem() {
    onlyProblem(
        ReportBuilder.minimal().reporter(ReporterRole.ON_BEHALF, " ", false),
        "reporter.relationship");
    assertNoProblems(ReportBuilder.minimal().reporter(ReporterRole.ON_BEHALF, "Carer", false));
  }

  // incident

  @Test
  void aReportMustSayWhatHappened() {
    onlyProblem(ReportBuilder.minimal().description(" \n "), "incident.description");
  }

  @Test
  void aReportMustHaveAtLeastOneIncidentType() {
    onlyProblem(ReportBuilder.minimal().types(), "incident.types");
  }

  @Test
  void somethingElseAsTheIncidentTypeMustBeDescribed() {
    onlyProblem(
        ReportBuilder.minimal().types(IncidentType.OTHER, IncidentType.VERBAL_ABUSE),
        "incident.otherType");
  }

  @Test
  void aReportMustHaveAtLeastOneMotivation() {
    onlyProblem(ReportBuilder.minimal().motivations(), "incident.motivations");
  }

  @Test
  void somethingElseAsTheMotivationMustBeDescribed() {
    onlyProblem(
        ReportBuilder.minimal().motivations(MotivationStrand.OTHER), "incident.otherMotivation");
  }

  @Test
  void aReportMustSayWhenItHappenedEvenIfOnlyNotSure() {
    onlyProblem(
        ReportBuilder.minimal()
            .when(new IncidentDate(Optional.empty(), Optional.empty(), Optional.empty())),
        "incident.when");
    assertNoProblems(ReportBuilder.minimal().when(IncidentDate.about(WhenApproximately.NOT_SURE)));
  }

  @Test
  void aDateAndAnApproximateTimeTogetherAreRefused() {
    onlyProblem(
        ReportBuilder.minimal()
            .when(
                new IncidentDate(
                    Optional.of(LocalDate.of(2026, 3, 1)),
                    Optional.of(WhenApproximately.THIS_WEEK),
                    Optional.empty())),
        "incident.when");
  }

  @Test
  void theIncidentCannotHaveHappenedInTheFuture() {
    onlyProblem(
        ReportBuilder.minimal()
            .completedAt(Optional.of(NOW))
            .when(IncidentDate.on(LocalDate.of(2026, 3, 11))),
        "incident.when.date");
    assertNoProblems(
        ReportBuilder.minimal()
            .completedAt(Optional.of(NOW))
            .when(IncidentDate.on(LocalDate.of(2026, 3, 10))));
  }

  @Test
  void todayIsTheDateInTheUkEvenWhenUtcIsStillYesterday() {
    // 23:30 UTC on 1 July is 00:30 on 2 July in London (summer time).
    ReportValidator lateEvening =
        new ReportValidator(clockAt(Instant.parse("2026-07-01T23:30:00Z")));
    Report report =
        ReportBuilder.minimal()
            .completedAt(Optional.of(Instant.parse("2026-07-01T23:30:00Z")))
            .when(IncidentDate.on(LocalDate.of(2026, 7, 2)))
            .build();
    assertEquals(List.of(), lateEvening.validate(report));
  }

  @Test
  void aDateMoreThanAHundredYearsAgoIsRefusedAsATypo() {
    Problem problem =
        onlyProblem(
            ReportBuilder.minimal().when(IncidentDate.on(LocalDate.of(1926, 3, 1))),
            "incident.when.date");
    assertTrue(problem.message().contains("year"), problem.message());
  }

  @Test
  void anOnlineIncidentMustNameTheWebsiteOrApp() {
    onlyProblem(
        ReportBuilder.minimal().location(Location.of(LocationType.ONLINE)),
        "incident.location.platform");
  }

  @Test
  void somewhereElseAsTheLocationMustBeDescribed() {
    onlyProblem(
        ReportBuilder.minimal().location(Location.of(LocationType.OTHER)),
        "incident.location.otherDescription");
  }

  // people

  @Test
  void anAnonymousReportCannotHoldTheVictimsName() {
    onlyProblem(
        ReportBuilder.minimal()
            .reporter(ReporterRole.VICTIM, null, true)
            .victim(victim(Optional.of("Grace Okafor"), ContactDetails.none())),
        "people.victim");
  }

  @Test
  void anAnonymousReportCannotHoldContactDetails() {
    onlyProblem(
        ReportBuilder.minimal()
            .reporter(ReporterRole.VICTIM, null, true)
            .victim(victim(Optional.empty(), phone("07700 900123"))),
        "people.victim");
  }

  @Test
  void anAnonymousReportMayStillHoldEqualityMonitoring() {
    assertNoProblems(
        ReportBuilder.minimal()
            .reporter(ReporterRole.VICTIM, null, true)
            .victim(
                new Victim(
                    Optional.empty(),
                    ContactDetails.none(),
                    Optional.of(AgeBand.AGE_25_34),
                    new EqualityMonitoring(
                        Optional.of(Gender.PREFER_NOT_TO_SAY),
                        Optional.empty(),
                        Optional.of(Ethnicity.ASIAN),
                        Optional.of(Religion.MUSLIM),
                        Optional.empty(),
                        Optional.empty()))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"grace.example.org", "grace@example", "grace @example.org", "@x.org"})
  void anIncompleteEmailAddressIsRefusedWithAnExample(String email) {
    ContactDetails contact =
        new ContactDetails(
            Optional.empty(), Optional.of(email), Optional.empty(), Optional.empty());
    Problem problem =
        onlyProblem(
            ReportBuilder.minimal().victim(victim(Optional.of("Grace"), contact)),
            "people.victim.contact.email");
    assertTrue(problem.message().contains("name@example.org"), problem.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"call me", "0770O 900123", "12345", "07700 900123 ext 4"})
  void aPhoneNumberWithLettersOrTooFewDigitsIsRefused(String number) {
    onlyProblem(
        ReportBuilder.minimal().victim(victim(Optional.of("Grace"), phone(number))),
        "people.victim.contact.phone");
  }

  @ParameterizedTest
  @ValueSource(strings = {"07700 900123", "+44 7700 900123", "(01632) 960 001", "07700-900123"})
  void phoneNumbersAsPeopleWriteThemAreAccepted(String number) {
    assertNoProblems(ReportBuilder.minimal().victim(victim(Optional.of("Grace"), phone(number))));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -3, 1001})
  void theNumberOfOffendersIsFromOneToAThousand(int howMany) {
    onlyProblem(
        ReportBuilder.minimal()
            .offenders(new Offenders(Optional.of(howMany), Answer.NOT_SURE, List.of())),
        "people.offenders.howMany");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1000})
  void oneOrAThousandOffendersAreAccepted(int howMany) {
    assertNoProblems(
        ReportBuilder.minimal()
            .offenders(new Offenders(Optional.of(howMany), Answer.NOT_SURE, List.of())));
  }

  @Test
  void atMostFiftyOffenderDescriptionsAreKept() {
    onlyProblem(
        ReportBuilder.minimal()
            .offenders(
                new Offenders(
                    Optional.empty(),
                    Answer.NO,
                    Collections.nCopies(ReportValidator.MAX_REPEATS + 1, "Tall man"))),
        "people.offenders.descriptions");
  }

  @Test
  void atMostFiftyWitnessesAreKept() {
    Witness witness = new Witness(Optional.of("Someone"), Optional.empty(), Optional.empty());
    onlyProblem(
        ReportBuilder.minimal()
            .witnesses(Collections.nCopies(ReportValidator.MAX_REPEATS + 1, witness)),
        "people.witnesses");
    assertNoProblems(
        ReportBuilder.minimal()
            .witnesses(Collections.nCopies(ReportValidator.MAX_REPEATS, witness)));
  }

  // history

  @Test
  void reportedBeforeMustSayToWhom() {
    onlyProblem(
        ReportBuilder.minimal().history(new History(Answer.YES, Answer.YES, Optional.empty())),
        "history.reportedTo");
    assertNoProblems(
        ReportBuilder.minimal()
            .history(new History(Answer.YES, Answer.NOT_SURE, Optional.empty())));
  }

  // consents

  @Test
  void twoAnswersForTheSamePurposeAreRefusedAtTheSecond() {
    Problem problem =
        onlyProblem(
            ReportBuilder.minimal()
                .consents(
                    consent(ConsentPurpose.VICTIM_SUPPORT, true),
                    consent(ConsentPurpose.VICTIM_SUPPORT, false)),
            "consents[1]");
    assertTrue(problem.message().contains("victim-support"), problem.message());
  }

  @Test
  void theAnswerAboutThePoliceMustSayHowMuchTheyMaySee() {
    onlyProblem(
        ReportBuilder.minimal().consents(consent(ConsentPurpose.SHARE_WITH_POLICE, true)),
        "consents[0].policeSharing");
  }

  @Test
  void notAtAllForThePoliceMeansNoConsent() {
    onlyProblem(
        ReportBuilder.minimal().consents(police(true, PoliceSharing.NOT_AT_ALL)),
        "consents[0].policeSharing");
    onlyProblem(
        ReportBuilder.minimal().consents(police(false, PoliceSharing.WITHOUT_NAME)),
        "consents[0].policeSharing");
    assertNoProblems(ReportBuilder.minimal().consents(police(false, PoliceSharing.NOT_AT_ALL)));
    assertNoProblems(ReportBuilder.minimal().consents(police(true, PoliceSharing.WITHOUT_NAME)));
  }

  @Test
  void anAnonymousReportCannotGoToThePoliceWithAName() {
    ReportBuilder anonymous = ReportBuilder.minimal().reporter(ReporterRole.WITNESS, null, true);
    onlyProblem(
        anonymous.consents(police(true, PoliceSharing.WITH_NAME)), "consents[0].policeSharing");
    assertNoProblems(anonymous.consents(police(true, PoliceSharing.WITHOUT_NAME)));
  }

  @Test
  void onlyTheAnswerAboutThePoliceSaysHowMuchThePoliceMaySee() {
    Consent support =
        new Consent(
            ConsentPurpose.VICTIM_SUPPORT,
            true,
            Optional.of(PoliceSharing.WITH_NAME),
            Optional.empty(),
            ConsentMethod.VERBAL,
            NOW,
            "amira",
            WORDING);
    onlyProblem(ReportBuilder.minimal().consents(support), "consents[0].policeSharing");
  }

  @Test
  void contactBackMustSayHowToContactSafely() {
    onlyProblem(
        ReportBuilder.minimal().consents(consent(ConsentPurpose.CONTACT_BACK, true)),
        "consents[0].contact");
    assertNoProblems(ReportBuilder.minimal().consents(consent(ConsentPurpose.CONTACT_BACK, false)));
  }

  @Test
  void anAnonymousReportCannotAskToBeContactedBack() {
    onlyProblem(
        ReportBuilder.minimal()
            .reporter(ReporterRole.VICTIM, null, true)
            .consents(contactBack("Mornings")),
        "consents[0]");
  }

  @Test
  void aConsentMustSayWhoRecordedIt() {
    Consent consent =
        new Consent(
            ConsentPurpose.VICTIM_SUPPORT,
            true,
            Optional.empty(),
            Optional.empty(),
            ConsentMethod.WRITTEN,
            NOW,
            " ",
            WORDING);
    onlyProblem(ReportBuilder.minimal().consents(consent), "consents[0].recordedBy");
  }

  @Test
  void aConsentMustSayWhichWordingThePersonWasShown() {
    Consent consent =
        new Consent(
            ConsentPurpose.VICTIM_SUPPORT,
            true,
            Optional.empty(),
            Optional.empty(),
            ConsentMethod.ON_SCREEN,
            NOW,
            "kiosk",
            "");
    onlyProblem(ReportBuilder.minimal().consents(consent), "consents[0].wordingVersion");
  }

  // lengths

  static Stream<Arguments> textLimits() {
    return Stream.of(
        limit(
            "reporter.relationship",
            200,
            t -> ReportBuilder.minimal().reporter(ReporterRole.ON_BEHALF, t, false)),
        limit("incident.description", 20_000, t -> ReportBuilder.minimal().description(t)),
        limit("incident.hateIndicators", 2_000, t -> ReportBuilder.minimal().hateIndicators(t)),
        limit(
            "incident.otherMotivation",
            2_000,
            t -> ReportBuilder.minimal().motivations(MotivationStrand.OTHER).otherMotivation(t)),
        limit(
            "incident.otherType",
            2_000,
            t -> ReportBuilder.minimal().types(IncidentType.OTHER).otherType(t)),
        limit("incident.evidenceNotes", 2_000, t -> ReportBuilder.minimal().evidenceNotes(t)),
        limit(
            "incident.location.platform",
            200,
            t ->
                ReportBuilder.minimal()
                    .location(location(LocationType.ONLINE, t, null, null, null, null))),
        limit(
            "incident.location.otherDescription",
            200,
            t ->
                ReportBuilder.minimal()
                    .location(location(LocationType.OTHER, null, t, null, null, null))),
        limit(
            "incident.location.address",
            500,
            t ->
                ReportBuilder.minimal()
                    .location(location(LocationType.HOME, null, null, t, null, null))),
        limit(
            "incident.location.postcode",
            10,
            t ->
                ReportBuilder.minimal()
                    .location(location(LocationType.HOME, null, null, null, t, null))),
        limit(
            "incident.location.ward",
            100,
            t ->
                ReportBuilder.minimal()
                    .location(location(LocationType.HOME, null, null, null, null, t))),
        limit(
            "people.victim.name",
            200,
            t -> ReportBuilder.minimal().victim(victim(Optional.of(t), ContactDetails.none()))),
        limit(
            "people.victim.contact.address",
            500,
            t ->
                ReportBuilder.minimal()
                    .victim(
                        victim(
                            Optional.empty(),
                            new ContactDetails(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(t),
                                Optional.empty())))),
        limit(
            "people.victim.contact.postcode",
            10,
            t ->
                ReportBuilder.minimal()
                    .victim(
                        victim(
                            Optional.empty(),
                            new ContactDetails(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(t))))),
        limit(
            "people.offenders.descriptions[1]",
            2_000,
            t ->
                ReportBuilder.minimal()
                    .offenders(new Offenders(Optional.of(2), Answer.YES, List.of("Short", t)))),
        limit(
            "people.witnesses[0].name",
            200,
            t ->
                ReportBuilder.minimal()
                    .witnesses(new Witness(Optional.of(t), Optional.empty(), Optional.empty()))),
        limit(
            "people.witnesses[0].contact",
            500,
            t ->
                ReportBuilder.minimal()
                    .witnesses(new Witness(Optional.empty(), Optional.of(t), Optional.empty()))),
        limit(
            "people.witnesses[0].notes",
            2_000,
            t ->
                ReportBuilder.minimal()
                    .witnesses(new Witness(Optional.empty(), Optional.empty(), Optional.of(t)))),
        limit(
            "history.reportedTo",
            500,
            t ->
                ReportBuilder.minimal()
                    .history(new History(Answer.YES, Answer.YES, Optional.of(t)))),
        limit(
            "consents[0].contact.safeTimes",
            500,
            t -> ReportBuilder.minimal().consents(contactBack(t))),
        limit(
            "consents[0].contact.trustedPerson",
            500,
            t ->
                ReportBuilder.minimal()
                    .consents(
                        new Consent(
                            ConsentPurpose.CONTACT_BACK,
                            true,
                            Optional.empty(),
                            Optional.of(
                                new ContactPreferences(
                                    ContactMethod.PHONE, Optional.empty(), true, Optional.of(t))),
                            ConsentMethod.VERBAL,
                            NOW,
                            "amira",
                            WORDING))),
        limit(
            "needs.interpreterLanguage",
            100,
            t -> ReportBuilder.minimal().needs(new Needs(Optional.of(t), false, false, false))));
  }

  @ParameterizedTest(name = "{0} holds at most {1} characters")
  @MethodSource("textLimits")
  void everyFreeTextAnswerHasALimitThatIsNamedInTheMessage(
      String field, int max, Function<String, ReportBuilder> withText) {
    assertNoProblems(withText.apply("x".repeat(max)));
    Problem problem = onlyProblem(withText.apply("x".repeat(max + 1)), field);
    assertTrue(problem.message().contains("too long"), problem.message());
    assertTrue(problem.message().contains("most is " + max), problem.message());
  }

  // helpers

  private Problem onlyProblem(ReportBuilder builder, String field) {
    List<Problem> problems = validator.validate(builder.build());
    assertEquals(1, problems.size(), () -> "expected one problem at " + field + ": " + problems);
    Problem problem = problems.get(0);
    assertEquals(field, problem.field());
    assertPlainWords(problem.message());
    return problem;
  }

  private void assertNoProblems(ReportBuilder builder) {
    assertEquals(List.of(), validator.validate(builder.build()));
  }

  /**
   * A message for a person, not a programmer: a sentence, with no field paths, class names or
   * nulls.
   */
  static void assertPlainWords(String message) {
    assertFalse(message.isBlank(), "empty message");
    assertTrue(Character.isUpperCase(message.charAt(0)), () -> "not a sentence: " + message);
    assertTrue(message.endsWith("."), () -> "not a sentence: " + message);
    assertFalse(message.matches("(?s).*\\b[a-z]+[A-Z]\\w*.*"), () -> "a field name in: " + message);
    for (String word : List.of("null", "Exception", "Optional", "java.", "[", "]", "_", "{")) {
      assertFalse(message.contains(word), () -> "\"" + word + "\" in: " + message);
    }
  }

  private static Arguments limit(String field, int max, Function<String, ReportBuilder> with) {
    return Arguments.of(field, max, with);
  }

  private static Clock clockAt(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  private static Victim victim(Optional<String> name, ContactDetails contact) {
    return new Victim(name, contact, Optional.empty(), EqualityMonitoring.notAsked());
  }

  private static ContactDetails phone(String number) {
    return new ContactDetails(
        Optional.of(number), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Location location(
      LocationType type,
      String platform,
      String otherDescription,
      String address,
      String postcode,
      String ward) {
    return new Location(
        type,
        Optional.ofNullable(platform),
        Optional.ofNullable(otherDescription),
        Optional.ofNullable(address),
        Optional.ofNullable(postcode),
        Optional.ofNullable(ward));
  }

  private static Consent consent(ConsentPurpose purpose, boolean granted) {
    return new Consent(
        purpose,
        granted,
        Optional.empty(),
        Optional.empty(),
        ConsentMethod.VERBAL,
        NOW,
        "amira",
        WORDING);
  }

  private static Consent police(boolean granted, PoliceSharing sharing) {
    return new Consent(
        ConsentPurpose.SHARE_WITH_POLICE,
        granted,
        Optional.of(sharing),
        Optional.empty(),
        ConsentMethod.VERBAL,
        NOW,
        "amira",
        WORDING);
  }

  private static Consent contactBack(String safeTimes) {
    return new Consent(
        ConsentPurpose.CONTACT_BACK,
        true,
        Optional.empty(),
        Optional.of(
            new ContactPreferences(
                ContactMethod.PHONE, Optional.of(safeTimes), true, Optional.empty())),
        ConsentMethod.VERBAL,
        NOW,
        "amira",
        WORDING);
  }
}
