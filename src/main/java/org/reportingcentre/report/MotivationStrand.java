package org.reportingcentre.report;

/** Why the person thinks it happened: the five nationally monitored strands and the local ones. */
public enum MotivationStrand implements Coded {
  RACE("race", true),
  RELIGION("religion", true),
  SEXUAL_ORIENTATION("sexual-orientation", true),
  DISABILITY("disability", true),
  TRANSGENDER("transgender", true),
  SEX_GENDER("sex-gender", false),
  AGE("age", false),
  GYPSY_ROMA_TRAVELLER("gypsy-roma-traveller", false),
  OTHER("other", false);

  private final String code;
  private final boolean nationallyMonitored;

  MotivationStrand(String code, boolean nationallyMonitored) {
    this.code = code;
    this.nationallyMonitored = nationallyMonitored;
  }

  @Override
  public String code() {
    return code;
  }

  /** True for the five strands that are monitored nationally; false for the local ones. */
  public boolean nationallyMonitored() {
    return nationallyMonitored;
  }
}
