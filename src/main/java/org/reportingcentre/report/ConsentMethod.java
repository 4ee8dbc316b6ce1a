package org.reportingcentre.report;

/** How a consent was given. */
public enum ConsentMethod implements Coded {
  VERBAL("verbal"),
  WRITTEN("written"),
  ON_SCREEN("on-screen");

  private final String code;

  ConsentMethod(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
