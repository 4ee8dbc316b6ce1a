package org.reportingcentre.desktop.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.stats.StatisticsPeriod;

/** The dashboard's choices of period, without a screen: figures from the sample in memory. */
class DashboardViewModelTest {
  private final DashboardViewModel vm =
      new DashboardViewModel(
          Messages.forLocale(Locale.UK),
          DeskScreens.statistics(),
          new FolderFiles(java.nio.file.Path.of("unused")),
          Threads.sameThread(),
          StatisticsPeriod.parse("2026-Q1"));

  @Test
  void quartersStepBackAndForthFromAnyPeriod() {
    vm.start();
    vm.previousQuarter();
    assertEquals("2025-Q4", vm.period.get().label());
    assertEquals("2025-Q4", vm.statistics.get().period().label(), "worked out for it");
    vm.nextQuarter();
    vm.nextQuarter();
    assertEquals("2026-Q2", vm.period.get().label());
    vm.from.set("15/8/2026");
    vm.to.set("2026-10-14");
    assertEquals(List.of(), vm.showRange());
    vm.previousQuarter();
    assertEquals("2026-Q2", vm.period.get().label(), "the quarter before the one it starts in");
  }

  @Test
  void wrongDatesSayWhatToTypeAndKeepThePeriod() {
    vm.start();
    vm.from.set("31/9/2026");
    vm.to.set("");
    assertEquals(
        List.of(
            new FieldError("from", "Enter the first day as day/month/year, for example 1/7/2026."),
            new FieldError("to", "Enter the last day as day/month/year, for example 30/9/2026.")),
        vm.showRange());
    vm.from.set("1/10/2026");
    vm.to.set("30/9/2026");
    assertEquals(
        "The last day must be the same as the first day or after it.",
        vm.showRange().get(0).message());
    vm.to.set("1/10/2037");
    assertEquals("Choose a period of 10 years or less.", vm.showRange().get(0).message());
    assertEquals("2026-Q1", vm.period.get().label());
  }

  @Test
  void exportFilesAreNamedAfterThePeriod() {
    assertEquals(
        "statistics-2026-Q3", DashboardViewModel.fileName(StatisticsPeriod.parse("2026-Q3")));
    assertEquals(
        "statistics-2026-07-15-to-2026-08-14",
        DashboardViewModel.fileName(StatisticsPeriod.parse("2026-07-15..2026-08-14")));
    assertEquals(Optional.empty(), DashboardViewModel.day("2026-13-01"));
    assertTrue(DashboardViewModel.day(" 1/7/2026 ").isPresent());
  }

  @Test
  void populationIsAWholeNumberOfPeopleWithOrWithoutCommas() {
    assertEquals(Optional.of(187_000L), SettingsViewModel.people("187,000"));
    assertEquals(Optional.empty(), SettingsViewModel.people("0"));
    assertEquals(Optional.empty(), SettingsViewModel.people("lots"));
    assertEquals(Optional.empty(), SettingsViewModel.people("100000001"));
  }
}
