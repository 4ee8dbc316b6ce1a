package org.reportingcentre.report;

/** Kinds of evidence the person has or knows of. */
public enum EvidenceKind implements Coded {
  PHOTOS("photos"),
  CCTV("cctv"),
  MESSAGES("messages"),
  OTHER("other");

  private final String code;

  EvidenceKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
