package org.reportingcentre.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reportingcentre.store.BackupManifest;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreBackup;
import org.reportingcentre.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code backup FILE}: the whole store in one file, still encrypted. */
@Command(
    name = "backup",
    description = {
      "Back up the whole store to one new file. It stays encrypted and holds the keyring, so any"
          + " user's password (or the recovery key) opens it. Managers only; recorded in the audit"
          + " log."
    })
final class BackupCommand implements Callable<Integer> {
  private final CliContext context;
  @Mixin StoreAccess access;

  @Parameters(paramLabel = "FILE", description = "The backup file to write (it must not exist).")
  Path file;

  BackupCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws StoreException {
    BackupManifest manifest;
    try (CentreStore store = access.open(context)) {
      manifest = StoreBackup.create(store, file, context.storeOptions().clock());
    }
    context
        .out()
        .println(
            "Backed up "
                + manifest.reports()
                + (manifest.reports() == 1 ? " report" : " reports")
                + " of centre "
                + manifest.centreCode()
                + " to "
                + file
                + ". Restore it with: restore "
                + file);
    return ExitCode.OK;
  }
}
