package org.reportingcentre.cli;

import java.lang.reflect.Constructor;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Builds the command line over a context and turns every failure into a message and a code. */
public final class CommandLineApp {
  private static final Logger LOG = LoggerFactory.getLogger(CommandLineApp.class);

  private CommandLineApp() {}

  /** Runs the command line and returns its exit code. */
  public static int run(CliContext context, String... args) {
    CommandLine cli = new CommandLine(RootCommand.class, new ContextFactory(context));
    cli.setOut(context.out());
    cli.setErr(context.err());
    cli.setExecutionExceptionHandler(
        (e, command, parseResult) -> {
          int code = exitCodeFor(e);
          context.err().println(messageFor(e));
          context.err().flush();
          return code;
        });
    int code = cli.execute(args);
    context.out().flush();
    context.err().flush();
    return code;
  }

  static int exitCodeFor(Exception e) {
    e = asStoreError(e);
    if (e instanceof CliFailure failure) {
      return failure.exitCode();
    }
    if (e instanceof StoreException.WrongCredentials || e instanceof StoreException.NotAllowed) {
      return ExitCode.WRONG_USER_OR_PASSWORD;
    }
    if (e instanceof StoreException.BadRequest) {
      return ExitCode.INVALID_INPUT;
    }
    if (e instanceof StoreException) {
      return ExitCode.STORE_ERROR;
    }
    return 1;
  }

  /** A database error from inside a store call becomes the store's own typed error. */
  private static Exception asStoreError(Exception e) {
    if (e instanceof org.jooq.exception.DataAccessException access) {
      return CentreStore.describe(access);
    }
    return e;
  }

  private static String messageFor(Exception e) {
    e = asStoreError(e);
    if (e instanceof CliFailure || e instanceof StoreException) {
      return e.getMessage();
    }
    // The details go to the log by type only: an exception's message could hold personal data.
    LOG.error("Unexpected {}", e.getClass().getName());
    return "Something unexpected went wrong ("
        + e.getClass().getSimpleName()
        + "). Nothing more was changed. Please tell your centre's manager.";
  }

  /** Gives each command the context through its constructor, or makes it the usual way. */
  private static final class ContextFactory implements CommandLine.IFactory {
    private final CliContext context;

    ContextFactory(CliContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        Constructor<K> withContext = type.getDeclaredConstructor(CliContext.class);
        withContext.setAccessible(true);
        return withContext.newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
