package org.reportingcentre.store;

import org.reportingcentre.report.Coded;

/** What a user of the centre may do. */
public enum Role implements Coded {
  /** Everything: reports, export, users, sync, backup. */
  MANAGER("manager"),
  /** Create and view the centre's reports; no export, no user administration. */
  VOLUNTEER("volunteer"),
  /**
   * A kiosk on a public PC, not a person: creates one report at a time and reads nothing. Never
   * given to a user; only {@link CentreStore#kiosk()} makes a session with it.
   */
  KIOSK("kiosk");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
