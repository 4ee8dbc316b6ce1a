package org.reportingcentre.cli;

import java.util.concurrent.Callable;
import org.reportingcentre.store.AuditVerification;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The audit log. */
@Command(
    name = "audit",
    description = "Work with the audit log.",
    subcommands = {AuditCommand.Verify.class})
final class AuditCommand {

  @Command(
      name = "verify",
      description =
          "Check that no audit entry was changed, removed or added behind the application's back.")
  static final class Verify implements Callable<Integer> {
    private final CliContext context;
    @Mixin StoreAccess access;

    Verify(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws StoreException {
      AuditVerification result;
      try (CentreStore store = access.open(context)) {
        result = store.audit().verify();
      }
      if (result.intact()) {
        context
            .out()
            .println("The audit log is intact: " + result.entriesChecked() + " entries checked.");
        return ExitCode.OK;
      }
      context.err().println("The audit log has been tampered with:");
      result.problems().forEach(p -> context.err().println("  - " + p));
      return ExitCode.STORE_ERROR;
    }
  }
}
