package org.reportingcentre.report;

/** How the report reached the centre. */
public enum Channel implements Coded {
  IN_PERSON("in-person"),
  KIOSK("kiosk"),
  PHONE("phone"),
  POST_EMAIL("post-email");

  private final String code;

  Channel(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
