package org.reportingcentre.spoc;

import static org.reportingcentre.spoc.SpocCommand.DONE;
import static org.reportingcentre.spoc.SpocCommand.USAGE;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reportingcentre.report.OutcomeStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The SPOC staff's commands beside the server: centres and their enrolment codes, outcomes, the
 * directory, referrals and counts. Each opens the store for its own run (ADR 0104).
 */
final class AdminCommands {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private AdminCommands() {}

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
  static final class Centre extends SpocCommand.Group {

    @Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Add a centre and print its one-time enrolment code.")
    static final class Add implements Callable<Integer> {
      @Mixin SpocCommand.StoreOptions store = new SpocCommand.StoreOptions();

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
      @Mixin SpocCommand.StoreOptions store = new SpocCommand.StoreOptions();

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
      @Mixin SpocCommand.StoreOptions store = new SpocCommand.StoreOptions();

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
      @Mixin SpocCommand.StoreOptions store = new SpocCommand.StoreOptions();

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
  static final class OutcomeCommand extends SpocCommand.Group {

    @Command(
        name = "set",
        mixinStandardHelpOptions = true,
        description = "Record an outcome that the report's centre will pull.")
    static final class Set implements Callable<Integer> {
      @Mixin SpocCommand.StoreOptions store = new SpocCommand.StoreOptions();

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
  static final class DirectoryCommand extends SpocCommand.Group {

    @Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Check a directory file and publish it as the next version.")
    static final class Load implements Callable<Integer> {
      @Mixin SpocCommand.StoreOptions store = new SpocCommand.StoreOptions();

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
  static final class ReferralCommand extends SpocCommand.Group {
    @Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List referrals, newest first (no personal details).")
    static final class ListReferrals implements Callable<Integer> {
      @Mixin SpocCommand.StoreOptions store = new SpocCommand.StoreOptions();

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
    @Mixin SpocCommand.StoreOptions store = new SpocCommand.StoreOptions();

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
