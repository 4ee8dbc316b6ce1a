package org.reportingcentre.desktop.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.CorrectableField;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;

/**
 * The correction form's answers, without a screen: filled from a report, read back, put in words.
 */
class CorrectionViewModelTest {
  private final Messages english = Messages.forLocale(Locale.UK);
  private final Report report = ReportBuilder.full().id(UUID.randomUUID()).build();

  @Test
  void aFormFilledFromAReportGivesBackTheReportsOwnAnswers() {
    CorrectionViewModel vm = new CorrectionViewModel(english);
    vm.show(report);

    for (CorrectableField field : CorrectableField.values()) {
      assertEquals(
          field.read(report).orElse(""), vm.values().get(field), field.code() + " unchanged");
    }
    assertEquals("27/2/2026", vm.whenDate.get());
    assertEquals(Answer.NOT_SURE, vm.choices.get(CorrectableField.STILL_HAPPENING).get());
  }

  @Test
  void ticksDatesAndNumbersBecomeTheValuesTheStoreTakes() {
    CorrectionViewModel vm = new CorrectionViewModel(english);
    vm.show(report);
    vm.strands.clear();
    vm.strands.add(MotivationStrand.AGE);
    vm.strands.add(MotivationStrand.RACE);
    vm.whenDate.set("3 11 2026");
    vm.texts.get(CorrectableField.OFFENDER_COUNT).set("");

    assertEquals("race,age", vm.values().get(CorrectableField.MOTIVATIONS));
    assertEquals("2026-11-03", vm.values().get(CorrectableField.WHEN));
    assertEquals("", vm.values().get(CorrectableField.OFFENDER_COUNT), "not known");
    vm.whenChoice.set("this-week");
    assertEquals("this-week", vm.values().get(CorrectableField.WHEN));
  }

  @Test
  void aDateOrNumberThatCannotBeReadIsAnErrorOnItsField() {
    CorrectionViewModel vm = new CorrectionViewModel(english);
    vm.show(report);
    vm.whenDate.set("31/31/2026");
    vm.texts.get(CorrectableField.OFFENDER_COUNT).set("two");

    assertEquals(
        List.of(
            new FieldError("correct-when-on", "Enter a date like 1/9/2026"),
            new FieldError(
                "correct-offender-count", "Enter a number from 1 to 1000, or leave it empty")),
        vm.check());
    vm.whenChoice.set("yesterday");
    vm.texts.get(CorrectableField.OFFENDER_COUNT).set("2");
    assertTrue(vm.check().isEmpty(), "no date is asked when it was yesterday");
  }

  @Test
  void theReportPageListsACodedCorrectionInWordsNotCodes() {
    ReportPageViewModel page =
        new ReportPageViewModel(
            english,
            new CannedDesk(true, org.reportingcentre.report.ReportStatus.SAVED),
            org.reportingcentre.desktop.common.Threads.sameThread(),
            new org.reportingcentre.report.Reference("TWL", 2_004));
    page.load();

    assertTrue(
        page.correctionLines().stream()
            .anyMatch(
                l ->
                    l.value()
                        .equals(
                            "Why do you think it happened?: changed from \"Race, ethnicity or"
                                + " nationality\" to \"Race, ethnicity or nationality, Religion or"
                                + " belief\"")),
        page.correctionLines().toString());
  }

  @Test
  void codedValuesAreSaidInTheWordsOfTheForm() {
    CorrectionViewModel english = new CorrectionViewModel(this.english);
    assertEquals(
        "Race, ethnicity or nationality, Disability",
        english.say(CorrectableField.MOTIVATIONS, "race,disability"));
    assertEquals("I’m not sure", english.say(CorrectableField.INJURED, "not-sure"));
    assertEquals("Yesterday", english.say(CorrectableField.WHEN, "yesterday"));
    assertEquals("20 Nov 2026", english.say(CorrectableField.WHEN, "2026-11-20"));
    assertEquals("In the street", english.say(CorrectableField.LOCATION_TYPE, "street"));
    assertEquals("Millbrook", english.say(CorrectableField.WARD, "Millbrook"));
    CorrectionViewModel polish = new CorrectionViewModel(Messages.forLocale(new Locale("pl")));
    assertEquals(
        Optional.of(polish.say(CorrectableField.INJURED, "yes")),
        Optional.of(Messages.forLocale(new Locale("pl")).get("answer.yes")));
  }
}
