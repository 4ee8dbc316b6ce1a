package org.reportingcentre.protocol;

import org.reportingcentre.report.Coded;

/**
 * What a support service helps with, so a volunteer can find one for what the person needs. A
 * service may list several; an entry that lists none is found by text, strand and language only.
 */
public enum SupportNeed implements Coded {
  /** Danger now, or a crime happening now. */
  URGENT_HELP("urgent-help"),
  /** Telling the police, online or by phone. */
  REPORTING("reporting"),
  /** Someone to talk to; emotional support. */
  EMOTIONAL_SUPPORT("emotional-support"),
  /** Someone to speak up for the person, or go with them. */
  ADVOCACY("advocacy"),
  /** Housing, neighbours, moving, repairs after damage. */
  HOUSING("housing"),
  /** Advice on rights, benefits, forms and letters. */
  PRACTICAL_ADVICE("practical-advice"),
  /** Help in another language, or with interpreting. */
  LANGUAGE_SUPPORT("language-support");

  private final String code;

  SupportNeed(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
