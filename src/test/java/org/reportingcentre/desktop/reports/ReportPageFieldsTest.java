package org.reportingcentre.desktop.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportingcentre.centre.ReportPage;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.report.Deidentify;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;
import org.reportingcentre.report.ReportField;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.store.SyncDetails;

/** A report's page shows the answers of the field registry, in the page's order. */
class ReportPageFieldsTest {
  /**
   * The answers a report's page does not show yet. Showing one is giving its field a row number in
   * {@link ReportField}, and taking it out of this list.
   */
  private static final Set<ReportField> NOT_SHOWN_YET =
      EnumSet.of(
          ReportField.EVIDENCE,
          ReportField.EVIDENCE_NOTES,
          ReportField.OFFENDER_DESCRIPTIONS,
          ReportField.WITNESSES,
          ReportField.REPORTED_BEFORE,
          ReportField.REPORTED_TO,
          ReportField.VICTIM_ADDRESS,
          ReportField.VICTIM_POSTCODE,
          ReportField.GENDER,
          ReportField.TRANS_HISTORY,
          ReportField.ETHNICITY,
          ReportField.RELIGION,
          ReportField.SEXUAL_ORIENTATION,
          ReportField.DISABILITY,
          ReportField.CONTACT_METHOD,
          ReportField.SAFE_TIMES,
          ReportField.SAFE_TO_LEAVE_MESSAGE,
          ReportField.TRUSTED_PERSON,
          ReportField.INTERPRETER_LANGUAGE,
          ReportField.BSL,
          ReportField.EASY_READ,
          ReportField.ADVOCATE);

  private final Messages english = Messages.forLocale(Locale.UK);

  @Test
  void everyAnswerHasARowOrIsShownInAnotherOrIsListedAsNotShownYet() {
    List<Report> reports =
        List.of(everythingGiven("A chat app", ""), everythingGiven("", "A field"));
    for (ReportField field : ReportField.values()) {
      String id = field.consentPurpose().map(p -> "consent-" + p.code()).orElse(field.key());
      boolean hasRow = false;
      boolean inAnother = false;
      for (Report report : reports) {
        List<ReportPageViewModel.Line> lines = lines(report, Optional.empty());
        hasRow |= lines.stream().anyMatch(l -> l.id().equals(id));
        Optional<String> value = field.read(report);
        inAnother |=
            field.shownWith().isPresent()
                && value.isPresent()
                && lines.stream()
                    .anyMatch(
                        l ->
                            l.id().equals(field.shownWith().get().key())
                                && l.value().contains(value.get()));
      }
      assertEquals(
          !NOT_SHOWN_YET.contains(field), hasRow || inAnother, field.key() + " on the page");
      assertEquals(hasRow, field.reportPageRow().isPresent(), field.key() + " has a row number");
    }
  }

  @Test
  void rowsFollowTheirNumbersAfterTheReportsOwnFacts() {
    List<String> ids =
        lines(everythingGiven(), Optional.empty()).stream()
            .map(ReportPageViewModel.Line::id)
            .toList();
    assertEquals(List.of("recorded", "recorded-by", "channel"), ids.subList(0, 3));
    assertEquals(
        ReportField.reportPageRows().stream()
            .map(f -> f.consentPurpose().map(p -> "consent-" + p.code()).orElse(f.key()))
            .toList(),
        ids.subList(3, ids.size()));
  }

  @Test
  void afterThePurgeEveryIdentifyingRowSaysWhenItWasRemoved() {
    Report report = everythingGiven();
    List<ReportPageViewModel.Line> lines =
        lines(Deidentify.apply(report), Optional.of(Instant.parse("2026-04-01T10:00:00Z")));
    for (ReportPageViewModel.Line line : lines) {
      Optional<ReportField> field = ReportField.fromKey(line.id());
      if (field.isEmpty()) {
        continue;
      }
      if (field.get().identifying()) {
        assertTrue(line.value().startsWith("Removed"), line.toString());
      } else {
        assertFalse(line.value().startsWith("Removed"), line.toString());
      }
    }
    assertTrue(
        lines.stream()
            .noneMatch(l -> l.value().contains("My neighbour") || l.value().contains("chat app")),
        lines.toString());
  }

  private List<ReportPageViewModel.Line> lines(Report report, Optional<Instant> purgedAt) {
    ReportPageViewModel vm =
        new ReportPageViewModel(
            english,
            new CannedDesk(true, ReportStatus.SAVED),
            Threads.sameThread(),
            report.meta().reference());
    vm.page.set(
        new ReportPage(
            report,
            new SyncDetails(
                report.meta().id(),
                report.meta().reference(),
                ReportStatus.RECEIVED,
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                Optional.empty(),
                false,
                purgedAt),
            List.of(),
            List.of()));
    return vm.answerLines();
  }

  private static Report everythingGiven() {
    return everythingGiven("A chat app", "");
  }

  /** A full report by someone reporting for another, with the given words for the place. */
  private static Report everythingGiven(String platform, String otherPlace) {
    Report full = ReportBuilder.full().build();
    Location l = full.incident().location();
    return ReportBuilder.from(full)
        .reporter(ReporterRole.ON_BEHALF, "My neighbour", false)
        .location(
            new Location(
                l.type(),
                Optional.of(platform),
                Optional.of(otherPlace),
                l.address(),
                l.postcode(),
                l.ward()))
        .build();
  }
}
