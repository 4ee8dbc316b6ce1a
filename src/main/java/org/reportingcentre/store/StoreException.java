package org.reportingcentre.store;

/**
 * Why the store could not do what was asked, as a type the caller can act on. Messages are plain
 * words for the person at the screen and never carry personal data.
 */
public abstract sealed class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The user name or password (or recovery key) is wrong. Deliberately does not say which. */
  public static final class WrongCredentials extends StoreException {
    private static final long serialVersionUID = 1L;

    public WrongCredentials() {
      super("The user name or password is not right. Check them and try again.", null);
    }
  }

  /** The signed-in user's role does not allow this. */
  public static final class NotAllowed extends StoreException {
    private static final long serialVersionUID = 1L;

    public NotAllowed(String what) {
      super("Only a manager can " + what + ".", null);
    }
  }

  /** There is no store in the data folder yet, or there already is one. */
  public static final class NotSetUp extends StoreException {
    private static final long serialVersionUID = 1L;

    public NotSetUp(String message) {
      super(message, null);
    }
  }

  /** Another program (or another copy of this one) has the store open. */
  public static final class InUse extends StoreException {
    private static final long serialVersionUID = 1L;

    public InUse(Throwable cause) {
      super(
          "The store is in use by another copy of Reporting Centre. Close it and try again.",
          cause);
    }
  }

  /** The files of the store are damaged or do not belong together. */
  public static final class Damaged extends StoreException {
    private static final long serialVersionUID = 1L;

    public Damaged(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The disk is full or cannot be written. */
  public static final class CannotWrite extends StoreException {
    private static final long serialVersionUID = 1L;

    public CannotWrite(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A user name that is taken, missing or malformed, or a password that is too weak. */
  public static final class BadRequest extends StoreException {
    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
      super(message, null);
    }
  }
}
