package org.reportingcentre.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportingcentre.store.StoreBackup;
import org.reportingcentre.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: checks a backup completely, then puts it in place of the store. */
@Command(
    name = "restore",
    description = {
      "Restore the store from a backup file. The whole file is checked first (checksums, and that"
          + " it opens with your password); a damaged file changes nothing. A store changed since"
          + " the backup is not replaced unless you confirm (or give --replace-newer). The store"
          + " replaced is kept beside the data folder."
    })
final class RestoreCommand implements Callable<Integer> {
  private final CliContext context;
  @Mixin StoreAccess access;

  @Parameters(paramLabel = "FILE", description = "The backup file.")
  Path file;

  @Option(
      names = "--replace-newer",
      description = "Replace the store even if it has changes made after the backup.")
  boolean replaceNewer;

  private boolean refusedNewer;

  RestoreCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws StoreException {
    Path folder = access.folder(context);
    char[] password =
        new Secrets(context)
            .read(
                Optional.ofNullable(access.passwordFile),
                "RC_PASSWORD",
                "Password for " + (access.user == null ? "the manager" : access.user) + ": ");
    StoreBackup.Restored restored;
    try {
      restored =
          StoreBackup.restore(
              file,
              folder,
              Optional.ofNullable(access.user),
              password,
              this::confirm,
              context.storeOptions());
    } catch (StoreException.BadRequest e) {
      if (refusedNewer) {
        throw new CliFailure(
            ExitCode.INVALID_INPUT, e.getMessage() + " To replace it anyway, add --replace-newer.");
      }
      throw e;
    } finally {
      Arrays.fill(password, '\0');
    }
    context
        .out()
        .println(
            "Restored "
                + restored.manifest().reports()
                + " reports of centre "
                + restored.manifest().centreCode()
                + " from the backup made at "
                + restored.manifest().createdAt()
                + " into "
                + folder
                + ".");
    restored
        .previous()
        .ifPresent(
            p ->
                context
                    .out()
                    .println(
                        "The store it replaced is kept, still encrypted, in "
                            + p
                            + ". Delete that folder once you are sure you do not need it."));
    return ExitCode.OK;
  }

  private boolean confirm(String explanation) {
    if (replaceNewer) {
      return true;
    }
    Console console = context.in() == System.in ? System.console() : null;
    boolean yes = false;
    if (console != null) {
      console.printf("%s%n", explanation);
      String answer = console.readLine("Replace it with the backup? Type yes to replace it: ");
      yes = answer != null && answer.strip().toLowerCase(Locale.ROOT).equals("yes");
    }
    refusedNewer = !yes;
    return yes;
  }
}
