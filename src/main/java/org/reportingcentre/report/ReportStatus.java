package org.reportingcentre.report;

/** Where a finished report is on its way to the single point of contact. */
public enum ReportStatus implements Coded {
  SAVED("saved"),
  SENDING("sending"),
  RECEIVED("received"),
  NEEDS_ATTENTION("needs-attention");

  private final String code;

  ReportStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
