package org.reportingcentre.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.SyncDetails;
import org.reportingcentre.testing.SlowTest;

/**
 * A centre killed with {@code kill -9} at many points of a sync (before a request, after the SPOC
 * stored a batch but before the centre recorded it, just after recording), restarted each time: the
 * SPOC ends with each report exactly once and every report ends received with its receipt.
 */
@SlowTest
class KilledMidBatchTest {
  private static final int REPORTS = 60;
  private static final int BATCH = 20;

  /**
   * Each child is killed at the first event of a kind, continuing from where the one before left
   * off: after the SPOC stored batch 1 but before the centre heard; after the resent batch 1 was
   * recorded; before batch 2 went (batch 3 already prepared, so also "sending"); after the SPOC
   * stored batch 2. By kind, not by count: the helper thread records one batch while the next is in
   * flight, so "recorded" and the next "request" come in either order.
   */
  private static final String[] KILL_AT = {"answered", "recorded", "request", "answered"};

  @TempDir Path temp;

  @Test
  void killedAtManyPointsAndRestartedEveryReportReachesTheSpocExactlyOnce() throws Exception {
    Path folder = temp.resolve("centre");
    Clock clock = Clock.systemUTC();
    try (LoopbackSpoc spoc = new LoopbackSpoc(temp.resolve("spoc"), clock)) {
      try (CentreStore store = Centre.create(folder, clock)) {
        new Enrolment(
                CentreServices.on(store).sync(),
                SyncHttp.newClient(),
                new ExchangeFormat().mapper(),
                clock)
            .enrol(spoc.url(), Centre.CODE, spoc.addCentre(Centre.CODE), Centre.MANAGER);
        CentreServices.on(store).reports().importAll(Centre.reports(0, REPORTS), "test");
      }
      List<String> killedAfter = new ArrayList<>();
      for (String killAt : KILL_AT) {
        killedAfter.add(runChildAndKill(folder, killAt));
        try (CentreStore store = Centre.open(folder, clock)) {
          Centre.assertHonest(store);
          for (SyncDetails d : CentreServices.on(store).sync().allDetails()) {
            if (d.status() == ReportStatus.RECEIVED) {
              assertTrue(spoc.store.report(d.id()).isPresent(), "received means the SPOC has it");
            }
          }
        }
      }
      assertTrue(killedAfter.contains("EVENT answered"), killedAfter.toString());
      assertTrue(killedAfter.contains("EVENT request"), killedAfter.toString());
      assertTrue(killedAfter.stream().anyMatch(e -> e.startsWith("EVENT recorded")));
      try (CentreStore store = Centre.open(folder, clock)) {
        assertTrue(
            Centre.count(store, ReportStatus.SENDING) > 0, "the last kill left a batch sending");
      }

      try (CentreStore store = Centre.open(folder, clock)) {
        SyncSummary summary =
            new SyncService(
                    CentreServices.on(store).sync(),
                    SyncHttp.newClient(),
                    new ExchangeFormat().mapper(),
                    BATCH)
                .run(SyncListener.NONE, new CancelToken());

        assertTrue(summary.allDone(), summary.toString());
        assertEquals(0, Centre.count(store, ReportStatus.SENDING));
        assertTrue(summary.duplicates() > 0, "a batch the SPOC stored before the kill came back");
        assertEquals(REPORTS, spoc.store.reportCount(), "each report exactly once");
        for (SyncDetails d : CentreServices.on(store).sync().allDetails()) {
          assertEquals(ReportStatus.RECEIVED, d.status());
          assertEquals(
              spoc.store.report(d.id()).orElseThrow().receipt().receiptId(),
              d.receiptId().orElseThrow());
        }
      }
    }
  }

  /** Runs a child sync and kills it at its first event of a kind; returns that event. */
  private String runChildAndKill(Path folder, String killAt) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            SyncChild.class.getName(),
            folder.toString(),
            String.valueOf(BATCH));
    builder.environment().put("RC_PASSWORD", Centre.PASSWORD);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process child = builder.start();
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (!line.startsWith("EVENT")) {
          continue;
        }
        if (line.startsWith("EVENT " + killAt)) {
          child.destroyForcibly();
          assertTrue(child.waitFor(30, TimeUnit.SECONDS));
          return line;
        }
        in.write("go\n");
        in.flush();
      }
      throw new AssertionError("the child ended before its kill point " + killAt);
    } finally {
      child.destroyForcibly();
    }
  }
}
