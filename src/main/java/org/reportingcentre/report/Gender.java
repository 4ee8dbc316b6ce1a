package org.reportingcentre.report;

/** Equality monitoring: gender. */
public enum Gender implements Coded {
  WOMAN("woman"),
  MAN("man"),
  NON_BINARY("non-binary"),
  SELF_DESCRIBED("self-described"),
  PREFER_NOT_TO_SAY("prefer-not-to-say");

  private final String code;

  Gender(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
