package org.reportingcentre.report;

/** Where the incident happened. */
public enum LocationType implements Coded {
  HOME("home"),
  STREET("street"),
  PUBLIC_TRANSPORT("public-transport"),
  SHOP("shop"),
  PUB_RESTAURANT("pub-restaurant"),
  SCHOOL_COLLEGE("school-college"),
  WORK("work"),
  PLACE_OF_WORSHIP("place-of-worship"),
  PARK("park"),
  ONLINE("online"),
  OTHER("other");

  private final String code;

  LocationType(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
