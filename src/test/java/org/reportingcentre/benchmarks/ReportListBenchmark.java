package org.reportingcentre.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.centre.ReportDesk;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.ReportListPage;
import org.reportingcentre.store.ReportQuery;
import org.reportingcentre.store.StoreOptions;

/**
 * Measures what docs/performance.md reports for the report list: the first page of 100,000 reports
 * with no filter and with filters, a later page, another order, and opening one report. Not a test:
 * run it by hand. Each figure is the median wall time and the CPU time of the measuring thread (H2
 * is embedded, so its work runs on that thread).
 *
 * <p>Arguments: {@code [count]} to make a new store of that many reports (default 100,000), or
 * {@code --store DIR} to measure again on a store an earlier run (or StatisticsBenchmark) left.
 */
public final class ReportListBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ReportListBenchmark() {}

  public static void main(String[] args) throws Exception {
    ZoneId zone = ZoneId.of("Europe/London");
    StoreOptions options = BenchmarkStores.options(Clock.systemUTC());
    Path data = BenchmarkStores.fromArguments(args, "rc-list-bench");
    try (CentreStore store =
        CentreStore.open(
            data, BenchmarkStores.MANAGER, BenchmarkStores.PASSWORD.toCharArray(), options)) {
      ReportDesk desk = CentreServices.on(store, Clock.systemUTC()).desk(zone);
      ReportQuery first = ReportQuery.newestFirst(25);
      report("first list ever (reads every report into the facts once)", 1, () -> desk.page(first));
      ReportQuery strandAndDates =
          first.with(
              q ->
                  q.strand(MotivationStrand.RELIGION)
                      .dates(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
      ReportQuery rare = first.with(q -> q.strand(MotivationStrand.TRANSGENDER));
      String ward = desk.wards().get(0);
      for (var q :
          List.of(
              new Object[] {"no filter (newest first)", first},
              new Object[] {"strand religion + a quarter", strandAndDates},
              new Object[] {"strand transgender (rare), no dates", rare},
              new Object[] {"ward " + ward, first.with(q -> q.ward(ward))},
              new Object[] {"status received", first.with(q -> q.status(ReportStatus.RECEIVED))},
              new Object[] {
                "sorted by volunteer", first.sortedBy(ReportQuery.Sort.VOLUNTEER, false)
              },
              new Object[] {"oldest first", first.sortedBy(ReportQuery.Sort.DATE, false)})) {
        ReportQuery query = (ReportQuery) q[1];
        report("first page, " + q[0], 9, () -> desk.page(query));
        report("  count, " + q[0], 5, () -> desk.count(query));
      }
      report("page 100 (rows 2,476-2,500), no filter", 9, () -> desk.page(first.page(2_475)));
      ReportListPage page = desk.page(first);
      report(
          "open one report (audited view, trail, corrections)",
          9,
          () -> desk.open(page.rows().get(0).reference()));
    }
    System.out.println("store left in " + data + " (delete it when done)");
  }

  private static void report(String what, int runs, Callable<?> work) throws Exception {
    List<Long> wall = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    Object result = null;
    for (int i = 0; i < runs; i++) {
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      result = work.call();
      wall.add((System.nanoTime() - start) / 1_000);
      cpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000);
    }
    Collections.sort(wall);
    Collections.sort(cpu);
    String rows = result instanceof Long n ? String.format(" [%,d]", n) : "";
    rows +=
        result instanceof ReportListPage p
            ? String.format(" [%d rows%s]", p.rows().size(), p.hasNext() ? ", more" : "")
            : "";
    System.out.printf(
        "%-60s wall median %7.1f ms (min %7.1f)  cpu median %7.1f ms%s  load %s%n",
        what,
        wall.get(wall.size() / 2) / 1000.0,
        wall.get(0) / 1000.0,
        cpu.get(cpu.size() / 2) / 1000.0,
        rows,
        Optional.of(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
            .map(l -> String.format("%.1f", l))
            .orElse("?"));
  }
}
