package org.reportingcentre.desktop.kiosk;

import java.time.Duration;
import org.reportingcentre.desktop.access.DisplayMode;

/**
 * How long the kiosk waits.
 *
 * @param idle no key or touch for this long shows the warning (doubled in easy read)
 * @param warning the visible countdown before the screen clears; at least 20 seconds
 * @param afterSending how long the confirmation stays before its own countdown starts
 * @param shiftWindow three Shift presses within this time leave quickly
 */
public record KioskTimings(
    Duration idle, Duration warning, Duration afterSending, Duration shiftWindow) {
  public static final Duration MIN_WARNING = Duration.ofSeconds(20);

  public KioskTimings {
    if (idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("The idle time must be positive");
    }
    if (warning.compareTo(MIN_WARNING) < 0) {
      throw new IllegalArgumentException("The warning must give at least 20 seconds");
    }
  }

  public static KioskTimings defaults() {
    return new KioskTimings(
        Duration.ofMinutes(5),
        Duration.ofSeconds(30),
        Duration.ofSeconds(30),
        Duration.ofSeconds(5));
  }

  /** Easy read gets twice the time before the screen clears. */
  public Duration idleFor(DisplayMode mode) {
    return mode.easyRead() ? idle.multipliedBy(2) : idle;
  }
}
