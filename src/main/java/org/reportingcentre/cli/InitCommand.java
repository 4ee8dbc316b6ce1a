package org.reportingcentre.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Sets up a new store and prints the recovery key, once. */
@Command(
    name = "init",
    description = "Set up a new, encrypted store for a centre, with its first manager.")
final class InitCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Where to make the store.")
  Path dataDir;

  @Option(
      names = "--centre-code",
      required = true,
      paramLabel = "CODE",
      description = "2 to 6 capital letters, like TWL; starts every reference.")
  String centreCode;

  @Option(
      names = "--centre-name",
      required = true,
      paramLabel = "NAME",
      description = "The centre's name, as people know it.")
  String centreName;

  @Option(
      names = "--manager",
      required = true,
      paramLabel = "USER",
      description = "The first manager's user name.")
  String manager;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description =
          "Read the manager's new password from FILE (else $RC_PASSWORD, else asked twice).")
  Path passwordFile;

  InitCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws StoreException {
    Path folder = StoreAccess.folder(dataDir, context);
    char[] password =
        new Secrets(context)
            .readNew(
                Optional.ofNullable(passwordFile),
                "RC_PASSWORD",
                "New password for " + manager + " (at least 10 characters): ");
    CentreStore.Created created;
    try {
      created =
          CentreStore.create(
              folder, centreCode, centreName, manager, password, context.storeOptions());
    } finally {
      Arrays.fill(password, '\0');
    }
    created.store().close();
    var out = context.out();
    out.println(
        "The store for " + centreName + " (" + centreCode + ") is ready in " + folder + ".");
    out.println();
    out.println("RECOVERY KEY (shown only this once):");
    out.println();
    out.println("    " + created.recoveryKey().display());
    out.println();
    out.println(
        "Print it or write it down, and lock it away. If every password is lost, it is the");
    out.println("only way back into the reports. Anyone who has it can open the store.");
    created.recoveryKey().erase();
    return ExitCode.OK;
  }
}
