package org.reportingcentre.report;

/** A yes or no question where a person may not know. */
public enum Answer implements Coded {
  YES("yes"),
  NO("no"),
  NOT_SURE("not-sure");

  private final String code;

  Answer(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
