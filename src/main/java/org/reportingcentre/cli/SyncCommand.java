package org.reportingcentre.cli;

import java.util.concurrent.Callable;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.sync.CancelToken;
import org.reportingcentre.sync.SyncException;
import org.reportingcentre.sync.SyncHttp;
import org.reportingcentre.sync.SyncListener;
import org.reportingcentre.sync.SyncService;
import org.reportingcentre.sync.SyncSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Sends every waiting report to the SPOC and brings back outcomes and the directory. */
@Command(
    name = "sync",
    description = {
      "Send waiting reports to the SPOC in batches, and bring back outcomes and the directory of"
          + " support services.",
      "Exit code 0 when nothing is left waiting, 6 when reports are still waiting or need"
          + " attention, 3 when the SPOC no longer accepts this centre (enrol again)."
    })
final class SyncCommand implements Callable<Integer> {
  private final CliContext context;
  @Mixin StoreAccess access;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description = "Reports per request, 1 to 200 (default: ${DEFAULT-VALUE}).")
  int batchSize = SyncService.DEFAULT_BATCH_SIZE;

  SyncCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws StoreException {
    if (batchSize < 1 || batchSize > 200) {
      throw new CliFailure(ExitCode.USAGE, "The batch size must be 1 to 200.");
    }
    try (CentreStore store = access.open(context)) {
      CentreServices.on(store)
          .sync()
          .link()
          .ifPresent(l -> context.err().println("Sending to the SPOC at " + l.baseUrl()));
      SyncSummary summary =
          new SyncService(
                  CentreServices.on(store).sync(),
                  SyncHttp.newClient(),
                  store.format().mapper(),
                  batchSize)
              .run(
                  new SyncListener() {
                    @Override
                    public void progress(int done, int total) {
                      if (total > 0) {
                        context.err().printf("Sent %d of %d%n", done, total);
                        context.err().flush();
                      }
                    }
                  },
                  new CancelToken());
      print(summary, CentreServices.on(store).sync().reportsWithNews());
      if (summary.stoppedBy().orElse(null) instanceof SyncException.Unauthorised) {
        return ExitCode.WRONG_USER_OR_PASSWORD;
      }
      return summary.allDone() ? ExitCode.OK : ExitCode.REPORTS_WAITING;
    }
  }

  private void print(SyncSummary s, long withNews) {
    var out = context.out();
    out.printf(
        "Received by the SPOC: %d%s%n",
        s.received(), s.duplicates() == 0 ? "" : " (" + s.duplicates() + " it already had)");
    out.printf("Needs attention: %d%s%n", s.needingAttention(), attentionNote(s));
    out.printf("Still waiting: %d%n", s.stillWaiting());
    s.whyWaiting().ifPresent(why -> out.println("Why: " + why));
    if (s.stillWaiting() == 0) {
      s.stoppedBy().ifPresent(e -> out.println("Note: " + e.getMessage()));
    }
    if (s.referrals().any()) {
      out.printf(
          "Referrals received by the SPOC: %d; refused: %d; still waiting: %d%n",
          s.referrals().received(), s.referrals().refused(), s.referrals().waiting());
    }
    if (s.newOutcomes() > 0) {
      out.printf("News from the SPOC: %d%n", s.newOutcomes());
    }
    if (withNews > 0) {
      out.printf("%d %s news%n", withNews, withNews == 1 ? "report has" : "reports have");
    }
  }

  private static String attentionNote(SyncSummary s) {
    long before = s.attentionInStore() - s.needingAttention();
    String note = before > 0 ? " now, " + s.attentionInStore() + " in all" : "";
    return s.attentionInStore() > 0
        ? note + " (see: reporting-centre list --status needs-attention)"
        : note;
  }
}
