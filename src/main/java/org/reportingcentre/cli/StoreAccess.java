package org.reportingcentre.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.DataFolder;
import org.reportingcentre.store.StoreException;
import picocli.CommandLine.Option;

/** The options every command that opens the store shares: where it is, and who is acting. */
final class StoreAccess {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "The data folder (default: $REPORTING_CENTRE_HOME, else the usual place for this system).")
  Path dataDir;

  @Option(
      names = "--user",
      paramLabel = "USER",
      description = "Who is acting (default: the manager made at init).")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description =
          "Read the acting user's password from the first line of FILE (else $RC_PASSWORD, else a prompt).")
  Path passwordFile;

  Path folder(CliContext context) {
    return folder(dataDir, context);
  }

  /** The data folder: the option if given, else the environment, else the system's default. */
  static Path folder(Path dataDir, CliContext context) {
    return DataFolder.resolve(
        Optional.ofNullable(dataDir),
        context.env(),
        System.getProperty("os.name"),
        System.getProperty("user.home"));
  }

  /** Opens the store as the acting user; every failure becomes a message and an exit code. */
  CentreStore open(CliContext context) throws StoreException {
    Path folder = folder(context);
    String who = user != null ? user : CentreStore.firstManager(folder);
    char[] password =
        new Secrets(context)
            .read(Optional.ofNullable(passwordFile), "RC_PASSWORD", "Password for " + who + ": ");
    try {
      return CentreStore.open(folder, who, password, context.storeOptions());
    } finally {
      Arrays.fill(password, '\0');
    }
  }
}
