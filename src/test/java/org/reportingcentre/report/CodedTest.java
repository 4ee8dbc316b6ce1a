package org.reportingcentre.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Codes are what files and the single point of contact hold, so they must never drift. */
class CodedTest {
  static Stream<Class<? extends Coded>> codeLists() {
    return Stream.of(
        AgeBand.class,
        Answer.class,
        Channel.class,
        ConsentMethod.class,
        ConsentPurpose.class,
        ContactMethod.class,
        DisabilityStatus.class,
        Ethnicity.class,
        EvidenceKind.class,
        FormVariant.class,
        Gender.class,
        IncidentType.class,
        LocationType.class,
        MotivationStrand.class,
        OutcomeStatus.class,
        PoliceSharing.class,
        ReportStatus.class,
        ReporterRole.class,
        Religion.class,
        SexualOrientation.class,
        TransHistory.class,
        WhenApproximately.class);
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  void everyCodeIsLowerCaseWordsWithDashesAndUnique(Class<? extends Coded> type) {
    List<String> codes = codes(type);
    assertEquals(codes.size(), codes.stream().distinct().count(), type + " repeats a code");
    for (String code : codes) {
      assertTrue(code.matches("[a-z0-9]+(-[a-z0-9]+)*"), type.getSimpleName() + ": " + code);
    }
  }

  @Test
  void everyCodeFindsItsConstantAgainAndUnknownCodesFindNothing() {
    for (MotivationStrand strand : MotivationStrand.values()) {
      assertEquals(Optional.of(strand), Coded.fromCode(MotivationStrand.class, strand.code()));
    }
    assertEquals(Optional.empty(), Coded.fromCode(MotivationStrand.class, "RACE"));
  }

  @ParameterizedTest
  @MethodSource("answersWithPreferNotToSay")
  void everyEqualityMonitoringQuestionHasPreferNotToSay(Class<? extends Coded> type) {
    assertTrue(codes(type).contains("prefer-not-to-say"), type.getSimpleName());
  }

  static Stream<Class<? extends Coded>> answersWithPreferNotToSay() {
    return Stream.of(
        AgeBand.class,
        Gender.class,
        TransHistory.class,
        Ethnicity.class,
        Religion.class,
        SexualOrientation.class,
        DisabilityStatus.class);
  }

  @Test
  void motivationStrandCodesAreTheReleasedOnes() {
    assertEquals(
        List.of(
            "race",
            "religion",
            "sexual-orientation",
            "disability",
            "transgender",
            "sex-gender",
            "age",
            "gypsy-roma-traveller",
            "other"),
        codes(MotivationStrand.class));
  }

  @Test
  void theFiveNationallyMonitoredStrandsAreMarked() {
    assertEquals(
        List.of(
            MotivationStrand.RACE,
            MotivationStrand.RELIGION,
            MotivationStrand.SEXUAL_ORIENTATION,
            MotivationStrand.DISABILITY,
            MotivationStrand.TRANSGENDER),
        Arrays.stream(MotivationStrand.values())
            .filter(MotivationStrand::nationallyMonitored)
            .toList());
  }

  @Test
  void incidentTypeCodesAreTheReleasedOnes() {
    assertEquals(
        List.of(
            "physical-attack",
            "threats-intimidation",
            "verbal-abuse",
            "abusive-gestures",
            "property-damage",
            "graffiti",
            "arson",
            "rubbish-dumped",
            "offensive-letters",
            "abusive-calls-texts-emails",
            "online-abuse",
            "bullying",
            "malicious-complaints",
            "neighbour-dispute",
            "financial-abuse",
            "sexual-harassment",
            "emotional-abuse",
            "other"),
        codes(IncidentType.class));
  }

  @Test
  void reporterRolesAreTheThreeWaysOfReporting() {
    assertEquals(List.of("victim", "witness", "on-behalf"), codes(ReporterRole.class));
  }

  private static List<String> codes(Class<? extends Coded> type) {
    return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
  }
}
