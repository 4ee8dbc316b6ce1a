package org.reportingcentre.report;

/** How much of a report the police may see. */
public enum PoliceSharing implements Coded {
  WITH_NAME("with-name"),
  WITHOUT_NAME("without-name"),
  NOT_AT_ALL("not-at-all");

  private final String code;

  PoliceSharing(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
