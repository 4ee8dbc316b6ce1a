package org.reportingcentre.spoc;

/** An admin command was asked to do something it cannot: the message says why, plainly. */
public final class AdminException extends Exception {
  private static final long serialVersionUID = 1L;

  public AdminException(String message) {
    super(message);
  }

  public AdminException(String message, Throwable cause) {
    super(message, cause);
  }
}
