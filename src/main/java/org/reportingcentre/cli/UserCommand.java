package org.reportingcentre.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportingcentre.report.Coded;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.KeyRing;
import org.reportingcentre.store.Role;
import org.reportingcentre.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Managing the people who can open the store. */
@Command(
    name = "user",
    description = "Add, list and remove users, and set passwords.",
    subcommands = {
      UserCommand.Add.class,
      UserCommand.ListUsers.class,
      UserCommand.Remove.class,
      UserCommand.Passwd.class
    })
final class UserCommand {

  @Command(name = "add", description = "Add a user (managers only). Asks for their new password.")
  static final class Add implements Callable<Integer> {
    private final CliContext context;
    @Mixin StoreAccess access;

    @Parameters(paramLabel = "USER", description = "The new user's name, like j.smith.")
    String name;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "volunteer or manager.")
    String role;

    @Option(
        names = "--new-password-file",
        paramLabel = "FILE",
        description =
            "Read the new user's password from FILE (else $RC_NEW_PASSWORD, else asked twice).")
    java.nio.file.Path newPasswordFile;

    Add(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws StoreException {
      Role parsed =
          Coded.fromCode(Role.class, role.toLowerCase(Locale.ROOT))
              .orElseThrow(
                  () ->
                      new CliFailure(
                          ExitCode.USAGE,
                          "The role must be volunteer or manager, not " + role + "."));
      KeyRing.checkUserName(name);
      try (CentreStore store = access.open(context)) {
        char[] password =
            new Secrets(context)
                .readNew(
                    Optional.ofNullable(newPasswordFile),
                    "RC_NEW_PASSWORD",
                    "New password for " + name + " (at least 10 characters): ");
        try {
          store.users().add(name, parsed, password);
        } finally {
          Arrays.fill(password, '\0');
        }
      }
      context.out().println("Added " + name + " as a " + parsed.code() + ".");
      return ExitCode.OK;
    }
  }

  @Command(name = "list", description = "List the users and their roles.")
  static final class ListUsers implements Callable<Integer> {
    private final CliContext context;
    @Mixin StoreAccess access;

    ListUsers(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws StoreException {
      try (CentreStore store = access.open(context)) {
        for (KeyRing.User user : store.users().list()) {
          context.out().printf("%-32s %s%n", user.name(), user.role().code());
        }
      }
      return ExitCode.OK;
    }
  }

  @Command(
      name = "remove",
      description = "Remove a user (managers only). Their password stops working at once.")
  static final class Remove implements Callable<Integer> {
    private final CliContext context;
    @Mixin StoreAccess access;

    @Parameters(paramLabel = "USER")
    String name;

    Remove(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws StoreException {
      try (CentreStore store = access.open(context)) {
        store.users().remove(name);
      }
      context.out().println("Removed " + name + ". They can no longer open the store.");
      return ExitCode.OK;
    }
  }

  @Command(
      name = "passwd",
      description = "Change your own password, or (managers) set a new one for another user.")
  static final class Passwd implements Callable<Integer> {
    private final CliContext context;
    @Mixin StoreAccess access;

    @Parameters(paramLabel = "USER")
    String name;

    @Option(
        names = "--new-password-file",
        paramLabel = "FILE",
        description = "Read the new password from FILE (else $RC_NEW_PASSWORD, else asked twice).")
    java.nio.file.Path newPasswordFile;

    Passwd(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws StoreException {
      try (CentreStore store = access.open(context)) {
        char[] password =
            new Secrets(context)
                .readNew(
                    Optional.ofNullable(newPasswordFile),
                    "RC_NEW_PASSWORD",
                    "New password for " + name + " (at least 10 characters): ");
        try {
          store.users().setPassword(name, password);
        } finally {
          Arrays.fill(password, '\0');
        }
      }
      context
          .out()
          .println("The password for " + name + " is changed. The old one no longer works.");
      return ExitCode.OK;
    }
  }
}
