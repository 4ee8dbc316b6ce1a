package org.reportingcentre.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jooq.exception.DataAccessException;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.spoc.AdminException;
import org.reportingcentre.spoc.JooqSpocStore;
import org.reportingcentre.spoc.Secrets;
import org.reportingcentre.spoc.ServerSettings;
import org.reportingcentre.spoc.SpocAdmin;
import org.reportingcentre.spoc.SpocDatabase;
import org.reportingcentre.spoc.SpocServer;
import org.reportingcentre.spoc.SpocStore;
import org.reportingcentre.spoc.SpocStoreException;
import org.reportingcentre.spoc.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code spoc}: runs and administers the reference single point of contact. Self-contained, so it
 * can be a subcommand of the centre's command line or run on its own through {@link #main}.
 *
 * <p>Exit codes: 0 done, 2 usage error, 3 wrong credential, 4 invalid input, 5 store error.
 */
@Command(
    name = "spoc",
    mixinStandardHelpOptions = true,
    description = "Run and administer the single point of contact (SPOC) server.",
    subcommands = {
      SpocCommand.Serve.class,
      SpocCommand.Centre.class,
      SpocCommand.OutcomeCommand.class,
      SpocCommand.DirectoryCommand.class,
      SpocCommand.ReferralCommand.class,
      SpocCommand.Stats.class
    })
public final class SpocCommand implements Callable<Integer> {
  static final int DONE = ExitCode.OK;
  static final int USAGE = ExitCode.USAGE;
  static final int CREDENTIAL = ExitCode.WRONG_USER_OR_PASSWORD;
  static final int INVALID_INPUT = ExitCode.INVALID_INPUT;
  static final int STORE_ERROR = ExitCode.STORE_ERROR;

  static final String DATA_DIR_ENV = "SPOC_DATA_DIR";
  static final String DB_PASSWORD_ENV = "SPOC_DB_PASSWORD";
  static final String TLS_PASSWORD_ENV = "SPOC_TLS_PASSWORD";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Clock clock;
  private final Map<String, String> environment;

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

  @Command(
      name = "serve",
      mixinStandardHelpOptions = true,
      description = "Run the SPOC server until stopped (Ctrl+C or SIGTERM).")
  static final class Serve implements Callable<Integer> {
    @ParentCommand SpocCommand parent;
    @Mixin StoreOptions store = new StoreOptions();

