package org.reportingcentre.spoc;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jooq.exception.DataAccessException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spoc}: the reference single point of contact's own program, which runs the server and
 * administers it. It is not part of the centre's app: it ships as its own jar (docs/spoc.md).
 *
 * <p>Exit codes, the same numbers as the centre's command line: 0 done, 2 usage error, 3 wrong
 * credential, 4 invalid input, 5 store error.
 */
@Command(
    name = "spoc",
    mixinStandardHelpOptions = true,
    description = "Run and administer the single point of contact (SPOC) server.",
    subcommands = {
      ServeCommand.class,
      AdminCommands.Centre.class,
      AdminCommands.OutcomeCommand.class,
      AdminCommands.DirectoryCommand.class,
      AdminCommands.ReferralCommand.class,
      AdminCommands.Stats.class
    })
public final class SpocCommand implements Callable<Integer> {
  static final int DONE = 0;
  static final int USAGE = 2;
  static final int CREDENTIAL = 3;
  static final int INVALID_INPUT = 4;
  static final int STORE_ERROR = 5;

  static final String DATA_DIR_ENV = "SPOC_DATA_DIR";
  static final String DB_PASSWORD_ENV = "SPOC_DB_PASSWORD";
  static final String TLS_PASSWORD_ENV = "SPOC_TLS_PASSWORD";

  final Clock clock;
  final Map<String, String> environment;

  @Spec CommandLine.Model.CommandSpec spec;

  public SpocCommand() {
    this(Clock.systemUTC(), System.getenv());
  }

  /** For tests: a fixed clock and a made-up environment. */
  public SpocCommand(Clock clock, Map<String, String> environment) {
    this.clock = clock;
    this.environment = Map.copyOf(environment);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new SpocCommand()).execute(args));
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** A command group: run on its own, it prints its usage and exits 2. */
  abstract static class Group implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec groupSpec;

    @Override
    public Integer call() {
      groupSpec.commandLine().usage(groupSpec.commandLine().getErr());
      return USAGE;
    }
  }

  /**
   * Where the store is, the same options for the server and every admin command, and the one way a
   * command opens it ({@link #run}).
   */
  static final class StoreOptions {
    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(
        names = "--data-dir",
        paramLabel = "DIR",
        description =
            "Folder of the embedded H2 database (default: $SPOC_DATA_DIR, else"
                + " ~/.reporting-centre/spoc).")
    Path dataDir;

    @Option(
        names = "--db",
        paramLabel = "JDBC_URL",
        description =
            "Use this database instead, such as jdbc:postgresql://db.example:5432/spoc. The"
                + " password comes from $SPOC_DB_PASSWORD or --db-password-file, never from here.")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user for --db.")
    String dbUser;

    @Option(
        names = "--db-password-file",
        paramLabel = "FILE",
        description = "File holding the database password for --db.")
    Path dbPasswordFile;

    StoreLocation location(Map<String, String> environment) throws IOException {
      if (jdbcUrl != null) {
        Optional<String> password =
            dbPasswordFile != null
                ? Optional.of(Files.readString(dbPasswordFile, StandardCharsets.UTF_8).strip())
                : Optional.ofNullable(environment.get(DB_PASSWORD_ENV));
        return new StoreLocation.Jdbc(jdbcUrl, Optional.ofNullable(dbUser), password);
      }
      Path dir = dataDir;
      if (dir == null && environment.get(DATA_DIR_ENV) != null) {
        dir = Path.of(environment.get(DATA_DIR_ENV));
      }
      if (dir == null) {
        dir = Path.of(System.getProperty("user.home"), ".reporting-centre", "spoc");
      }
      return new StoreLocation.H2Folder(dir);
    }

    /** Opens the store for the command this is mixed into, runs the work, maps the failures. */
    int run(StoreWork work) {
      return spoc().withStore(this, work);
    }

    PrintWriter err() {
      return mixee.commandLine().getErr();
    }

    private SpocCommand spoc() {
      for (CommandLine c = mixee.commandLine(); c != null; c = c.getParent()) {
        if (c.getCommand() instanceof SpocCommand spoc) {
          return spoc;
        }
      }
      throw new IllegalStateException("spoc commands run under the spoc command");
    }
  }

  /** Opens the store, runs the work, and turns each kind of failure into its exit code. */
  interface StoreWork {
    int run(SpocStore store, SpocAdmin admin, PrintWriter out) throws Exception;
  }

  int withStore(StoreOptions options, StoreWork work) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StoreLocation location;
    try {
      location = options.location(environment);
    } catch (IOException e) {
      err.println("The database password file cannot be read: " + e.getMessage());
      return CREDENTIAL;
    }
    try (SpocDatabase database = SpocDatabase.open(location)) {
      SpocStore store = new JooqSpocStore(database.dsl());
      SpocAdmin admin = new SpocAdmin(store, new Secrets(new SecureRandom()), clock);
      int code = work.run(store, admin, out);
      out.flush();
      return code;
    } catch (SpocStoreException e) {
      err.println(e.getMessage());
      return isCredentialProblem(e) ? CREDENTIAL : STORE_ERROR;
    } catch (AdminException e) {
      err.println(e.getMessage());
      return INVALID_INPUT;
    } catch (DataAccessException e) {
      err.println("The SPOC database failed: " + e.sqlState() + ". Nothing was changed.");
      return STORE_ERROR;
    } catch (Exception e) {
      err.println("This did not work: " + e.getMessage());
      return STORE_ERROR;
    } finally {
      err.flush();
    }
  }

  private static boolean isCredentialProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && ("28P01".equals(sql.getSQLState())
              || "28000".equals(sql.getSQLState())
              || sql.getErrorCode() == 28000)) {
        return true;
      }
    }
    return false;
  }
}
