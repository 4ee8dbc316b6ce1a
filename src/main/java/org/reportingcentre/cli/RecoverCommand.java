package org.reportingcentre.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.RecoveryKey;
import org.reportingcentre.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Uses the recovery key to give a user a new password when theirs is lost. */
@Command(
    name = "recover",
    description = "Open the store with the recovery key and set a new password for a user.")
final class RecoverCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--data-dir", paramLabel = "DIR")
  Path dataDir;

  @Option(
      names = "--user",
      required = true,
      paramLabel = "USER",
      description = "Whose password to set.")
  String user;

  @Option(
      names = "--recovery-key-file",
      paramLabel = "FILE",
      description = "Read the recovery key from FILE (else $RC_RECOVERY_KEY, else a prompt).")
  Path recoveryKeyFile;

  @Option(
      names = "--new-password-file",
      paramLabel = "FILE",
      description = "Read the new password from FILE (else $RC_NEW_PASSWORD, else asked twice).")
  Path newPasswordFile;

  RecoverCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws StoreException {
    Path folder = StoreAccess.folder(dataDir, context);
    Secrets secrets = new Secrets(context);
    char[] typed =
        secrets.read(Optional.ofNullable(recoveryKeyFile), "RC_RECOVERY_KEY", "Recovery key: ");
    RecoveryKey key = RecoveryKey.parse(new String(typed));
    Arrays.fill(typed, '\0');
    try (CentreStore store = CentreStore.openWithRecovery(folder, key, context.storeOptions())) {
      char[] password =
          secrets.readNew(
              Optional.ofNullable(newPasswordFile),
              "RC_NEW_PASSWORD",
              "New password for " + user + " (at least 10 characters): ");
      try {
        store.users().setPassword(user, password);
      } finally {
        Arrays.fill(password, '\0');
      }
    } finally {
      key.erase();
    }
    context
        .out()
        .println(
            "The password for "
                + user
                + " is set. The recovery key still works; keep it locked away.");
    return ExitCode.OK;
  }
}
