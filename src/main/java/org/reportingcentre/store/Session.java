package org.reportingcentre.store;

/**
 * Who has the store open.
 *
 * @param user the user name, or {@value #RECOVERY} when opened with the recovery key
 */
public record Session(String user, Role role) {
  public static final String RECOVERY = "recovery-key";

  public boolean isManager() {
    return role == Role.MANAGER;
  }

  public boolean isKiosk() {
    return role == Role.KIOSK;
  }

  /** Reading anything is refused to a kiosk session, whatever the screen shows. */
  public void refuseKiosk(String what) {
    if (isKiosk()) {
      throw new KioskRefusedException(what);
    }
  }

  public void requireManager(String what) throws StoreException.NotAllowed {
    if (!isManager()) {
      throw new StoreException.NotAllowed(what);
    }
  }
}
