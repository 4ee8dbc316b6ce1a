package org.reportingcentre.report;

/** Equality monitoring: sexual orientation. */
public enum SexualOrientation implements Coded {
  HETEROSEXUAL("heterosexual"),
  GAY_LESBIAN("gay-lesbian"),
  BISEXUAL("bisexual"),
  OTHER("other"),
  PREFER_NOT_TO_SAY("prefer-not-to-say");

  private final String code;

  SexualOrientation(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
