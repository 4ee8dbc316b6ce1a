package org.reportingcentre.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFieldTest {
  /** Parts of a report that are facts about the report or about how a consent was taken. */
  private static final Set<String> NOT_ANSWERS =
      Set.of(
          "meta",
          "attachments",
          "outcome",
          "consents.purpose",
          "consents.method",
          "consents.recordedAt",
          "consents.recordedBy",
          "consents.wordingVersion");

  /** Whether each consent was given is held by the consent's own field, by purpose. */
  private static final String CONSENT_GIVEN = "consents.granted";

  @Test
  void everyAnswerInAReportIsHeldByExactlyOneField() {
    List<String> answers = new ArrayList<>();
    leaves(Report.class, "", answers);
    assertTrue(answers.size() > 40, answers.toString());
    for (String answer : answers) {
      if (answer.equals(CONSENT_GIVEN)) {
        continue;
      }
      List<ReportField> holders =
          Arrays.stream(ReportField.values())
              .filter(f -> f.paths().stream().anyMatch(p -> holds(p, answer)))
              .toList();
      assertEquals(1, holders.size(), answer + " is held by " + holders);
    }
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      assertEquals(
          1,
          Arrays.stream(ReportField.values())
              .filter(f -> f.consentPurpose().equals(Optional.of(purpose)))
              .count(),
          purpose.code());
    }
  }

  @Test
  void everyPathOfAFieldIsInTheReport() {
    List<String> answers = new ArrayList<>();
    leaves(Report.class, "", answers);
    for (ReportField field : ReportField.values()) {
      for (String path : field.paths()) {
        assertTrue(answers.stream().anyMatch(a -> holds(path, a)), field + ": " + path);
      }
    }
  }

  @Test
  void keysAreUniqueAndWrittenOneWay() {
    Set<String> keys = new HashSet<>();
    for (ReportField field : ReportField.values()) {
      assertTrue(keys.add(field.key()), field.key());
      assertTrue(field.key().matches("[a-z]+(-[a-z]+)*"), field.key());
      assertEquals(Optional.of(field), ReportField.fromKey(field.key()));
    }
  }

  @Test
  void aFieldHasWordsAndAPageExactlyWhenTheFormAsksIt() {
    for (ReportField field : ReportField.values()) {
      assertEquals(field.page().isPresent(), field.label().isPresent(), field.key());
    }
  }

  @Test
  void codedFieldsSayWhatTheyChooseFrom() {
    for (ReportField field : ReportField.values()) {
      boolean coded =
          switch (field.kind()) {
            case ONE_OF, ANY_OF, ANSWER, WHEN -> true;
            default -> false;
          };
      assertEquals(coded, !field.options().isEmpty(), field.key());
    }
  }

  @Test
  void deIdentifyingTakesOutEveryIdentifyingAnswerAndKeepsTheRest() {
    Report before = everythingGiven();
    Report after = Deidentify.apply(before);
    for (ReportField field : ReportField.values()) {
      assertTrue(field.read(before).isPresent(), field.key() + " is given before");
      if (!field.identifying()) {
        assertEquals(field.read(before), field.read(after), field.key() + " is kept");
      } else if (field == ReportField.DESCRIPTION) {
        assertEquals(Optional.of(Deidentify.REMOVED), field.read(after));
      } else if (field == ReportField.SAFE_TO_LEAVE_MESSAGE) {
        assertEquals(Optional.of("no"), field.read(after), "no message is left unasked");
      } else {
        assertEquals(Optional.empty(), field.read(after), field.key() + " is taken out");
      }
    }
    assertEquals(List.of(), after.attachments());
    assertEquals(before.meta(), after.meta());
    assertEquals(before.outcome(), after.outcome());
  }

  @Test
  void theCorrectableFieldsAreTheRegistrysCorrectableOnes() {
    assertEquals(
        Arrays.stream(ReportField.values())
            .filter(ReportField::correctable)
            .collect(Collectors.toSet()),
        Arrays.stream(CorrectableField.values())
            .map(CorrectableField::field)
            .collect(Collectors.toSet()));
    for (CorrectableField f : CorrectableField.values()) {
      assertEquals(f.field().key(), f.code());
    }
  }

  @Test
  void writingWhatAFieldReadsLeavesTheReportAsItWas() {
    Report report = everythingGiven();
    for (ReportField field : ReportField.values()) {
      if (field.correctable()) {
        assertEquals(report, field.write(report, field.read(report).orElse("")), field.key());
      }
    }
  }

  @Test
  void aCorrectionChangesOnlyItsOwnAnswer() {
    Report report = everythingGiven();
    Report changed = ReportField.HATE_INDICATORS.write(report, "He pointed at my scarf.");
    for (ReportField field : ReportField.values()) {
      if (field != ReportField.HATE_INDICATORS) {
        assertEquals(field.read(report), field.read(changed), field.key());
      }
    }
    assertEquals(Optional.of("He pointed at my scarf."), ReportField.HATE_INDICATORS.read(changed));
  }

  @Test
  void csvColumnsHaveOneNameAndOnePlaceEach() {
    Map<Integer, Set<String>> names =
        ReportField.csvAnswerColumns().stream()
            .collect(
                Collectors.groupingBy(
                    ReportField.CsvColumn::number,
                    Collectors.mapping(ReportField.CsvColumn::name, Collectors.toSet())));
    names.forEach((number, named) -> assertEquals(1, named.size(), number + ": " + named));
    assertEquals(
        names.values().stream().map(s -> s.iterator().next()).distinct().count(), names.size());
  }

  @ParameterizedTest(name = "{0} is on {1}")
  @CsvSource({
    "reporter.relationship, WHO",
    "incident.description, DESCRIPTION",
    "incident.types, WHAT",
    "incident.otherType, WHAT",
    "incident.motivations, WHY",
    "incident.hateIndicators, WHY",
    "incident.when, WHEN",
    "incident.when.date, WHEN",
    "incident.location.platform, WHERE",
    "incident.location.otherDescription, WHERE",
    "people.offenders.howMany, OFFENDERS",
    "people.offenders.descriptions[3], OFFENDERS",
    "people.witnesses, WITNESSES",
    "people.witnesses[0].notes, WITNESSES",
    "people.victim, ABOUT_YOU",
    "people.victim.contact.email, ABOUT_YOU",
    "history.reportedTo, HISTORY",
    "consents[1], SHARING",
    "consents[0].policeSharing, SHARING",
    "consents[0].recordedBy, SHARING",
    "consents[3].contact.safeTimes, CONTACT"
  })
  void aProblemGoesToThePageThatAsksForIt(String path, FormPage page) {
    assertEquals(Optional.of(page), ReportField.pageOf(path));
  }

  @ParameterizedTest
  @CsvSource({
    "meta.reference",
    "meta.completedAt",
    "needs.interpreterLanguage",
    "incident.evidenceNotes"
  })
  void aProblemWithWhatTheFormDoesNotAskGoesToNoPage(String path) {
    assertEquals(Optional.empty(), ReportField.pageOf(path));
  }

  /** A report in which every field has an answer. */
  static Report everythingGiven() {
    Report full = ReportBuilder.full().build();
    Location l = full.incident().location();
    return ReportBuilder.from(full)
        .reporter(ReporterRole.ON_BEHALF, "My neighbour", false)
        .location(
            new Location(
                l.type(),
                Optional.of("A chat app"),
                Optional.of("Outside the shop"),
                l.address(),
                l.postcode(),
                l.ward()))
        .build();
  }

  private static boolean holds(String path, String answer) {
    return answer.equals(path) || answer.startsWith(path + ".");
  }

  /** The paths of a record's parts that hold a value rather than more parts. */
  private static void leaves(Class<?> type, String prefix, List<String> into) {
    for (RecordComponent c : type.getRecordComponents()) {
      String path = prefix + c.getName();
      if (NOT_ANSWERS.contains(path)) {
        continue;
      }
      Class<?> inner = inner(c.getGenericType());
      if (inner.isRecord()) {
        leaves(inner, path + ".", into);
      } else {
        into.add(path);
      }
    }
  }

  /** The type inside an {@code Optional} or a {@code List}, or the type itself. */
  private static Class<?> inner(Type type) {
    if (type instanceof ParameterizedType p
        && (p.getRawType() == Optional.class || p.getRawType() == List.class)
        && p.getActualTypeArguments()[0] instanceof Class<?> c) {
      return c;
    }
    return type instanceof Class<?> c ? c : Object.class;
  }
}
