package org.reportingcentre.sync;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.KeyRing;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.StoreOptions;
import org.reportingcentre.store.SyncDetails;
import org.reportingcentre.store.UnlockThrottle;

/** A real encrypted centre store in a temporary folder, for sync tests. */
final class Centre {
  static final String CODE = "TWL";
  static final String MANAGER = "amira";
  static final String PASSWORD = "correct horse battery";

  private Centre() {}

  static StoreOptions options(Clock clock) {
    return new StoreOptions(
        clock, new SecureRandom(), UnlockThrottle.inMemory(), d -> {}, KeyRing.MIN_ITERATIONS);
  }

  static CentreStore create(Path folder, Clock clock) throws StoreException {
    return CentreStore.create(
            folder, CODE, "Townsley Library", MANAGER, PASSWORD.toCharArray(), options(clock))
        .store();
  }

  static CentreStore open(Path folder, Clock clock) throws StoreException {
    return CentreStore.open(folder, MANAGER, PASSWORD.toCharArray(), options(clock));
  }

  static ExchangeFormat format() {
    return new ExchangeFormat();
  }

  /** Reports of the sync test centre, made by the SPOC's own test generator. */
  static List<Report> reports(int from, int count) {
    return org.reportingcentre.spoc.TestReports.reports(CODE, from, count);
  }

  static long count(CentreStore store, ReportStatus status) {
    return CentreServices.on(store).sync().allDetails().stream()
        .filter(d -> d.status() == status)
        .count();
  }

  /** A report is received only with its receipt: checked for every report. */
  static void assertHonest(CentreStore store) {
    for (SyncDetails d : CentreServices.on(store).sync().allDetails()) {
      boolean received = d.status() == ReportStatus.RECEIVED;
      if (received != d.receiptId().isPresent()) {
        throw new AssertionError(
            d.reference() + " is " + d.status() + " with receipt " + d.receiptId());
      }
    }
  }
}
