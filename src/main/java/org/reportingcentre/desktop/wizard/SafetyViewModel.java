package org.reportingcentre.desktop.wizard;

import org.reportingcentre.desktop.common.Messages;

/** Page 1 has no answers: it tells the person to call 999 in an emergency. */
public final class SafetyViewModel extends StepViewModel {
  public SafetyViewModel(Messages text) {
    super(text);
  }

  @Override
  protected void read(Answers answers) {}

  @Override
  public void store(Answers answers) {}
}
