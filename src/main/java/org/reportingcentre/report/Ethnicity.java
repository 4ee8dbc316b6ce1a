package org.reportingcentre.report;

/** Equality monitoring: ethnic group (census top-level groups). */
public enum Ethnicity implements Coded {
  ASIAN("asian"),
  BLACK("black"),
  MIXED("mixed"),
  WHITE("white"),
  GYPSY_ROMA_TRAVELLER("gypsy-roma-traveller"),
  OTHER("other"),
  PREFER_NOT_TO_SAY("prefer-not-to-say");

  private final String code;

  Ethnicity(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