    @Option(
        names = "--port",
        defaultValue = "" + ServerSettings.DEFAULT_PORT,
        description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(
        names = "--host",
        defaultValue = "127.0.0.1",
        description =
            "Address to listen on (default: ${DEFAULT-VALUE}). Use 0.0.0.0 only with"
                + " --tls-keystore or behind a TLS proxy.")
    String host;

    @Option(
        names = "--tls-keystore",
        paramLabel = "FILE",
        description =
            "Serve HTTPS with this PKCS#12 keystore. Its password comes from"
                + " --tls-password-file, $SPOC_TLS_PASSWORD, or a prompt.")
    Path tlsKeystore;

    @Option(names = "--tls-password-file", paramLabel = "FILE")
    Path tlsPasswordFile;

    @Override
    public Integer call() {
      PrintWriter err = parent.spec.commandLine().getErr();
      if (port < 0 || port > 65535) {
        err.println("The port must be from 0 to 65535.");
        return USAGE;
      }
      Optional<ServerSettings.Tls> tls = Optional.empty();
      if (tlsKeystore != null) {
        Optional<char[]> password = tlsPassword(err);
        if (password.isEmpty()) {
          return CREDENTIAL;
        }
        String problem = checkKeystore(tlsKeystore, password.get());
        if (problem != null) {
          err.println(problem);
          err.flush();
          return problem.contains("password") ? CREDENTIAL : INVALID_INPUT;
        }
        tls = Optional.of(new ServerSettings.Tls(tlsKeystore, password.get()));
      }
      ServerSettings settings =
          new ServerSettings(host, port, tls, ServerSettings.Limits.protocol());
      CountDownLatch stopRequested = new CountDownLatch(1);
      CountDownLatch closed = new CountDownLatch(1);
      // On Ctrl+C or SIGTERM: ask the server to stop, then hold the JVM until the database is
      // closed cleanly, so a stop never cuts a transaction short.
      Thread hook =
          new Thread(
              () -> {
                stopRequested.countDown();
                try {
                  closed.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "spoc-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        return parent.withStore(
            store,
            (spocStore, admin, out) -> {
              SpocServer server =
                  new SpocServer(
                      spocStore, parent.clock, new Secrets(new SecureRandom()), settings);
              try {
                int actual = server.start();
                out.println(
                    "SPOC listening on "
                        + (settings.tls().isPresent() ? "https" : "http")
                        + "://"
                        + host
                        + ":"
                        + actual
                        + " with "
                        + store.location(parent.environment));
                out.flush();
                stopRequested.await();
              } finally {
                server.close();
              }
              return DONE;
            });
      } finally {
        closed.countDown();
      }
    }

    private Optional<char[]> tlsPassword(PrintWriter err) {
      try {
        if (tlsPasswordFile != null) {
          return Optional.of(
              Files.readString(tlsPasswordFile, StandardCharsets.UTF_8).strip().toCharArray());
        }
      } catch (IOException e) {
        err.println("The TLS password file cannot be read: " + e.getMessage());
        err.flush();
        return Optional.empty();
      }
      String fromEnvironment = parent.environment.get(TLS_PASSWORD_ENV);
      if (fromEnvironment != null) {
        return Optional.of(fromEnvironment.toCharArray());
      }
      Console console = System.console();
      if (console == null) {
        err.println(
            "The keystore needs its password: give --tls-password-file or set "
                + TLS_PASSWORD_ENV
                + ".");
        err.flush();
        return Optional.empty();
      }
      return Optional.ofNullable(console.readPassword("Keystore password: "));
    }

    private static String checkKeystore(Path keystore, char[] password) {
      try (InputStream in = Files.newInputStream(keystore)) {
        KeyStore.getInstance(keystore.toString().endsWith(".jks") ? "JKS" : "PKCS12")
            .load(in, password);
        return null;
      } catch (IOException e) {
        if (e.getCause() instanceof java.security.UnrecoverableKeyException
            || String.valueOf(e.getMessage()).contains("password")) {
          return "The keystore password is wrong.";
        }
        return "The keystore " + keystore + " cannot be read: " + e.getMessage();
      } catch (GeneralSecurityException e) {
        return "The keystore " + keystore + " cannot be used: " + e.getMessage();
      }
    }
  }

  @Command(
      name = "centre",
      mixinStandardHelpOptions = true,
      description = "Add, list and revoke reporting centres.",
      subcommands = {
        Centre.Add.class,
        Centre.NewCode.class,
        Centre.ListCentres.class,
        Centre.Revoke.class
      })
  static final class Centre extends Group {

    @Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Add a centre and print its one-time enrolment code.")
    static final class Add implements Callable<Integer> {
      @Mixin StoreOptions store = new StoreOptions();

      @Option(names = "--code", required = true, description = "The centre code, such as TWL.")
      String code;

      @Option(names = "--name", required = true, description = "The centre's name.")
      String name;

      @Override
      public Integer call() {
        return store.run(
            (s, admin, out) -> {
              SpocAdmin.IssuedCode issued = admin.addCentre(code, name);
              out.println("Centre " + code + " (" + name.strip() + ") added.");
              printCode(out, issued);
              return DONE;
            });
      }
    }

    @Command(
        name = "new-code",
        mixinStandardHelpOptions = true,
        description = "Print a new one-time enrolment code for a centre (after a revoke, say).")
    static final class NewCode implements Callable<Integer> {
      @Mixin StoreOptions store = new StoreOptions();

      @Parameters(paramLabel = "CODE", description = "The centre code.")
      String code;

      @Override
      public Integer call() {
        return store.run(
            (s, admin, out) -> {
              printCode(out, admin.newEnrolmentCode(code));
              return DONE;
            });
      }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the centres.")
    static final class ListCentres implements Callable<Integer> {
      @Mixin StoreOptions store = new StoreOptions();

      @Override
      public Integer call() {
        return store.run(
            (s, admin, out) -> {
              List<SpocStore.CentreSummary> centres = admin.centres();
              if (centres.isEmpty()) {
                out.println(
                    "No centres yet. Add one with: spoc centre add --code CODE --name NAME");
                return DONE;
              }
              out.printf(
                  "%-6s  %-40s  %6s  %5s  %8s%n", "CODE", "NAME", "TOKENS", "CODES", "REPORTS");
              for (SpocStore.CentreSummary c : centres) {
                out.printf(
                    "%-6s  %-40s  %6d  %5d  %8d%n",
                    c.centreCode(),
                    c.centreName().length() > 40
                        ? c.centreName().substring(0, 39) + "…"
                        : c.centreName(),
                    c.liveTokens(),
                    c.openEnrolmentCodes(),
                    c.reports());
              }
              return DONE;
            });
      }
    }

    @Command(
        name = "revoke",
        mixinStandardHelpOptions = true,
        description = "Revoke every token of a centre and withdraw its unused enrolment codes.")
    static final class Revoke implements Callable<Integer> {
      @Mixin StoreOptions store = new StoreOptions();

      @Parameters(paramLabel = "CODE", description = "The centre code.")
      String code;

      @Override
      public Integer call() {
        return store.run(
            (s, admin, out) -> {
              int revoked = admin.revoke(code);
              out.println(
                  "Centre "
                      + code
                      + ": "
                      + revoked
                      + (revoked == 1 ? " token" : " tokens")
                      + " revoked, unused enrolment codes withdrawn. Its reports are kept.");
              return DONE;
            });
      }
    }

    private static void printCode(PrintWriter out, SpocAdmin.IssuedCode issued) {
      out.println("One-time enrolment code: " + issued.enrolmentCode());
      out.println(
          "It works once, until "
              + WHEN.format(issued.expiresAt())
              + ". Give it to the centre's manager in person or by phone: it is not shown again.");
    }
  }

  @Command(
      name = "outcome",
      mixinStandardHelpOptions = true,
      description = "Record what happened to a report.",
      subcommands = OutcomeCommand.Set.class)
  static final class OutcomeCommand extends Group {

    @Command(
        name = "set",
        mixinStandardHelpOptions = true,
        description = "Record an outcome that the report's centre will pull.")
    static final class Set implements Callable<Integer> {
      @Mixin StoreOptions store = new StoreOptions();

      @Parameters(
          paramLabel = "REFERENCE",
          description = "The report's reference, such as TWL-2223KC.")
      String reference;

      @Option(
          names = "--status",
          required = true,
          description =
              "received, under-review, passed-to-police, referred, action-taken or closed.")
      String status;

      @Option(
          names = "--message",
          description = "A message for the victim, passed on by the centre.")
      String message;

      @Override
      public Integer call() {
        Optional<OutcomeStatus> parsed =
            Arrays.stream(OutcomeStatus.values()).filter(s -> s.code().equals(status)).findFirst();
        if (parsed.isEmpty()) {
          PrintWriter err = store.err();
          err.println(
              "--status must be one of: received, under-review, passed-to-police, referred,"
                  + " action-taken, closed.");
          err.flush();
          return USAGE;
        }
        return store.run(
            (s, admin, out) -> {
              SpocStore.StoredOutcome recorded =
                  admin.setOutcome(reference, parsed.get(), Optional.ofNullable(message));
              out.println(
                  "Outcome for "
                      + recorded.reference()
                      + " is now "
                      + recorded.status().code()
                      + ". Centre "
                      + recorded.centreCode()
                      + " will see it when it next pulls outcomes.");
              return DONE;
            });
      }
    }
  }

  @Command(
      name = "directory",
      mixinStandardHelpOptions = true,
      description = "Publish the directory of support services.",
      subcommands = DirectoryCommand.Load.class)
  static final class DirectoryCommand extends Group {

    @Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Check a directory file and publish it as the next version.")
    static final class Load implements Callable<Integer> {
      @Mixin StoreOptions store = new StoreOptions();

      @Parameters(
          paramLabel = "FILE",
          description = "A directory file like sample-data/directory.json.")
      Path file;

      @Override
      public Integer call() {
        return store.run(
            (s, admin, out) -> {
              SpocStore.PublishedDirectory published = admin.loadDirectory(file);
              out.println(
                  "Directory version "
                      + published.version()
                      + " published. Centres get it when they next pull the directory.");
              return DONE;
            });
      }
    }
  }

  @Command(
      name = "referral",
      mixinStandardHelpOptions = true,
      description = "See the referrals centres made to support services.",
      subcommands = ReferralCommand.ListReferrals.class)
  static final class ReferralCommand extends Group {
    @Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List referrals, newest first (no personal details).")
    static final class ListReferrals implements Callable<Integer> {
      @Mixin StoreOptions store = new StoreOptions();

      @Option(names = "--centre", paramLabel = "CODE", description = "Only this centre's.")
      String centre;

      @Option(
          names = "--limit",
          defaultValue = "100",
          description = "At most this many (default: ${DEFAULT-VALUE}).")
      int limit;

      @Override
      public Integer call() {
        return store.run(
            (s, admin, out) -> {
              List<SpocStore.StoredReferral> referrals =
                  admin.referrals(Optional.ofNullable(centre), limit);
              if (referrals.isEmpty()) {
                out.println("No referrals yet.");
                return DONE;
              }
              out.printf(
                  "%-20s  %-6s  %-12s  %-30s  %-15s  %s%n",
                  "RECEIVED", "CENTRE", "REPORT", "SERVICE", "CONSENT", "MADE BY");
              for (SpocStore.StoredReferral r : referrals) {
                out.printf(
                    "%-20s  %-6s  %-12s  %-30s  %-15s  %s%n",
                    WHEN.format(r.receipt().receivedAt()),
                    r.centreCode(),
                    r.reference(),
                    r.serviceId(),
                    r.consentPurpose(),
                    r.madeBy());
              }
              return DONE;
            });
      }
    }
  }

  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      description = "Count reports by centre and status, with a total, and referrals by centre.")
  static final class Stats implements Callable<Integer> {
    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
      return store.run(
          (s, admin, out) -> {
            List<SpocStore.StatusCount> counts = admin.stats();
            Map<String, Long> byCentre = new LinkedHashMap<>();
            out.printf("%-6s  %-18s  %8s%n", "CENTRE", "STATUS", "REPORTS");
            for (SpocStore.StatusCount c : counts) {
              out.printf("%-6s  %-18s  %8d%n", c.centreCode(), c.status().code(), c.reports());
              byCentre.merge(c.centreCode(), c.reports(), Long::sum);
            }
            byCentre.forEach((centre, n) -> out.printf("%-6s  %-18s  %8d%n", centre, "all", n));
            out.printf(
                "%-6s  %-18s  %8d%n",
                "TOTAL", "", byCentre.values().stream().mapToLong(Long::longValue).sum());
            List<SpocStore.CentreCount> referrals = admin.referralCounts();
            out.printf("%n%-6s  %9s%n", "CENTRE", "REFERRALS");
            for (SpocStore.CentreCount c : referrals) {
              out.printf("%-6s  %9d%n", c.centreCode(), c.count());
            }
            out.printf(
                "%-6s  %9d%n",
                "TOTAL", referrals.stream().mapToLong(SpocStore.CentreCount::count).sum());
            return DONE;
          });
    }
  }
}
