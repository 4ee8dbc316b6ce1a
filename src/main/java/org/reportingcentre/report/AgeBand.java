package org.reportingcentre.report;

/** Age band of the victim. */
public enum AgeBand implements Coded {
  UNDER_16("under-16"),
  AGE_16_17("16-17"),
  AGE_18_24("18-24"),
  AGE_25_34("25-34"),
  AGE_35_44("35-44"),
  AGE_45_54("45-54"),
  AGE_55_64("55-64"),
  AGE_65_74("65-74"),
  AGE_75_PLUS("75-plus"),
  PREFER_NOT_TO_SAY("prefer-not-to-say");

  private final String code;

  AgeBand(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
