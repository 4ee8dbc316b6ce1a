package org.reportingcentre.store;

/**
 * A kiosk session asked for something only staff may do: read, list, search or export reports, see
 * other drafts, or send a second report in one visit. Unchecked, because no kiosk screen offers
 * these; reaching one is a programming error that must fail loudly, not a case to handle.
 */
public final class KioskRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KioskRefusedException(String what) {
    super("A kiosk cannot " + what + ".");
  }
}
