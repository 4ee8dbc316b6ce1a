package org.reportingcentre.report;

/** Equality monitoring: does the person consider themselves disabled. */
public enum DisabilityStatus implements Coded {
  YES("yes"),
  NO("no"),
  PREFER_NOT_TO_SAY("prefer-not-to-say");

  private final String code;

  DisabilityStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
