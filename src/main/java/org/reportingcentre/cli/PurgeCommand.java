package org.reportingcentre.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.centre.SyncStateService;
import org.reportingcentre.report.Reference;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Removes identifying details from reports the SPOC received long enough ago. */
@Command(
    name = "purge",
    description = {
      "Remove identifying details (names, contacts, addresses, descriptions of people, free text)"
          + " from reports the SPOC received more than the centre's setting (default 30 days) or"
          + " --days ago. The reference, dates, status, outcome and the fields statistics use are"
          + " kept. Managers only; audited.",
      "--set-days N stores the centre's setting; the app also purges by it after each sync."
    })
final class PurgeCommand implements Callable<Integer> {
  private final CliContext context;
  @Mixin StoreAccess access;

  @Option(
      names = "--days",
      paramLabel = "N",
      description = "Days after the SPOC's receipt, this time only (default: the setting).")
  Integer days;

  @Option(
      names = "--set-days",
      paramLabel = "N",
      description = "Store the centre's setting (days after receipt) and purge nothing now.")
  Integer setDays;

  PurgeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws StoreException {
    for (Integer given : new Integer[] {days, setDays}) {
      if (given != null && (given < 0 || given > SyncStateService.MAX_KEEP_DAYS)) {
        throw new CliFailure(ExitCode.USAGE, "The number of days must be 0 to 36500.");
      }
    }
    if (days != null && setDays != null) {
      throw new CliFailure(ExitCode.USAGE, "Give --days or --set-days, not both.");
    }
    try (CentreStore store = access.open(context)) {
      if (setDays != null) {
        CentreServices.on(store).sync().setKeepDays(setDays);
        context
            .out()
            .printf(
                "Identifying details will be removed %d days after the SPOC's receipt.%n", setDays);
        return ExitCode.OK;
      }
      int keep = days != null ? days : CentreServices.on(store).sync().keepDays();
      List<Reference> purged = CentreServices.on(store).sync().purge(Duration.ofDays(keep));
      context
          .out()
          .printf(
              "Removed identifying details from %d %s received by the SPOC more than %d days"
                  + " ago.%n",
              purged.size(), purged.size() == 1 ? "report" : "reports", keep);
      return ExitCode.OK;
    }
  }
}
