package org.reportingcentre.stats;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reportingcentre.stats.StatisticsTable.Cell;
import org.reportingcentre.stats.StatisticsTable.Column;
import org.reportingcentre.stats.StatisticsTable.Row;

/** Lays out {@link Statistics} as the tables of the quarterly report. */
public final class StatisticsTables {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

  private StatisticsTables() {}

  public static List<StatisticsTable> of(Statistics s, SmallCounts show) {
    List<Column> compare =
        List.of(
            new Column("this-period", s.period().label()),
            new Column("year-before", s.yearBefore().label()));
    String several =
        "A report with several strands counts once in each, so the rows can add up to more than"
            + " the "
            + show.count(s.reports().now()).text()
            + " reports of the period.";
    List<StatisticsTable> tables = new ArrayList<>();
    tables.add(summary(s, show));
    tables.add(
        breakdown(
            "by-strand",
            "Reports by motivation strand",
            s.strands(),
            compare,
            show,
            List.of(
                several,
                show.count(s.multiStrand().now()).text()
                    + " reports this period gave more than one strand."),
            s.reports()));
    tables.add(
        breakdown(
            "by-incident-type",
            "Reports by type of incident",
            s.incidentTypes(),
            compare,
            show,
            List.of("A report with several types of incident counts once in each."),
            s.reports()));
    tables.add(
        breakdown(
            "by-location",
            "Reports by type of place",
            s.locationTypes(),
            compare,
            show,
            List.of(),
            null));
    tables.add(
        breakdown(
            "by-ward",
            "Reports by ward",
            s.wards(),
            compare,
            show,
            List.of("Wards as the reports give them; a report need not give one."),
            null));
    tables.add(
        breakdown(
            "by-channel",
            "Reports by how they reached the centre",
            s.channels(),
            compare,
            show,
            List.of(),
            null));
    tables.add(
        breakdown(
            "by-reporter",
            "Reports by who reported",
            s.reporterRoles(),
            compare,
            show,
            List.of(),
            null));
    tables.add(months(s, show));
    tables.add(rates(s, show));
    tables.add(consents(s, show));
    tables.add(outcomes(s, show));
    return tables;
  }

  private static StatisticsTable summary(Statistics s, SmallCounts show) {
    List<Column> columns =
        List.of(
            new Column("this-period", s.period().label()),
            new Column("year-before", s.yearBefore().label()),
            new Column("change", "Change"));
    List<Row> rows = new ArrayList<>();
    rows.add(triple("reports", "Reports (each counted once)", s.reports(), show));
    rows.add(triple("repeat", "Repeat victims (it had happened before)", s.repeatVictims(), show));
    rows.add(triple("anonymous", "Anonymous reports", s.anonymous(), show));
    rows.add(
        new Row(
            "anonymous-share",
            "Anonymous share of reports",
            List.of(
                show.share(s.anonymous().now(), s.reports().now()),
                show.share(s.anonymous().yearBefore(), s.reports().yearBefore()),
                Cell.hidden(SmallCounts.NOT_APPLICABLE))));
    rows.add(triple("multi-strand", "Reports with more than one strand", s.multiStrand(), show));
    return new StatisticsTable("summary", "Summary", columns, rows, List.of());
  }

  private static Row triple(String code, String label, Statistics.Pair pair, SmallCounts show) {
    return new Row(
        code,
        label,
        List.of(
            show.count(pair.now()),
            show.count(pair.yearBefore()),
            show.change(pair.now(), pair.yearBefore())));
  }

  private static StatisticsTable breakdown(
      String id,
      String title,
      List<Statistics.Count> counts,
      List<Column> columns,
      SmallCounts show,
      List<String> notes,
      Statistics.Pair distinctTotal) {
    List<Row> rows = new ArrayList<>();
    for (Statistics.Count c : counts) {
      rows.add(
          new Row(c.code(), c.label(), List.of(show.count(c.now()), show.count(c.yearBefore()))));
    }
    if (distinctTotal != null) {
      rows.add(
          new Row(
              "all-reports",
              "All reports (each counted once)",
              List.of(show.count(distinctTotal.now()), show.count(distinctTotal.yearBefore()))));
    }
    return new StatisticsTable(id, title, columns, rows, notes);
  }

