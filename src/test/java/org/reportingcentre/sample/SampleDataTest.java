package org.reportingcentre.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.ContactDetails;
import org.reportingcentre.report.FormVariant;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Problem;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportMeta;
import org.reportingcentre.report.ReportValidator;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.Victim;

/**
 * The sample file reads, is valid, covers what a demonstration and the statistics need, holds
 * nothing that could be a real person's details, and is exactly what the generator makes. To
 * rewrite it after changing the generator: {@code mvn -q test -Dtest=SampleDataTest
 * -Dsample.regenerate=true}.
 */
class SampleDataTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static List<ExchangeFormat.Item> items;
  private static List<Report> reports;

  @BeforeAll
  static void readTheFile() throws Exception {
    if (Boolean.getBoolean("sample.regenerate")) {
      GenerateSampleData.main(new String[0]);
    }
    try (InputStream in = Files.newInputStream(GenerateSampleData.SAMPLE_FILE)) {
      items = new ExchangeFormat().readAll(in);
    }
    reports = items.stream().flatMap(i -> i.report().stream()).toList();
  }

  @Test
  void theFileOnDiskIsWhatTheGeneratorMakesNow() throws IOException {
    String onDisk =
        Files.readString(GenerateSampleData.SAMPLE_FILE, StandardCharsets.UTF_8)
            .replace("\r\n", "\n");
    assertTrue(
        onDisk.equals(GenerateSampleData.render(SampleReports.sample())),
        "sample-data/reports.json is out of date: run"
            + " mvn -q test -Dtest=SampleDataTest -Dsample.regenerate=true");
  }

  @Test
  void everyReportReads() {
    for (ExchangeFormat.Item item : items) {
      assertEquals(List.of(), item.problems(), "report " + item.position());
    }
    assertEquals(items.size(), reports.size());
  }

  @Test
  void everyReportIsValid() {
    ReportValidator validator = new ReportValidator(SampleReports.CLOCK);
    for (Report report : reports) {
      assertEquals(List.of(), validator.validate(report), report.meta().reference().toString());
    }
  }

  @Test
  void thereAreAtLeastSixtyReportsFromTownsley() {
    assertTrue(reports.size() >= 60, "only " + reports.size());
    assertTrue(reports.stream().allMatch(r -> r.meta().centreCode().equals("TWL")));
  }

  @Test
  void everyMotivationStrandAppears() {
    Set<MotivationStrand> seen = EnumSet.noneOf(MotivationStrand.class);
    reports.forEach(r -> seen.addAll(r.incident().motivations()));
    assertEquals(EnumSet.allOf(MotivationStrand.class), seen);
  }

  @Test
  void everyIncidentTypeAppears() {
    Set<IncidentType> seen = EnumSet.noneOf(IncidentType.class);
    reports.forEach(r -> seen.addAll(r.incident().types()));
    assertEquals(EnumSet.allOf(IncidentType.class), seen);
  }

  @Test
  void allThreeReporterRolesAppear() {
    assertEquals(
        EnumSet.allOf(ReporterRole.class), collect(r -> r.reporter().role(), ReporterRole.class));
  }

  @Test
  void someReportsAreAnonymousAndSomeNamed() {
    assertTrue(reports.stream().anyMatch(r -> r.reporter().anonymous()));
    assertTrue(
        reports.stream().anyMatch(r -> r.people().victim().flatMap(Victim::name).isPresent()),
        "no victim is named");
  }

  @Test
  void reportsComeFromVolunteersAndTheKiosk() {
    Set<Channel> channels = collect(r -> r.meta().channel(), Channel.class);
    assertTrue(
        channels.containsAll(EnumSet.of(Channel.IN_PERSON, Channel.KIOSK)), channels::toString);
    for (Report report : reports) {
      boolean kiosk = report.meta().channel() == Channel.KIOSK;
      assertEquals(
          kiosk,
          report.meta().recordedBy().equals(ReportMeta.KIOSK_USER),
          report.meta().reference().toString());
    }
  }

  @Test
  void someKioskReportsUseTheEasyReadForm() {
    assertTrue(
        reports.stream()
            .anyMatch(
                r ->
                    r.meta().channel() == Channel.KIOSK
                        && r.meta().formVariant() == FormVariant.EASY_READ));
  }

  @Test
  void someReportsAreInOtherLanguages() {
    Set<String> languages =
        reports.stream().map(r -> r.meta().language()).collect(Collectors.toSet());
    assertTrue(languages.containsAll(Set.of("en", "pl", "ur", "so")), languages::toString);
  }

  @Test
  void needsForAnInterpreterBslAndEasyReadAppear() {
    assertTrue(reports.stream().anyMatch(r -> r.needs().interpreterLanguage().isPresent()));
    assertTrue(reports.stream().anyMatch(r -> r.needs().bsl()));
    assertTrue(reports.stream().anyMatch(r -> r.needs().easyRead()));
  }

  @Test
  void theSamePersonReportsAgainAsARepeatVictim() {
    List<String> names =
        reports.stream().flatMap(r -> r.people().victim().flatMap(Victim::name).stream()).toList();
    assertTrue(names.size() > names.stream().distinct().count(), "no repeat victim");
  }

  @Test
  void everyConsentRecordsItsWordingVersion() {
    Set<String> versions =
        reports.stream()
            .flatMap(r -> r.consents().stream())
            .map(c -> c.wordingVersion())
            .collect(Collectors.toSet());
    assertEquals(Set.of("consent-2025-09", "consent-2026-01"), versions);
    assertTrue(
        reports.stream().allMatch(r -> r.consent(ConsentPurpose.SHARE_WITH_POLICE).isPresent()),
        "every report says whether the police may have it");
  }

  @Test
  void completionDatesSpanAtLeastTwelveMonths() {
    List<Instant> completed =
        reports.stream().map(r -> r.meta().completedAt().orElseThrow()).sorted().toList();
    Instant first = completed.get(0);
    Instant last = completed.get(completed.size() - 1);
    assertTrue(Duration.between(first, last).toDays() >= 365, first + " to " + last);
    long months = completed.stream().map(i -> YearMonth.from(i.atZone(LONDON))).distinct().count();
    assertTrue(months >= 12, months + " months");
    assertTrue(last.isBefore(SampleReports.CLOCK.instant()));
  }

  @Test
  void reportsComeFromAtLeastFourWards() {
    Set<String> wards =
        reports.stream()
            .flatMap(r -> r.incident().location().ward().stream())
            .collect(Collectors.toSet());
    assertTrue(wards.size() >= 4, wards::toString);
    assertTrue(SampleReports.WARDS.containsAll(wards), wards::toString);
  }

  @Test
  void idsAndReferencesAreUnique() {
    assertEquals(reports.size(), reports.stream().map(r -> r.meta().id()).distinct().count());
    assertEquals(
        reports.size(), reports.stream().map(r -> r.meta().reference()).distinct().count());
  }

  @Test
  void referencesCountUpInTheOrderReportsWereFinished() {
    List<Report> byReference =
        reports.stream()
            .sorted(Comparator.comparingLong(r -> r.meta().reference().sequence()))
            .toList();
    for (int i = 1; i < byReference.size(); i++) {
      assertFalse(
          byReference
              .get(i)
              .meta()
              .completedAt()
              .orElseThrow()
              .isBefore(byReference.get(i - 1).meta().completedAt().orElseThrow()));
    }
  }

  @Test
  void everyPhoneNumberIsInTheRangeKeptForDrama() {
    for (String phone : contactValues(ContactDetails::phone)) {
      assertTrue(phone.matches("07700 900\\d{3}"), phone);
    }
    for (Report report : reports) {
      report.people().witnesses().stream()
          .flatMap(w -> w.contact().stream())
          .forEach(c -> assertTrue(c.matches("07700 900\\d{3}"), c));
    }
  }

  @Test
  void everyEmailAddressIsAtExampleOrg() {
    List<String> emails = contactValues(ContactDetails::email);
    assertFalse(emails.isEmpty());
    emails.forEach(e -> assertTrue(e.matches("[a-z.]+@example\\.org"), e));
  }

  @Test
  void everyPostcodeIsInTheMadeUpAreaZz() {
    List<String> postcodes = new ArrayList<>(contactValues(ContactDetails::postcode));
    reports.forEach(r -> r.incident().location().postcode().ifPresent(postcodes::add));
    assertFalse(postcodes.isEmpty());
    postcodes.forEach(p -> assertTrue(p.matches("ZZ\\d \\d[A-Z]{2}"), p));
  }

  @Test
  void theSameSeedMakesTheSameReportsAndAnotherSeedOthers() {
    assertEquals(SampleReports.generate("TWL", 80, 5), SampleReports.generate("TWL", 80, 5));
    assertNotEquals(SampleReports.generate("TWL", 10, 5), SampleReports.generate("TWL", 10, 6));
  }

  @Test
  void tenThousandReportsForABenchmarkAreValidAndUnique() {
    List<Report> many = SampleReports.generate("ABC", 10_000, 42);
    assertEquals(10_000, many.size());
    ReportValidator validator = new ReportValidator(SampleReports.CLOCK);
    List<Problem> problems =
        many.stream().flatMap(r -> validator.validate(r).stream()).limit(5).toList();
    assertEquals(List.of(), problems);
    assertEquals(10_000, many.stream().map(r -> r.meta().id()).distinct().count());
    assertEquals(10_000, many.stream().map(r -> r.meta().reference()).distinct().count());
    assertTrue(many.stream().allMatch(r -> r.meta().reference().centreCode().equals("ABC")));
  }

  private static List<String> contactValues(Function<ContactDetails, Optional<String>> part) {
    return reports.stream()
        .flatMap(r -> r.people().victim().stream())
        .map(v -> part.apply(v.contact()))
        .flatMap(Optional::stream)
        .toList();
  }

  private static <E extends Enum<E>> Set<E> collect(Function<Report, E> what, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    reports.stream().map(what).filter(Objects::nonNull).forEach(set::add);
    return set;
  }
}
