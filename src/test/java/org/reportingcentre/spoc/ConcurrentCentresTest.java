package org.reportingcentre.spoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.protocol.BatchResponse;
import org.reportingcentre.protocol.ItemResult;
import org.reportingcentre.report.Report;
import org.reportingcentre.testing.SlowTest;

/**
 * Twenty centres sending at once, each from two threads (as after a crash or a lost answer), in
 * overlapping batches and then again: every report is stored exactly once and everyone is told the
 * same receipt for it.
 */
@SlowTest
class ConcurrentCentresTest {
  private static final int CENTRES = 20;
  private static final int REPORTS_PER_CENTRE = 25;
  private static final int[][] WINDOWS = {{0, 10}, {5, 15}, {10, 20}, {15, 25}, {0, 25}};

  @TempDir Path dataDir;

  @Test
  void twentyCentresSendingAtOnceWithOverlapsAndRetriesStoreEveryReportExactlyOnce()
      throws Exception {
    try (SpocTestServer spoc = new SpocTestServer(dataDir, Clock.systemUTC())) {
      List<String> codes = new ArrayList<>();
      Map<String, String> tokens = new ConcurrentHashMap<>();
      for (int c = 0; c < CENTRES; c++) {
        String code = "C" + (char) ('A' + c / 26) + (char) ('A' + c % 26);
        codes.add(code);
        tokens.put(code, spoc.enrol(code));
      }
      Map<UUID, Set<String>> receiptsByReport = new ConcurrentHashMap<>();
      AtomicInteger accepted = new AtomicInteger();
      AtomicInteger duplicates = new AtomicInteger();
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService senders = Executors.newFixedThreadPool(CENTRES * 2);
      List<Future<?>> done = new ArrayList<>();
      try {
        for (String code : codes) {
          List<Report> reports = TestReports.reports(code, 0, REPORTS_PER_CENTRE);
          for (int copy = 0; copy < 2; copy++) {
            done.add(
                senders.submit(
                    () -> {
                      go.await();
                      for (int[] window : WINDOWS) {
                        BatchResponse answer =
                            spoc.sendBatch(tokens.get(code), reports.subList(window[0], window[1]));
                        for (ItemResult result : answer.results()) {
                          if (result instanceof ItemResult.Accepted a) {
                            accepted.incrementAndGet();
                            receiptsByReport
                                .computeIfAbsent(a.reportId(), id -> ConcurrentHashMap.newKeySet())
                                .add(a.receiptId());
                          } else if (result instanceof ItemResult.Duplicate d) {
                            duplicates.incrementAndGet();
                            receiptsByReport
                                .computeIfAbsent(d.reportId(), id -> ConcurrentHashMap.newKeySet())
                                .add(d.receiptId());
                          } else {
                            throw new AssertionError("Unexpected answer " + result);
                          }
                        }
                      }
                      return null;
                    }));
          }
        }
        go.countDown();
        for (Future<?> f : done) {
          f.get(120, TimeUnit.SECONDS);
        }
      } finally {
        senders.shutdownNow();
      }

      int total = CENTRES * REPORTS_PER_CENTRE;
      int sent = CENTRES * 2 * 65;
      assertEquals(total, spoc.store.reportCount());
      assertEquals(total, accepted.get(), "each report was accepted exactly once");
      assertEquals(sent - total, duplicates.get(), "every other copy was a duplicate");
      assertEquals(total, receiptsByReport.size());
      assertTrue(
          receiptsByReport.values().stream().allMatch(r -> r.size() == 1),
          "everyone was told the same receipt for a report");
    }
  }
}
