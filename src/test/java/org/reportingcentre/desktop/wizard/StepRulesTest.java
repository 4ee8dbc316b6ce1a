package org.reportingcentre.desktop.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.ContactMethod;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.PoliceSharing;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.testing.MutableClock;

/** Every error rule of every page, on the view models alone (plain JUnit, no screen). */
class StepRulesTest {
  private final Messages text = Messages.forLocale(Locale.UK);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:15:00Z"));

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }

  @Test
  void whoNeedsAnAnswer() {
    WhoViewModel vm = new WhoViewModel(text);
    assertEquals(List.of(new FieldError("role", "Select who is reporting")), vm.validate());
    vm.role.set(ReporterRole.VICTIM);
    assertEquals(List.of(), vm.validate());
  }

  @Test
  void reportingForSomeoneElseNeedsTheRelationship() {
    WhoViewModel vm = new WhoViewModel(text);
    vm.role.set(ReporterRole.ON_BEHALF);
    assertEquals(List.of("relationship"), fields(vm.validate()));
    vm.relationship.set("   ");
    assertEquals(List.of("relationship"), fields(vm.validate()));
    vm.relationship.set("Carer");
    assertEquals(List.of(), vm.validate());
  }

  @Test
  void relationshipIsAtMost200Characters() {
    WhoViewModel vm = new WhoViewModel(text);
    vm.role.set(ReporterRole.ON_BEHALF);
    vm.relationship.set("x".repeat(201));
    assertEquals(List.of("relationship"), fields(vm.validate()));
  }

  @Test
  void anonymousNeedsAnAnswer() {
    AnonymousViewModel vm = new AnonymousViewModel(text);
    assertEquals(List.of("anonymous"), fields(vm.validate()));
    vm.anonymous.set(Answer.NO);
    assertEquals(List.of(), vm.validate());
  }

  @Test
  void whatNeedsAtLeastOneTypeAndTextForSomethingElse() {
    WhatViewModel vm = new WhatViewModel(text);
    assertEquals(List.of("types"), fields(vm.validate()));
    vm.types.add(IncidentType.OTHER);
    assertEquals(List.of("otherType"), fields(vm.validate()));
    vm.otherType.set("Spat at");
    assertEquals(List.of(), vm.validate());
  }

  @Test
  void descriptionIsNeededAndHasALimit() {
    DescriptionViewModel vm = new DescriptionViewModel(text);
    assertEquals(List.of(new FieldError("description", "Enter what happened")), vm.validate());
    vm.description.set("a".repeat(20_001));
    assertEquals(
        List.of(new FieldError("description", "What happened must be 20,000 characters or fewer")),
        vm.validate());
  }

  @Test
  void whyNeedsAtLeastOneReasonAndTextForSomethingElse() {
    WhyViewModel vm = new WhyViewModel(text);
    assertEquals(List.of("motivations"), fields(vm.validate()));
    vm.motivations.add(MotivationStrand.OTHER);
    assertEquals(List.of("otherMotivation"), fields(vm.validate()));
    vm.otherMotivation.set("Accent");
    assertEquals(List.of(), vm.validate());
  }

  @Test
  void whenNeedsAChoice() {
    WhenViewModel vm = new WhenViewModel(text, clock);
    assertEquals(List.of("when"), fields(vm.validate()));
    vm.choice.set("not-sure");
    assertEquals(List.of(), vm.validate());
  }

  @Test
  void aDateMustBeCompleteRealPastAndWithinAHundredYears() {
    WhenViewModel vm = new WhenViewModel(text, clock);
    vm.choice.set("date");
    vm.day.set("14");
    assertEquals(List.of(new FieldError("date", "Enter the day, month and year")), vm.validate());
    vm.month.set("13");
    vm.year.set("2026");
    assertEquals(
        List.of(new FieldError("date", "Enter a real date, for example 27 3 2026")), vm.validate());
    vm.month.set("12");
    assertEquals(
        List.of(new FieldError("date", "The date must be today or in the past")), vm.validate());
    vm.month.set("11");
    vm.year.set("1900");
    assertEquals(
        List.of(new FieldError("date", "The date must be in the last 100 years")), vm.validate());
    vm.year.set("2026");
    assertEquals(List.of(), vm.validate());
  }

  @Test
  void aTimeIfGivenMustBeATime() {
    WhenViewModel vm = new WhenViewModel(text, clock);
    vm.choice.set("today");
    vm.time.set("teatime");
    assertEquals(List.of("time"), fields(vm.validate()));
    vm.time.set("9");
    assertEquals(List.of(), vm.validate());
  }

  @Test
  void whereNeedsAPlacePlatformForOnlineAndWordsForSomewhereElse() {
    WhereViewModel vm = new WhereViewModel(text);
    assertEquals(List.of("locationType"), fields(vm.validate()));
    vm.type.set(LocationType.ONLINE);
    assertEquals(List.of("platform"), fields(vm.validate()));
    vm.type.set(LocationType.OTHER);
    assertEquals(List.of("otherPlace"), fields(vm.validate()));
    vm.otherPlace.set("Car park");
    vm.postcode.set("TOO LONG POSTCODE");
    assertEquals(List.of("postcode"), fields(vm.validate()));
  }

  @Test
  void harmNeedsBothAnswersWhereNotSureCounts() {
    HarmViewModel vm = new HarmViewModel(text);
    assertEquals(List.of("injured", "damageOrLoss"), fields(vm.validate()));
    vm.injured.set(Answer.NOT_SURE);
    vm.damageOrLoss.set(Answer.NOT_SURE);
    assertEquals(List.of(), vm.validate());
  }

  @Test
  void offendersNeedAnAnswerAndACountFromOneToAThousand() {
    OffendersViewModel vm = new OffendersViewModel(text);
    assertEquals(List.of("canDescribe"), fields(vm.validate()));
    vm.canDescribe.set(Answer.YES);
    vm.count.set("none");
    assertEquals(List.of("count"), fields(vm.validate()));
    vm.count.set("0");
    assertEquals(List.of("count"), fields(vm.validate()));
    vm.count.set("");
    assertEquals(List.of(), vm.validate());
    vm.canDescribe.set(Answer.NO);
    vm.count.set("none");
    assertEquals(List.of(), vm.validate(), "details are not checked when not asked");
  }

  @Test
  void witnessesNeedAnAnswer() {
    WitnessesViewModel vm = new WitnessesViewModel(text);
    assertEquals(List.of("othersSaw"), fields(vm.validate()));
  }

  @Test
  void historyNeedsBothAnswersAndWhoWhenReported() {
    HistoryViewModel vm = new HistoryViewModel(text);
    assertEquals(List.of("happenedBefore", "reportedBefore"), fields(vm.validate()));
    vm.happenedBefore.set(Answer.NO);
    vm.reportedBefore.set(Answer.YES);
    assertEquals(List.of("reportedTo"), fields(vm.validate()));
  }

  @Test
  void aboutYouIsAllOptionalButEmailAndPhoneMustLookRight() {
    AboutYouViewModel vm = new AboutYouViewModel(text);
    assertEquals(List.of(), vm.validate());
    vm.email.set("amina.example.org");
    vm.phone.set("call me");
    vm.postcode.set("12345678901");
    assertEquals(List.of("email", "phone", "postcode"), fields(vm.validate()));
  }

  @Test
  void sharingNeedsEveryConsentAnswered() {
    SharingViewModel vm = new SharingViewModel(text, clock);
    assertEquals(List.of("police", "victimSupport", "otherServices"), fields(vm.validate()));
  }

  @Test
  void anAnonymousReportCannotGoToThePoliceWithAName() {
    SharingViewModel vm = new SharingViewModel(text, clock);
    vm.anonymous.set(true);
    vm.police.set(PoliceSharing.WITH_NAME);
    vm.victimSupport.set(Answer.NO);
    vm.otherServices.set(Answer.NO);
    assertEquals(List.of("police"), fields(vm.validate()));
  }

  @Test
  void contactNeedsAnAnswerAndHowAndWhetherToLeaveAMessage() {
    ContactViewModel vm = new ContactViewModel(text, clock);
    assertEquals(List.of("contactBack"), fields(vm.validate()));
    vm.contactBack.set(Answer.YES);
    assertEquals(List.of("method", "safeToLeaveMessage"), fields(vm.validate()));
    vm.method.set(ContactMethod.EMAIL);
    vm.safeToLeaveMessage.set(Answer.NO);
    assertEquals(List.of(), vm.validate());
  }

  @Test
  void consentAnswersKeepTheTimeTheyWereGiven() {
    SharingViewModel vm = new SharingViewModel(text, clock);
    Answers answers = new Answers();
    vm.police.set(PoliceSharing.WITHOUT_NAME);
    vm.store(answers);
    Instant first = clock.instant();
    clock.advance(java.time.Duration.ofMinutes(5));
    vm.store(answers);
    assertEquals(first, answers.policeAnsweredAt, "an unchanged answer keeps its time");
    vm.police.set(PoliceSharing.NOT_AT_ALL);
    vm.store(answers);
    assertEquals(clock.instant(), answers.policeAnsweredAt, "a changed answer is re-recorded");
  }
}
