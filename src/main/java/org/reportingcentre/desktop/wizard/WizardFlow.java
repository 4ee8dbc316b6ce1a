package org.reportingcentre.desktop.wizard;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Which pages a person sees, given their answers so far: the branching in one place. */
public final class WizardFlow {
  /** The pages in order, leaving out those the answers make irrelevant. */
  public List<StepId> path(Answers answers) {
    return Arrays.stream(StepId.values()).filter(step -> applies(step, answers)).toList();
  }

  public boolean applies(StepId step, Answers answers) {
    return switch (step) {
      case ABOUT_YOU, CONTACT -> !answers.isAnonymous();
      default -> true;
    };
  }

  public Optional<StepId> next(StepId from, Answers answers) {
    List<StepId> path = path(answers);
    for (StepId step : StepId.values()) {
      if (step.ordinal() > from.ordinal() && path.contains(step)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  public Optional<StepId> previous(StepId from, Answers answers) {
    List<StepId> path = path(answers);
    StepId found = null;
    for (StepId step : StepId.values()) {
      if (step.ordinal() < from.ordinal() && path.contains(step)) {
        found = step;
      }
    }
    return Optional.ofNullable(found);
  }
}
