package org.reportingcentre.desktop.wizard;

import org.reportingcentre.report.FormPage;

/** The pages of the wizard, in order. The key is the prefix of the page's words in the bundle. */
public enum StepId {
  SAFETY("safety"),
  WHO("who"),
  ANONYMOUS("anonymous"),
  WHAT("what"),
  DESCRIPTION("description"),
  WHY("why"),
  WHEN("when"),
  WHERE("where"),
  HARM("harm"),
  OFFENDERS("offenders"),
  WITNESSES("witnesses"),
  HISTORY("history"),
  ABOUT_YOU("about"),
  SHARING("sharing"),
  CONTACT("contact"),
  CHECK("check");

  private final String key;

  StepId(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The step that shows a page of the form (the same name). */
  public static StepId of(FormPage page) {
    return valueOf(page.name());
  }
}
