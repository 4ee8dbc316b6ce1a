package org.reportingcentre.spoc;

/** The SPOC's database could not be opened or used; the message says why in plain words. */
public final class SpocStoreException extends Exception {
  private static final long serialVersionUID = 1L;

  public SpocStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
