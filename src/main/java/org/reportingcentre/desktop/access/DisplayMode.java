package org.reportingcentre.desktop.access;

/** How the screens look and read: easy-read wording and pictures, large text, or both. */
public record DisplayMode(boolean easyRead, boolean largeText) {
  public static final DisplayMode STANDARD = new DisplayMode(false, false);
  public static final DisplayMode EASY_READ = new DisplayMode(true, false);
  public static final DisplayMode LARGE_TEXT = new DisplayMode(false, true);
  public static final DisplayMode EASY_READ_LARGE = new DisplayMode(true, true);

  public DisplayMode withEasyRead(boolean on) {
    return new DisplayMode(on, largeText);
  }

  public DisplayMode withLargeText(boolean on) {
    return new DisplayMode(easyRead, on);
  }

  /** A short name for logs, test names and screenshot files. */
  public String slug() {
    return easyRead && largeText
        ? "easyread-large"
        : easyRead ? "easyread" : largeText ? "large" : "standard";
  }
}
