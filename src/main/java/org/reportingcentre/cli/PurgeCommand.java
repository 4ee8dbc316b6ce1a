package org.reportingcentre.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportingcentre.report.Reference;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.SyncStateService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Removes identifying details from reports the SPOC received long enough ago. */
@Command(
    name = "purge",
    description = {
      "Remove identifying details (names, contacts, addresses, descriptions of people, free text)"
          + " from reports the SPOC received more than --days ago. The reference, dates, status,"
          + " outcome and the fields statistics use are kept. Managers only; audited."
    })
final class PurgeCommand implements Callable<Integer> {
  private final CliContext context;
  @Mixin StoreAccess access;

  @Option(
      names = "--days",
      paramLabel = "N",
      description = "Days after the SPOC's receipt (default: ${DEFAULT-VALUE}).")
  int days = (int) SyncStateService.DEFAULT_KEEP_AFTER_RECEIPT.toDays();

  PurgeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws StoreException {
    if (days < 0 || days > 36_500) {
      throw new CliFailure(ExitCode.USAGE, "The number of days must be 0 to 36500.");
    }
    try (CentreStore store = access.open(context)) {
      List<Reference> purged = store.sync().purge(Duration.ofDays(days));
      context
          .out()
          .printf(
              "Removed identifying details from %d %s received by the SPOC more than %d days"
                  + " ago.%n",
              purged.size(), purged.size() == 1 ? "report" : "reports", days);
      return ExitCode.OK;
    }
  }
}
