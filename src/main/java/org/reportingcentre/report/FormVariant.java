package org.reportingcentre.report;

/** Which version of the form the person used. */
public enum FormVariant implements Coded {
  STANDARD("standard"),
  EASY_READ("easy-read");

  private final String code;

  FormVariant(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
