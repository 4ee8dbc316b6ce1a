package org.reportingcentre.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.SpocLink;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.sync.Enrolment;
import org.reportingcentre.sync.SyncException;
import org.reportingcentre.sync.SyncHttp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Enrols the centre with its SPOC, or shows which SPOC it sends to. The one-time code is read from
 * a file, RC_ENROL_CODE or a prompt, never from the command line.
 */
@Command(
    name = "enrol",
    description = {
      "Enrol this centre with its SPOC (single point of contact), using the one-time enrolment code"
          + " the SPOC gave. Without --spoc, show which SPOC this centre sends to.",
      "The code is read from --code-file FILE, else $RC_ENROL_CODE, else a prompt."
    })
final class EnrolCommand implements Callable<Integer> {
  private final CliContext context;
  @Mixin StoreAccess access;

  @Option(
      names = "--spoc",
      paramLabel = "URL",
      description = "The SPOC's address, such as https://spoc.example.org:8470.")
  String spoc;

  @Option(
      names = "--code-file",
      paramLabel = "FILE",
      description = "Read the enrolment code from the first line of FILE.")
  Path codeFile;

  EnrolCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws StoreException {
    try (CentreStore store = access.open(context)) {
      if (spoc == null) {
        Optional<SpocLink> link = CentreServices.on(store).sync().link();
        if (link.isEmpty()) {
          context.out().println("This centre has not enrolled with a SPOC yet.");
          context.err().println("To enrol: reporting-centre enrol --spoc URL");
        } else {
          describe(link.get(), store.centreCode());
        }
        return ExitCode.OK;
      }
      char[] code =
          new Secrets(context)
              .read(Optional.ofNullable(codeFile), "RC_ENROL_CODE", "Enrolment code: ");
      try {
        SpocLink link =
            new Enrolment(
                    CentreServices.on(store).sync(),
                    SyncHttp.newClient(),
                    store.format().mapper(),
                    context.storeOptions().clock())
                .enrol(spoc, store.centreCode(), code, store.session().user());
        context.out().println("Enrolled.");
        describe(link, store.centreCode());
        return ExitCode.OK;
      } catch (IllegalArgumentException e) {
        throw new CliFailure(ExitCode.INVALID_INPUT, e.getMessage());
      } catch (SyncException e) {
        throw new CliFailure(
            e instanceof SyncException.EnrolmentRefused
                ? ExitCode.WRONG_USER_OR_PASSWORD
                : ExitCode.INVALID_INPUT,
            e.getMessage() + " Nothing was changed.");
      } finally {
        Arrays.fill(code, '\0');
      }
    }
  }

  private void describe(SpocLink link, String centreCode) {
    context
        .out()
        .printf(
            "This centre (%s, known to the SPOC as %s) sends its reports to the SPOC at %s%n",
            centreCode, link.centreName(), link.baseUrl());
    context
        .out()
        .printf(
            "SPOC id %s; enrolled by %s on %s%n",
            link.serverId(), link.enrolledBy(), link.enrolledAt());
  }
}
