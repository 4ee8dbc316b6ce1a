package org.reportingcentre.report;

/** How the person wants to be contacted back. */
public enum ContactMethod implements Coded {
  PHONE("phone"),
  TEXT("text"),
  EMAIL("email"),
  POST("post");

  private final String code;

  ContactMethod(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
