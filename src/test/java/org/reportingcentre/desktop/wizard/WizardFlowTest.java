package org.reportingcentre.desktop.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The branching of the wizard. */
class WizardFlowTest {
  private final WizardFlow flow = new WizardFlow();

  @Test
  void everyPageInOrderWhenNotAnonymous() {
    Answers a = new Answers();
    a.anonymous = false;
    assertEquals(List.of(StepId.values()), flow.path(a));
  }

  @Test
  void anonymousSkipsAboutYouAndContactingYou() {
    Answers a = new Answers();
    a.anonymous = true;
    assertFalse(flow.path(a).contains(StepId.ABOUT_YOU));
    assertFalse(flow.path(a).contains(StepId.CONTACT));
    assertEquals(Optional.of(StepId.SHARING), flow.next(StepId.HISTORY, a));
    assertEquals(Optional.of(StepId.CHECK), flow.next(StepId.SHARING, a));
    assertEquals(Optional.of(StepId.HISTORY), flow.previous(StepId.SHARING, a));
  }

  @Test
  void notAnsweredYetCountsAsNotAnonymous() {
    assertTrue(flow.path(new Answers()).contains(StepId.ABOUT_YOU));
  }
}
