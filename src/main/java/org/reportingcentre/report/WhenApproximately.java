package org.reportingcentre.report;

/** When it happened, for people who do not know the date. */
public enum WhenApproximately implements Coded {
  TODAY("today"),
  YESTERDAY("yesterday"),
  THIS_WEEK("this-week"),
  EARLIER("earlier"),
  NOT_SURE("not-sure");

  private final String code;

  WhenApproximately(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
