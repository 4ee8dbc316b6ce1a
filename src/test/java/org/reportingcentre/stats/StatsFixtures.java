package org.reportingcentre.stats;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.report.Report;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.StoreOptions;
import org.reportingcentre.store.UnlockThrottle;

/** A real encrypted store holding given reports, for statistics tests. */
final class StatsFixtures {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:30:00Z"), LONDON);
  static final String MANAGER = "amira";
  static final char[] PASSWORD = "correct horse battery".toCharArray();

  private StatsFixtures() {}

  /** Few key-derivation rounds: these tests are about statistics, not about the keyring. */
  static StoreOptions options() {
    return new StoreOptions(CLOCK, new SecureRandom(), UnlockThrottle.inMemory(), d -> {}, 1_000);
  }

  static CentreStore storeWith(Path folder, List<Report> reports) throws StoreException {
    CentreStore store =
        CentreStore.create(
                folder,
                "TWL",
                "Townsley Library Reporting Centre",
                MANAGER,
                PASSWORD.clone(),
                options())
            .store();
    CentreServices.on(store).reports().importAll(reports, "test");
    return store;
  }

  /** The local date on which a report was completed: what decides its period. */
  static LocalDate completedOn(Report report) {
    return report.meta().completedAt().orElseThrow().atZone(LONDON).toLocalDate();
  }

  static boolean in(Report report, StatisticsPeriod period) {
    LocalDate day = completedOn(report);
    return !day.isBefore(period.first()) && !day.isAfter(period.last());
  }
}
