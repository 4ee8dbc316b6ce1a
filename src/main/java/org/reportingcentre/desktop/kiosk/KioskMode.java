package org.reportingcentre.desktop.kiosk;

/** How the kiosk shows its words; chosen on the welcome page, back to standard after each visit. */
public enum KioskMode {
  STANDARD("standard", 1),
  EASY_READ("easy-read", 2),
  LARGE_TEXT("large-text", 1);

  private final String code;
  private final int idleMultiplier;

  KioskMode(String code, int idleMultiplier) {
    this.code = code;
    this.idleMultiplier = idleMultiplier;
  }

  public String code() {
    return code;
  }

  /** Easy read gets twice the time before the screen clears. */
  public int idleMultiplier() {
    return idleMultiplier;
  }
}
