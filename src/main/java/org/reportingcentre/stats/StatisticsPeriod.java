package org.reportingcentre.stats;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days statistics cover, first and last included. A report counts in the period that holds the
 * local date on which it was completed.
 *
 * @param label how people name it: {@code 2026-Q3}, {@code 2026-07}, {@code 2026} or the two dates
 */
public record StatisticsPeriod(LocalDate first, LocalDate last, String label) {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final int LONGEST_YEARS = 10;

  public StatisticsPeriod {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(label, "label");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("The period ends before it starts.");
    }
    if (last.isAfter(first.plusYears(LONGEST_YEARS))) {
      throw new IllegalArgumentException("A period can be at most " + LONGEST_YEARS + " years.");
    }
  }

  public static StatisticsPeriod quarter(int year, int quarter) {
    LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return new StatisticsPeriod(first, first.plusMonths(3).minusDays(1), year + "-Q" + quarter);
  }

  /** The quarter that holds a day. */
  public static StatisticsPeriod quarterOf(LocalDate day) {
    return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /** The days between two dates, both included. */
  public static StatisticsPeriod between(LocalDate first, LocalDate last) {
    return new StatisticsPeriod(first, last, DAY.format(first) + " to " + DAY.format(last));
  }

  /**
   * Reads {@code 2026-Q3}, {@code 2026-07}, {@code 2026} or {@code 2026-07-01..2026-09-30}.
   *
   * @throws IllegalArgumentException with a message that says what is accepted
   */
  public static StatisticsPeriod parse(String text) {
    String value = text == null ? "" : text.strip();
    try {
      Matcher quarter = QUARTER.matcher(value);
      if (quarter.matches()) {
        return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
      }
      if (MONTH.matcher(value).matches()) {
        YearMonth month = YearMonth.parse(value);
        return new StatisticsPeriod(month.atDay(1), month.atEndOfMonth(), value);
      }
      if (YEAR.matcher(value).matches()) {
        int year = Integer.parseInt(value);
        return new StatisticsPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), value);
      }
      Matcher range = RANGE.matcher(value);
      if (range.matches()) {
        return between(LocalDate.parse(range.group(1)), LocalDate.parse(range.group(2)));
      }
    } catch (DateTimeException e) {
      // Falls through to the message below.
    }
    throw new IllegalArgumentException(
        "The period \""
            + value
            + "\" is not one I can read. Use a quarter (2026-Q3), a month (2026-07), a year"
            + " (2026) or two dates (2026-07-01..2026-09-30).");
  }

  /** The same days a year before, for comparison. */
  public StatisticsPeriod yearBefore() {
    LocalDate start = first.minusYears(1);
    LocalDate end = last.minusYears(1);
    Matcher quarter = QUARTER.matcher(label);
    if (quarter.matches()) {
      return quarter(Integer.parseInt(quarter.group(1)) - 1, Integer.parseInt(quarter.group(2)));
    }
    return between(start, end);
  }

  /** The first instant of the period in a time zone. */
  public Instant start(ZoneId zone) {
    return first.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period in a time zone. */
  public Instant end(ZoneId zone) {
    return last.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The calendar months the period touches, in order. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(first);
        !m.isAfter(YearMonth.from(last));
        m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** "1 Jul 2026 to 30 Sep 2026". */
  public String dates() {
    return DAY.format(first) + " to " + DAY.format(last);
  }
}