  private static StatisticsTable months(Statistics s, SmallCounts show) {
    List<Column> columns =
        List.of(
            new Column("this-period", "This period"), new Column("year-before", "A year before"));
    List<Row> rows = new ArrayList<>();
    for (Statistics.Month m : s.months()) {
      rows.add(
          new Row(
              m.month().toString(),
              MONTH.format(m.month()) + " (" + MONTH.format(m.month().minusYears(1)) + ")",
              List.of(show.count(m.now()), show.count(m.yearBefore()))));
    }
    return new StatisticsTable(
        "by-month",
        "Reports per month, against the same month a year before",
        columns,
        rows,
        List.of("Each report counts in the month it was completed."));
  }

  private static StatisticsTable rates(Statistics s, SmallCounts show) {
    List<Column> columns =
        List.of(
            new Column("reports", "Reports"),
            new Column("population", "Population"),
            new Column("per-100k", "Per 100,000"));
    List<Row> rows = new ArrayList<>();
    for (Statistics.Rate r : s.rates()) {
      rows.add(
          new Row(
              r.area().equals("Whole area") ? "area" : r.area(),
              r.area(),
              List.of(show.count(r.reports()), show.number(r.population()), show.rate(r))));
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "Reports in the period for every 100,000 people living there, from the population figures"
            + " the centre entered. It is a rate for the period, not for a year.");
    if (rows.isEmpty()) {
      notes.add("No population figures have been entered, so no rates are shown.");
    }
    return new StatisticsTable(
        "rate-per-100k", "Rate per 100,000 population", columns, rows, notes);
  }

  private static StatisticsTable consents(Statistics s, SmallCounts show) {
    List<Column> columns = List.of(new Column("reports", "Reports"), new Column("share", "Share"));
    List<Row> rows = new ArrayList<>();
    for (Statistics.Count c : s.consentsGiven()) {
      rows.add(
          new Row(
              c.code(),
              c.label(),
              List.of(show.count(c.now()), show.share(c.now(), s.reports().now()))));
    }
    return new StatisticsTable(
        "consents",
        "Consents given",
        columns,
        rows,
        List.of("Reports in which the person agreed, for each purpose."));
  }

  private static StatisticsTable outcomes(Statistics s, SmallCounts show) {
    List<Column> columns =
        List.of(
            new Column("this-period", s.period().label()),
            new Column("year-before", s.yearBefore().label()));
    Statistics.Outcomes now = s.outcomes();
    Statistics.Outcomes before = s.outcomesYearBefore();
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            "with-outcome",
            "Reports with an outcome from the single point of contact",
            List.of(show.count(now.withOutcome()), show.count(before.withOutcome()))));
    rows.add(
        new Row(
            "further-action",
            "Reports with further action",
            List.of(show.count(now.furtherAction()), show.count(before.furtherAction()))));
    rows.add(
        new Row(
            "further-action-share",
            "Share of reports with further action",
            List.of(
                show.share(now.furtherAction(), s.reports().now()),
                show.share(before.furtherAction(), s.reports().yearBefore()))));
    rows.add(
        new Row(
            "median-days-to-outcome",
            "Median days from report to first outcome",
            List.of(
                show.days(now.medianToFirstOutcome(), now.withOutcome()),
                show.days(before.medianToFirstOutcome(), before.withOutcome()))));
    rows.add(
        new Row(
            "with-referrals",
            "Reports with a referral to support",
            List.of(show.count(now.withReferrals()), show.count(before.withReferrals()))));
    rows.add(
        new Row(
            "referrals",
            "Referrals made",
            List.of(show.count(now.referrals()), show.count(before.referrals()))));
    return new StatisticsTable(
        "outcomes",
        "Outcomes and referrals",
        columns,
        rows,
        List.of(
            "Further action: the single point of contact passed the report to the police, referred"
                + " the person, or took action.",
            "Referrals are those the centre made from a report, with the person's consent, and those"
                + " the single point of contact recorded in its outcomes."));
  }
}
