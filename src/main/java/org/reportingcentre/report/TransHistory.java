package org.reportingcentre.report;

/** Equality monitoring: is the person's gender the same as registered at birth. */
public enum TransHistory implements Coded {
  SAME_AS_BIRTH("same-as-birth"),
  DIFFERENT_FROM_BIRTH("different-from-birth"),
  PREFER_NOT_TO_SAY("prefer-not-to-say");

  private final String code;

  TransHistory(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
