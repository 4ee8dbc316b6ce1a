package org.reportingcentre.desktop.wizard;

import java.time.Clock;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Messages;

/** Makes the model and the view of each page; the one place that knows every step's classes. */
public final class Steps {
  private final Messages text;
  private final Clock clock;

  public Steps(Messages text, Clock clock) {
    this.text = text;
    this.clock = clock;
  }

  public StepViewModel model(StepId step) {
    return switch (step) {
      case SAFETY -> new SafetyViewModel(text);
      case WHO -> new WhoViewModel(text);
      case ANONYMOUS -> new AnonymousViewModel(text);
      case WHAT -> new WhatViewModel(text);
      case DESCRIPTION -> new DescriptionViewModel(text);
      case WHY -> new WhyViewModel(text);
      case WHEN -> new WhenViewModel(text, clock);
      case WHERE -> new WhereViewModel(text);
      case HARM -> new HarmViewModel(text);
      case OFFENDERS -> new OffendersViewModel(text);
      case WITNESSES -> new WitnessesViewModel(text);
      case HISTORY -> new HistoryViewModel(text);
      case ABOUT_YOU -> new AboutYouViewModel(text);
      case SHARING -> new SharingViewModel(text, clock);
      case CONTACT -> new ContactViewModel(text, clock);
      case CHECK -> new CheckViewModel(text);
    };
  }

  /** The view for a page, bound to its model (made by {@link #model}). */
  public StepView view(StepId step, StepViewModel vm, Form form) {
    return switch (step) {
      case SAFETY -> new SafetyView(form, (SafetyViewModel) vm);
      case WHO -> new WhoView(form, (WhoViewModel) vm);
      case ANONYMOUS -> new AnonymousView(form, (AnonymousViewModel) vm);
      case WHAT -> new WhatView(form, (WhatViewModel) vm);
      case DESCRIPTION -> new DescriptionView(form, (DescriptionViewModel) vm);
      case WHY -> new WhyView(form, (WhyViewModel) vm);
      case WHEN -> new WhenView(form, (WhenViewModel) vm);
      case WHERE -> new WhereView(form, (WhereViewModel) vm);
      case HARM -> new HarmView(form, (HarmViewModel) vm);
      case OFFENDERS -> new OffendersView(form, (OffendersViewModel) vm);
      case WITNESSES -> new WitnessesView(form, (WitnessesViewModel) vm);
      case HISTORY -> new HistoryView(form, (HistoryViewModel) vm);
      case ABOUT_YOU -> new AboutYouView(form, (AboutYouViewModel) vm);
      case SHARING -> new SharingView(form, (SharingViewModel) vm);
      case CONTACT -> new ContactView(form, (ContactViewModel) vm);
      case CHECK -> new CheckView(form, (CheckViewModel) vm);
    };
  }
}
