package org.reportingcentre.report;

/** What a consent is for; one consent record per purpose. */
public enum ConsentPurpose implements Coded {
  SHARE_WITH_POLICE("share-with-police"),
  VICTIM_SUPPORT("victim-support"),
  OTHER_SERVICES("other-services"),
  CONTACT_BACK("contact-back");

  private final String code;

  ConsentPurpose(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
