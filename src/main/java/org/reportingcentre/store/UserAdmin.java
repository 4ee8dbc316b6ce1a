package org.reportingcentre.store;

import java.util.List;

/**
 * Users of the store: each has their own password wrapping the same data key. Adding, removing and
 * resetting others is for managers; anyone may change their own password.
 */
public final class UserAdmin {
  private final KeyRing keyRing;
  private final byte[] dataKey;
  private final Session session;
  private final AuditLog audit;
  private final Runnable afterWrite;

  UserAdmin(KeyRing keyRing, byte[] dataKey, Session session, AuditLog audit, Runnable afterWrite) {
    this.afterWrite = afterWrite;
    this.keyRing = keyRing;
    this.dataKey = dataKey;
    this.session = session;
    this.audit = audit;
  }

  public List<KeyRing.User> list() {
    return keyRing.users();
  }

  public void add(String name, Role role, char[] password) throws StoreException {
    session.requireManager("add users");
    if (role == Role.KIOSK) {
      throw new StoreException.BadRequest("The kiosk is not a user. Choose manager or volunteer.");
    }
    keyRing.addUser(name, role, password, dataKey);
    audit.append(session.user(), AuditAction.USER_ADD, name, role.code());
    afterWrite.run();
  }

  public void remove(String name) throws StoreException {
    session.requireManager("remove users");
    if (name.equals(session.user())) {
      throw new StoreException.BadRequest(
          "You cannot remove yourself. Ask another manager to do it.");
    }
    keyRing.removeUser(name);
    audit.append(session.user(), AuditAction.USER_REMOVE, name, "");
    afterWrite.run();
  }

  /**
   * Sets a new password: one's own, or (for a manager) anyone's. The old password stops working at
   * once.
   */
  public void setPassword(String name, char[] password) throws StoreException {
    boolean own = name.equals(session.user());
    if (!own) {
      session.requireManager("reset another user's password");
    }
    keyRing.setPassword(name, password, dataKey);
    audit.append(
        session.user(), own ? AuditAction.PASSWORD_CHANGE : AuditAction.PASSWORD_RESET, name, "");
    afterWrite.run();
  }
}
