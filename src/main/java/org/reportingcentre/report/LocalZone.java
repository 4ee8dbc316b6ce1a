package org.reportingcentre.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one time zone in which the centre and the SPOC read dates: when "today" starts, which day a
 * report was made, where a month or a quarter begins. Reports carry instants (UTC); a person reads
 * them as local dates, and every screen, command, statistic and check must agree on which day that
 * is, whatever the computer's own setting.
 */
public final class LocalZone {
  /** The borough's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private LocalZone() {}

  /** Today's date here, by the given clock. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }
}
