package org.reportingcentre.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsPeriodTest {
  @Test
  void aQuarterIsItsThreeMonthsAndComparesWithTheSameQuarterAYearBefore() {
    StatisticsPeriod q3 = StatisticsPeriod.parse("2026-Q3");
    assertEquals(LocalDate.of(2026, 7, 1), q3.first());
    assertEquals(LocalDate.of(2026, 9, 30), q3.last());
    assertEquals("2025-Q3", q3.yearBefore().label());
    assertEquals(
        List.of(YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9)), q3.months());
  }

  @Test
  void monthsYearsAndDateRangesAreReadToo() {
    assertEquals(LocalDate.of(2026, 2, 28), StatisticsPeriod.parse("2026-02").last());
    assertEquals(LocalDate.of(2026, 12, 31), StatisticsPeriod.parse("2026").last());
    StatisticsPeriod range = StatisticsPeriod.parse("2026-07-15..2026-08-14");
    assertEquals(LocalDate.of(2026, 7, 15), range.first());
    assertEquals(LocalDate.of(2025, 8, 14), range.yearBefore().last());
  }

  @Test
  void aPeriodStartsAndEndsAtLocalMidnight() {
    StatisticsPeriod q3 = StatisticsPeriod.parse("2026-Q3");
    ZoneId london = ZoneId.of("Europe/London");
    assertEquals(Instant.parse("2026-06-30T23:00:00Z"), q3.start(london));
    assertEquals(Instant.parse("2026-09-30T23:00:00Z"), q3.end(london));
  }

  @Test
  void somethingElseIsRefusedWithAMessageThatSaysWhatWorks() {
    for (String bad : List.of("2026-Q5", "last year", "2026-13", "2026-09-30..2026-07-01", "")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> StatisticsPeriod.parse(bad), bad);
      assertTrue(
          e.getMessage().contains("2026-Q3") || e.getMessage().contains("ends before"),
          e.getMessage());
    }
  }
}
