package org.reportingcentre.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.ExchangeFormatException;
import org.reportingcentre.report.Problem;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportValidator;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Imports reports in the exchange format. Everything is checked first; if anything is wrong,
 * nothing at all is written and every problem is listed with where it is.
 */
@Command(
    name = "import",
    description = "Import reports from a file in the exchange format (one report or a list).")
final class ImportCommand implements Callable<Integer> {
  private final CliContext context;
  @Mixin StoreAccess access;

  @Parameters(paramLabel = "FILE", description = "A .json file in the exchange format.")
  Path file;

  ImportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws StoreException {
    List<ExchangeFormat.Item> items = read();
    try (CentreStore store = access.open(context)) {
      List<String> problems = new ArrayList<>();
      List<Report> reports = check(items, store, problems);
      if (!problems.isEmpty()) {
        context
            .err()
            .println("Nothing was imported. Fix these problems in " + file + " and try again:");
        problems.forEach(p -> context.err().println("  - " + p));
        return ExitCode.INVALID_INPUT;
      }
      CentreServices.on(store).reports().importAll(reports, file.getFileName().toString());
      context
          .out()
          .println("Imported " + reports.size() + (reports.size() == 1 ? " report." : " reports."));
      return ExitCode.OK;
    }
  }

  private List<ExchangeFormat.Item> read() {
    try (InputStream in = Files.newInputStream(file)) {
      return new ExchangeFormat().readAll(in);
    } catch (NoSuchFileException e) {
      throw new CliFailure(ExitCode.INVALID_INPUT, "There is no file " + file + ".");
    } catch (IOException e) {
      throw new CliFailure(ExitCode.INVALID_INPUT, "The file " + file + " cannot be read.");
    } catch (ExchangeFormatException e) {
      throw new CliFailure(ExitCode.INVALID_INPUT, "Nothing was imported. " + e.getMessage());
    }
  }

  private List<Report> check(
      List<ExchangeFormat.Item> items, CentreStore store, List<String> problems) {
    ReportValidator validator = new ReportValidator(Clock.systemUTC());
    List<Report> reports = new ArrayList<>();
    Map<Object, Integer> firstSeen = new HashMap<>();
    for (ExchangeFormat.Item item : items) {
      String where = "report " + item.position() + " (line " + item.location().getLineNr() + ")";
      if (item.report().isEmpty()) {
        item.problems().forEach(p -> problems.add(p.message()));
        continue;
      }
      Report report = item.report().get();
      String name = where + ", " + report.meta().reference();
      for (Problem p : validator.validate(report)) {
        problems.add(name + ": " + p.field() + ": " + p.message());
      }
      if (!report.meta().centreCode().equals(store.centreCode())) {
        problems.add(
            name
                + ": it belongs to centre "
                + report.meta().centreCode()
                + ", but this store is centre "
                + store.centreCode()
                + ".");
      }
      Integer sameId = firstSeen.putIfAbsent(report.meta().id(), item.position());
      if (sameId != null) {
        problems.add(name + ": it has the same id as report " + sameId + ".");
      }
      Integer sameReference = firstSeen.putIfAbsent(report.meta().reference(), item.position());
      if (sameReference != null) {
        problems.add(name + ": it has the same reference as report " + sameReference + ".");
      }
      reports.add(report);
    }
    if (problems.isEmpty()) {
      for (String clash : CentreServices.on(store).reports().clashes(reports)) {
        problems.add("A report with " + clash + " is already in the store.");
      }
    }
    if (items.isEmpty()) {
      problems.add("The file holds an empty list: there is nothing to import.");
    }
    return reports;
  }
}
