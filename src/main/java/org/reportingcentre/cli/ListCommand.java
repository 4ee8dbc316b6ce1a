package org.reportingcentre.cli;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.LocalZone;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.ReportSummary;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.SyncDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** One line per report: reference, date and status. No personal details. */
@Command(
    name = "list",
    description = "List reports: reference, date and status (no personal details).")
final class ListCommand implements Callable<Integer> {
  private final CliContext context;
  @Mixin StoreAccess access;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only these: saved, sending, received or needs-attention.")
  String status;

  ListCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws StoreException {
    Optional<ReportStatus> filter =
        Optional.ofNullable(status)
            .map(
                s ->
                    Coded.fromCode(ReportStatus.class, s.toLowerCase(Locale.ROOT))
                        .orElseThrow(
                            () ->
                                new CliFailure(
                                    ExitCode.USAGE,
                                    "The status must be saved, sending, received or needs-attention, not "
                                        + s
                                        + ".")));
    try (CentreStore store = access.open(context)) {
      var reports = CentreServices.on(store).reports().list(filter);
      Map<UUID, SyncDetails> details = new HashMap<>();
      CentreServices.on(store).sync().allDetails().forEach(d -> details.put(d.id(), d));
      for (ReportSummary r : reports) {
        context
            .out()
            .printf(
                "%-12s %s  %s%s%n",
                r.reference(),
                r.completedAt().atZone(LocalZone.ZONE).toLocalDate(),
                plainStatus(r.status()),
                Optional.ofNullable(details.get(r.id())).map(ListCommand::more).orElse(""));
      }
      context.err().println(reports.size() + (reports.size() == 1 ? " report." : " reports."));
    }
    return ExitCode.OK;
  }

  /** The receipt, the SPOC's reason, or the outcome after the status; no personal details. */
  static String more(SyncDetails d) {
    StringBuilder more = new StringBuilder();
    d.receiptId().ifPresent(receipt -> more.append(", receipt ").append(receipt));
    d.receivedAt()
        .ifPresent(at -> more.append(" on ").append(at.atZone(LocalZone.ZONE).toLocalDate()));
    d.attention().ifPresent(reason -> more.append(": ").append(reason));
    // The outcome's status only: its message for the victim is for the report's own page.
    d.outcome()
        .ifPresent(
            o -> more.append(d.news() ? "; news: " : "; outcome: ").append(o.status().code()));
    return more.toString();
  }

  /** The words people see for each status, the same in every screen and command. */
  static String plainStatus(ReportStatus status) {
    return switch (status) {
      case SAVED -> "Saved on this computer";
      case SENDING -> "Sending";
      case RECEIVED -> "Received by the SPOC";
      case NEEDS_ATTENTION -> "Needs attention";
    };
  }
}
