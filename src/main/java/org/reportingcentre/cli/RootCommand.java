package org.reportingcentre.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reporting-centre}: with no command it opens the desktop app. */
@Command(
    name = "reporting-centre",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {
      "Record hate crime and harassment reports at a third-party reporting centre, keep them"
          + " encrypted on this computer, and send them to the single point of contact.",
      "",
      "With no command, it opens the desktop app."
    },
    footer = {
      "",
      "Passwords are never taken from the command line: answer the prompt, or use --password-file"
          + " FILE or the environment variable RC_PASSWORD.",
      "",
      "Exit codes:",
      "  0  done",
      "  1  something unexpected went wrong",
      "  2  the command was not used right",
      "  3  wrong user name or password, or not allowed",
      "  4  invalid input; nothing was changed",
      "  5  store error: in use, damaged, missing, or disk full",
      "  6  reports still waiting to be sent"
    },
    subcommands = {
      InitCommand.class,
      UserCommand.class,
      RecoverCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ListCommand.class,
      AuditCommand.class,
      EnrolCommand.class,
      SyncCommand.class,
      PurgeCommand.class,
      StatsCommand.class,
      BackupCommand.class,
      RestoreCommand.class
    })
final class RootCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "The data folder for the desktop app.")
  Path dataDir;

  @Option(names = "--kiosk", description = "Start in kiosk mode (asks for a staff sign-in once).")
  boolean kiosk;

  RootCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return context
        .desktop()
        .start(new CliContext.DesktopOptions(Optional.ofNullable(dataDir), kiosk));
  }

  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = RootCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "Reporting Centre " + (version == null ? "(development build)" : version)
      };
    }
  }
}
