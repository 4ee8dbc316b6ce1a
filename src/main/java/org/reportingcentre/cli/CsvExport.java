package org.reportingcentre.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.Victim;

/**
 * Reports as one CSV row each (RFC 4180), for a spreadsheet. Cells that a spreadsheet would run as
 * a formula are prefixed with an apostrophe, so an exported description cannot run code.
 */
final class CsvExport {
  private record Column(String name, Function<Report, String> value) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("reference", r -> r.meta().reference().toString()),
          new Column("id", r -> r.meta().id().toString()),
          new Column("created_at", r -> r.meta().createdAt().toString()),
          new Column("completed_at", r -> r.meta().completedAt().map(Object::toString).orElse("")),
          new Column("recorded_by", r -> r.meta().recordedBy()),
          new Column("channel", r -> r.meta().channel().code()),
          new Column("form_variant", r -> r.meta().formVariant().code()),
          new Column("language", r -> r.meta().language()),
          new Column("reporter_role", r -> r.reporter().role().code()),
          new Column("anonymous", r -> Boolean.toString(r.reporter().anonymous())),
          new Column("incident_types", r -> codes(r.incident().types())),
          new Column("motivations", r -> codes(r.incident().motivations())),
          new Column("date", r -> r.incident().when().date().map(Object::toString).orElse("")),
          new Column(
              "approximately",
              r -> r.incident().when().approximately().map(Coded::code).orElse("")),
          new Column("location_type", r -> r.incident().location().type().code()),
          new Column("ward", r -> r.incident().location().ward().orElse("")),
          new Column("postcode", r -> r.incident().location().postcode().orElse("")),
          new Column("injured", r -> r.incident().injured().code()),
          new Column("damage_or_loss", r -> r.incident().damageOrLoss().code()),
          new Column("description", r -> r.incident().description()),
          new Column("hate_indicators", r -> r.incident().hateIndicators().orElse("")),
          new Column("victim_name", r -> victim(r).flatMap(Victim::name).orElse("")),
          new Column("victim_phone", r -> victim(r).flatMap(v -> v.contact().phone()).orElse("")),
          new Column("victim_email", r -> victim(r).flatMap(v -> v.contact().email()).orElse("")),
          new Column(
              "age_band", r -> victim(r).flatMap(Victim::ageBand).map(Coded::code).orElse("")),
          new Column("happened_before", r -> r.history().happenedBefore().code()),
          new Column(
              "consents",
              r ->
                  r.consents().stream()
                      .map(c -> c.purpose().code() + "=" + (c.granted() ? "yes" : "no"))
                      .collect(Collectors.joining(";"))),
          new Column("outcome", r -> r.outcome().map(o -> o.status().code()).orElse("")));

  private CsvExport() {}

  static void write(List<Report> reports, PrintWriter out) {
    out.print(COLUMNS.stream().map(Column::name).collect(Collectors.joining(",")) + "\r\n");
    for (Report report : reports) {
      out.print(
          COLUMNS.stream().map(c -> cell(c.value().apply(report))).collect(Collectors.joining(","))
              + "\r\n");
    }
    out.flush();
  }

  private static Optional<Victim> victim(Report r) {
    return r.people().victim();
  }

  private static String codes(java.util.Set<? extends Coded> values) {
    return values.stream().map(Coded::code).collect(Collectors.joining(";"));
  }

  static String cell(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.contains(",")
        || safe.contains("\"")
        || safe.contains("\n")
        || safe.contains("\r")
        || !safe.equals(value)) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
