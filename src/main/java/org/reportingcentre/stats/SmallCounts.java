package org.reportingcentre.stats;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How counts are shown. When small counts are suppressed, as published statistics often are, a
 * count of 1 to 4 is shown as {@value #SUPPRESSED}, and a share, rate or median that would reveal
 * it is withheld. Zero is shown: it identifies nobody.
 */
public record SmallCounts(boolean suppress) {
  public static final String SUPPRESSED = "<5";
  public static final String WITHHELD = "withheld";
  public static final String NOT_APPLICABLE = "-";
  public static final int THRESHOLD = 5;

  public boolean hides(long count) {
    return suppress && count > 0 && count < THRESHOLD;
  }

  public StatisticsTable.Cell count(long count) {
    return hides(count)
        ? StatisticsTable.Cell.hidden(SUPPRESSED)
        : StatisticsTable.Cell.of(count, Long.toString(count));
  }

  /** The difference between two counts, with its sign. */
  public StatisticsTable.Cell change(long now, long before) {
    if (hides(now) || hides(before)) {
      return StatisticsTable.Cell.hidden(WITHHELD);
    }
    long change = now - before;
    return StatisticsTable.Cell.of(change, (change > 0 ? "+" : "") + change);
  }

  /** A part of a whole as a percentage, rounded to whole numbers. */
  public StatisticsTable.Cell share(long part, long whole) {
    if (whole == 0) {
      return StatisticsTable.Cell.hidden(NOT_APPLICABLE);
    }
    if (hides(part) || hides(whole)) {
      return StatisticsTable.Cell.hidden(WITHHELD);
    }
    double percent = part * 100.0 / whole;
    return StatisticsTable.Cell.of(
        Math.round(percent * 10) / 10.0, String.format(Locale.UK, "%.0f%%", percent));
  }

  public StatisticsTable.Cell rate(Statistics.Rate rate) {
    if (hides(rate.reports())) {
      return StatisticsTable.Cell.hidden(WITHHELD);
    }
    double value = Math.round(rate.per100k() * 10) / 10.0;
    return StatisticsTable.Cell.of(value, String.format(Locale.UK, "%,.1f", value));
  }

  /** A median duration in days, to one decimal, based on {@code basedOn} reports. */
  public StatisticsTable.Cell days(Optional<Duration> median, long basedOn) {
    if (median.isEmpty()) {
      return StatisticsTable.Cell.hidden(NOT_APPLICABLE);
    }
    if (hides(basedOn)) {
      return StatisticsTable.Cell.hidden(WITHHELD);
    }
    double days = Math.round(median.get().toMinutes() / 144.0) / 10.0;
    return StatisticsTable.Cell.of(days, String.format(Locale.UK, "%.1f", days));
  }

  /** A plain number that is not a count of reports (such as a population). */
  public StatisticsTable.Cell number(long value) {
    return StatisticsTable.Cell.of(value, String.format(Locale.UK, "%,d", value));
  }
}
