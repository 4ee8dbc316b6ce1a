package org.reportingcentre.desktop.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.testing.WizardFixture;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.store.Draft;

/** The wizard's flow and saving, on the view model alone (plain JUnit, no screen). */
class WizardViewModelTest {
  private final WizardFixture f = new WizardFixture();
  private final WizardViewModel vm = f.vm;

  private Draft onlyDraft() {
    assertEquals(1, f.drafts.all().size());
    return f.drafts.all().get(0);
  }

  @Test
  void continueWithAProblemStaysKeepsTheAnswersAndSavesNothing() {
    vm.continueClicked();
    WhoViewModel who = (WhoViewModel) vm.model(StepId.WHO);
    who.role.set(ReporterRole.ON_BEHALF);
    f.scheduler.advance(Duration.ofSeconds(5));
    int saves = f.drafts.saves;
    assertFalse(vm.continueClicked());
    assertEquals(StepId.WHO, vm.current.get());
    assertEquals(ReporterRole.ON_BEHALF, who.role.get());
    assertEquals("relationship", vm.errors.get(0).field());
    assertTrue(vm.title().get().startsWith("Error: Who is reporting?"), vm.title().get());
    assertEquals(saves, f.drafts.saves);
  }

  @Test
  void theWindowTitleOfAboutYouIsAboutThePersonWhenReportingForSomeoneElse() {
    vm.answers().role = ReporterRole.ON_BEHALF;
    vm.change(StepId.ABOUT_YOU);
    assertTrue(vm.title().get().startsWith("About the person it happened to - "), vm.title().get());
    vm.answers().role = ReporterRole.VICTIM;
    vm.change(StepId.ABOUT_YOU);
    assertTrue(vm.title().get().startsWith("About you - "), vm.title().get());
  }

  @Test
  void checkYourAnswersAsksAboutThePersonAndFollowsASwitchOfLanguage() {
    vm.answers().role = ReporterRole.ON_BEHALF;
    vm.answers().relationship = "Neighbour";
    vm.change(StepId.CHECK);
    CheckViewModel check = (CheckViewModel) vm.model(StepId.CHECK);
    java.util.List<String> questions =
        check.rows.stream().map(CheckViewModel.Row::question).toList();
    assertTrue(questions.contains("Do they have a disability?"), questions.toString());
    assertFalse(questions.contains("Do you have a disability?"), questions.toString());

    vm.useWording(
        org.reportingcentre.desktop.common.Messages.forLocale(
            java.util.Locale.forLanguageTag("pl-PL")));
    questions = check.rows.stream().map(CheckViewModel.Row::question).toList();
    assertTrue(questions.contains("Czy ta osoba ma niepełnosprawność?"), questions.toString());
  }

  @Test
  void everyContinueSavesTheDraftAtTheNextQuestion() {
    vm.continueClicked();
    ((WhoViewModel) vm.model(StepId.WHO)).role.set(ReporterRole.VICTIM);
    assertTrue(vm.continueClicked());
    Draft draft = onlyDraft();
    assertEquals("ANONYMOUS", draft.step());
    assertEquals("ben", draft.owner());
    assertTrue(draft.answers().contains("\"role\":\"victim\""), draft.answers());
    assertFalse(vm.title().get().startsWith("Error"));
  }

  @Test
  void typingIsSavedOneSecondAfterTheLastKeystrokeAndNotBefore() {
    vm.continueClicked();
    ((WhoViewModel) vm.model(StepId.WHO)).role.set(ReporterRole.VICTIM);
    vm.continueClicked();
    ((AnonymousViewModel) vm.model(StepId.ANONYMOUS))
        .anonymous.set(org.reportingcentre.report.Answer.NO);
    vm.continueClicked();
    ((WhatViewModel) vm.model(StepId.WHAT))
        .types.add(org.reportingcentre.report.IncidentType.ARSON);
    vm.continueClicked();
    assertEquals(StepId.DESCRIPTION, vm.current.get());
    int saves = f.drafts.saves;
    DescriptionViewModel description = (DescriptionViewModel) vm.model(StepId.DESCRIPTION);
    for (String typed : new String[] {"T", "Th", "The", "They"}) {
      description.description.set(typed);
      f.scheduler.advance(Duration.ofMillis(600));
    }
    assertEquals(saves, f.drafts.saves, "no save while the person is still typing");
    f.scheduler.advance(Duration.ofMillis(400));
    assertEquals(saves + 1, f.drafts.saves, "saved 1 s after the last keystroke");
    assertTrue(onlyDraft().answers().contains("\"description\":\"They\""));
    assertEquals("DESCRIPTION", onlyDraft().step());
  }

  @Test
  void aResumedDraftOpensAtItsQuestionWithEveryAnswer() throws Exception {
    vm.continueClicked();
    ((WhoViewModel) vm.model(StepId.WHO)).role.set(ReporterRole.ON_BEHALF);
    ((WhoViewModel) vm.model(StepId.WHO)).relationship.set("Neighbour");
    vm.continueClicked();
    Draft draft = onlyDraft();

    WizardFixture other = new WizardFixture();
    other.vm.resume(draft);
    assertEquals(StepId.ANONYMOUS, other.vm.current.get());
    other.vm.back();
    WhoViewModel who = (WhoViewModel) other.vm.model(StepId.WHO);
    assertEquals(ReporterRole.ON_BEHALF, who.role.get());
    assertEquals("Neighbour", who.relationship.get());
    assertEquals(draft.id(), other.vm.draftId());
  }

  @Test
  void changeFromCheckYourAnswersComesBackToIt() {
    Answers a = vm.answers();
    a.role = ReporterRole.VICTIM;
    a.anonymous = true;
    vm.change(StepId.CHECK);
    vm.continueClicked();
    assertEquals(StepId.CHECK, vm.current.get());
    vm.change(StepId.WHO);
    ((WhoViewModel) vm.model(StepId.WHO)).role.set(ReporterRole.WITNESS);
    assertTrue(vm.continueClicked());
    assertEquals(StepId.CHECK, vm.current.get());
    assertEquals(ReporterRole.WITNESS, vm.answers().role);
  }

  @Test
  void resetLeavesNothingOfTheLastReport() {
    vm.continueClicked();
    ((WhoViewModel) vm.model(StepId.WHO)).role.set(ReporterRole.VICTIM);
    vm.continueClicked();
    var firstId = vm.draftId();
    vm.reset();
    assertEquals(StepId.SAFETY, vm.current.get());
    assertEquals(null, vm.answers().role);
    assertFalse(firstId.equals(vm.draftId()));
    vm.continueClicked();
    assertEquals(null, ((WhoViewModel) vm.model(StepId.WHO)).role.get());
  }
}
