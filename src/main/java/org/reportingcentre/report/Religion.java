package org.reportingcentre.report;

/** Equality monitoring: religion or belief. */
public enum Religion implements Coded {
  NONE("none"),
  BUDDHIST("buddhist"),
  CHRISTIAN("christian"),
  HINDU("hindu"),
  JEWISH("jewish"),
  MUSLIM("muslim"),
  SIKH("sikh"),
  OTHER("other"),
  PREFER_NOT_TO_SAY("prefer-not-to-say");

  private final String code;

  Religion(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
