package org.reportingcentre.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reportingcentre.report.LocalZone;
import org.reportingcentre.stats.SmallCounts;
import org.reportingcentre.stats.StatisticsPeriod;
import org.reportingcentre.stats.StatisticsService;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.Population;
import org.reportingcentre.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The quarterly report, and the population figures and settings behind it. */
@Command(
    mixinStandardHelpOptions = true,
    name = "stats",
    description = {
      "Write the statistics of a period (the quarterly report) as PDF, CSV or JSON: de-identified"
          + " figures only (managers only; recorded in the audit log).",
      "Example: stats --period 2026-Q3 --format pdf --out 2026-Q3.pdf --suppress-small"
    },
    subcommands = {StatsCommand.PopulationCommand.class, StatsCommand.SuppressSmall.class})
final class StatsCommand implements Callable<Integer> {
  enum Format {
    pdf,
    csv,
    json
  }

  private final CliContext context;
  @Mixin StoreAccess access;

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      description =
          "A quarter (2026-Q3), a month (2026-07), a year (2026) or two dates"
              + " (2026-07-01..2026-09-30). Default: the last full quarter.")
  String period;

  @Option(names = "--format", paramLabel = "FORMAT", description = "pdf, csv or json (needed).")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE (it must not exist yet). Needed for pdf; else the screen.")
  Path out;

  @Option(
      names = "--suppress-small",
      negatable = true,
      description =
          "Show counts from 1 to 4 as \"<5\" (--no-suppress-small to show them). Default: the"
              + " centre's setting (stats suppress-small).")
  Boolean suppressSmall;

  @Option(
      names = "--time-zone",
      paramLabel = "ZONE",
      description =
          "The time zone of the dates, like Europe/London. Default: the centre's, Europe/London.")
  String timeZone;

  StatsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws StoreException, IOException {
    if (format == null) {
      throw new CliFailure(ExitCode.USAGE, "Say which format: --format pdf, csv or json.");
    }
    ZoneId zone = zone(timeZone);
    StatisticsPeriod chosen = period(zone);
    if (format == Format.pdf && out == null) {
      throw new CliFailure(ExitCode.USAGE, "A PDF needs a file: add --out FILE.");
    }
    if (out != null && Files.exists(out)) {
      throw new CliFailure(
          ExitCode.INVALID_INPUT,
          "The file " + out + " already exists. Choose a new name; nothing was written.");
    }
    try (CentreStore store = access.open(context)) {
      StatisticsService service =
          new StatisticsService(store, context.storeOptions().clock(), zone);
      SmallCounts show =
          new SmallCounts(
              suppressSmall != null ? suppressSmall : service.suppressSmallCountsByDefault());
      StatisticsService.Format chosenFormat =
          StatisticsService.Format.valueOf(format.name().toUpperCase(Locale.ROOT));
      if (out == null) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        service.export(chosen, chosenFormat, show, bytes, "standard output");
        context.out().print(bytes.toString(StandardCharsets.UTF_8));
        context.out().flush();
      } else {
        writeAtomically(
            out, stream -> service.export(chosen, chosenFormat, show, stream, out.toString()));
        context
            .err()
            .println(
                "Wrote the statistics of "
                    + chosen.label()
                    + " to "
                    + out
                    + (show.suppress()
                        ? " (counts from 1 to 4 shown as <5)."
                        : ". Small counts are shown: suppress them (--suppress-small) before"
                            + " publishing."));
      }
    }
    return ExitCode.OK;
  }

  private StatisticsPeriod period(ZoneId zone) {
    if (period == null) {
      LocalDate today = LocalDate.now(context.storeOptions().clock().withZone(zone));
      return StatisticsPeriod.quarterOf(today.minusMonths(3));
    }
    try {
      return StatisticsPeriod.parse(period);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCode.USAGE, e.getMessage());
    }
  }

  static ZoneId zone(String name) {
    if (name == null) {
      return LocalZone.ZONE;
    }
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw new CliFailure(
          ExitCode.USAGE,
          "\"" + name + "\" is not a time zone I know. Use a name like Europe/London.");
    }
  }

  interface Body {
    void write(OutputStream out) throws StoreException, IOException;
  }

  /** Writes beside the target and moves it in place, so a failure leaves no half-written file. */
  static void writeAtomically(Path target, Body body) throws StoreException, IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), ".stats-", ".part");
    try {
      try (OutputStream stream = Files.newOutputStream(temp)) {
        body.write(stream);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "population",
      description = "Population figures for rates per 100,000.",
      subcommands = {PopulationCommand.Set.class, PopulationCommand.Show.class})
  static final class PopulationCommand {

    @Command(
        mixinStandardHelpOptions = true,
        name = "set",
        description = {
          "Set the population of a ward (--ward NAME --people N) or of the whole area (--area N).",
          "Managers only; recorded in the audit log."
        })
    static final class Set implements Callable<Integer> {
      private final CliContext context;
      @Mixin StoreAccess access;

      @Option(names = "--ward", paramLabel = "NAME", description = "The ward, as reports name it.")
      String ward;

      @Option(names = "--people", paramLabel = "N", description = "The ward's population.")
      Long people;

      @Option(names = "--area", paramLabel = "N", description = "The whole area's population.")
      Long area;

      Set(CliContext context) {
        this.context = context;
      }

      @Override
      public Integer call() throws StoreException {
        boolean forWard = ward != null && people != null && area == null;
        boolean forArea = area != null && ward == null && people == null;
        if (!forWard && !forArea) {
          throw new CliFailure(
              ExitCode.USAGE,
              "Give either --ward NAME --people N, or --area N. Nothing was changed.");
        }
        long figure = forWard ? people : area;
        if (figure < 1 || figure > 100_000_000) {
          throw new CliFailure(
              ExitCode.INVALID_INPUT,
              "A population is a whole number of people from 1 to 100,000,000. Nothing was"
                  + " changed.");
        }
        try (CentreStore store = access.open(context)) {
          StatisticsService service =
              new StatisticsService(store, context.storeOptions().clock(), LocalZone.ZONE);
          if (forWard) {
            service.data().setWardPopulation(ward, people);
            context.out().println("The population of " + ward.strip() + " is now " + people + ".");
          } else {
            service.data().setAreaPopulation(area);
            context.out().println("The population of the whole area is now " + area + ".");
          }
        }
        return ExitCode.OK;
      }
    }

    @Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Show the population figures entered.")
    static final class Show implements Callable<Integer> {
      private final CliContext context;
      @Mixin StoreAccess access;

      Show(CliContext context) {
        this.context = context;
      }

      @Override
      public Integer call() throws StoreException {
        try (CentreStore store = access.open(context)) {
          Population population =
              new StatisticsService(store, context.storeOptions().clock(), LocalZone.ZONE)
                  .data()
                  .population();
          context
              .out()
              .println("Whole area: " + population.area().map(String::valueOf).orElse("not set"));
          for (Population.Ward ward : population.wards()) {
            context.out().println(ward.name() + ": " + ward.people());
          }
        }
        return ExitCode.OK;
      }
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "suppress-small",
      description =
          "Whether statistics show counts from 1 to 4 as \"<5\" unless told otherwise: on or off"
              + " (managers only).")
  static final class SuppressSmall implements Callable<Integer> {
    private final CliContext context;
    @Mixin StoreAccess access;

    @Parameters(paramLabel = "on|off")
    String value;

    SuppressSmall(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws StoreException {
      boolean on =
          switch (value.toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new CliFailure(ExitCode.USAGE, "Say on or off, not " + value + ".");
          };
      try (CentreStore store = access.open(context)) {
        new StatisticsService(store, context.storeOptions().clock(), LocalZone.ZONE)
            .data()
            .setSuppressSmallCounts(on);
      }
      context
          .out()
          .println(
              on
                  ? "Statistics now show counts from 1 to 4 as <5."
                  : "Statistics now show every count. Suppress them before publishing.");
      return ExitCode.OK;
    }
  }
}
