package org.reportingcentre.report;

/** What the single point of contact did with a report. */
public enum OutcomeStatus implements Coded {
  RECEIVED("received"),
  UNDER_REVIEW("under-review"),
  PASSED_TO_POLICE("passed-to-police"),
  REFERRED("referred"),
  ACTION_TAKEN("action-taken"),
  CLOSED("closed");

  private final String code;

  OutcomeStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
