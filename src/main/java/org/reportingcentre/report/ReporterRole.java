package org.reportingcentre.report;

/** Who is reporting. */
public enum ReporterRole implements Coded {
  VICTIM("victim"),
  WITNESS("witness"),
  ON_BEHALF("on-behalf");

  private final String code;

  ReporterRole(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
