package org.reportingcentre.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportingcentre.stats.StatsFixtures.LONDON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Report;
import org.reportingcentre.sample.SampleReports;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.AuditEntry;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.testing.SlowTest;

/** The quarterly report in its three formats: the same figures, and no personal data. */
@SlowTest
class QuarterlyReportTest {
  @TempDir static Path temp;
  static CentreStore store;
  static StatisticsService service;
  static final StatisticsPeriod Q3 = StatisticsPeriod.parse("2026-Q3");

  @BeforeAll
  static void storeTheSampleAndMarkedReports() throws Exception {
    List<Report> reports = new ArrayList<>(SampleReports.sample());
    reports.addAll(MarkedReports.make(6, 500, Instant.parse("2026-07-20T10:00:00Z")));
    store = StatsFixtures.storeWith(temp.resolve("data"), reports);
    service = new StatisticsService(store, StatsFixtures.CLOCK, LONDON);
    service.data().setAreaPopulation(187_000);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static byte[] export(StatisticsService.Format format, boolean suppress) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    service.export(Q3, format, new SmallCounts(suppress), out, "test");
    return out.toByteArray();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void thePdfShowsTheCentreThePeriodTheFiguresAndTheDefinitions() throws Exception {
    Statistics s = service.compute(Q3);
    String text = pdfText(export(StatisticsService.Format.PDF, false));
    assertTrue(text.contains("Townsley Library Reporting Centre"), text);
    assertTrue(text.contains("2026-Q3"));
    assertTrue(text.contains("1 July 2026 to 30 September 2026"));
    assertTrue(
        text.contains(
            s.reports().now() + " reports this period, against " + s.reports().yearBefore()),
        text);
    for (MotivationStrand strand : MotivationStrand.values()) {
      Statistics.Count row = Statistics.find(s.strands(), strand.code()).orElseThrow();
      assertTrue(
          Pattern.compile(
                  Pattern.quote(Labels.of(strand)) + " " + row.now() + " " + row.yearBefore())
              .matcher(text)
              .find(),
          Labels.of(strand) + " " + row.now() + " " + row.yearBefore() + " not in:\n" + text);
    }
    Matcher rate = Pattern.compile("Whole area (\\d+) 187,000 ([\\d.,]+)").matcher(text);
    assertTrue(rate.find(), text);
    assertEquals(
        String.format(java.util.Locale.UK, "%,.1f", s.reports().now() * 100_000.0 / 187_000),
        rate.group(2));
    assertTrue(text.contains("Hate incident"));
    assertTrue(text.contains("A hate incident that is also a criminal offence."));
    assertTrue(text.contains("Gypsy, Roma or Traveller"));
    assertTrue(text.contains("Page 1 of"));
  }

  @Test
  void csvAndJsonCarryTheSameFiguresAsTheTables() throws Exception {
    Statistics s = service.compute(Q3);
    String csv = new String(export(StatisticsService.Format.CSV, false), StandardCharsets.UTF_8);
    JsonNode json = new ObjectMapper().readTree(export(StatisticsService.Format.JSON, false));
    long race = Statistics.find(s.strands(), "race").orElseThrow().now();
    assertTrue(
        csv.contains(
            "by-strand,race,\"Race, ethnicity or nationality\",this-period," + race + "," + race),
        csv);
    JsonNode strandTable = null;
    for (JsonNode table : json.get("tables")) {
      if (table.get("id").asText().equals("by-strand")) {
        strandTable = table;
      }
    }
    assertTrue(strandTable != null);
    assertEquals(race, strandTable.get("rows").get(0).get("values").get("this-period").asLong());
    assertEquals("2026-Q3", json.get("period").get("label").asText());
    assertEquals("2025-Q3", json.get("comparedWith").get("label").asText());
    long rows = 0;
    for (JsonNode table : json.get("tables")) {
      for (JsonNode row : table.get("rows")) {
        rows += row.get("values").size();
      }
    }
    long csvFigures =
        csv.lines().filter(l -> !l.startsWith("table,") && !l.startsWith("about,")).count();
    assertEquals(rows, csvFigures, "one CSV line per figure in the JSON");
  }

  @Test
  void smallCountsAreShownAsFewerThanFiveWhenSuppressed() throws Exception {
    Statistics s = service.compute(Q3);
    String csv = new String(export(StatisticsService.Format.CSV, true), StandardCharsets.UTF_8);
    JsonNode json = new ObjectMapper().readTree(export(StatisticsService.Format.JSON, true));
    assertTrue(json.get("smallCountsSuppressed").asBoolean());
    for (Statistics.Count c : s.strands()) {
      String expected = c.now() > 0 && c.now() < 5 ? "<5," : c.now() + "," + c.now();
      assertTrue(csv.contains("by-strand," + c.code() + ","), c.code());
      assertTrue(
          csv.lines()
              .anyMatch(
                  l ->
                      l.startsWith("by-strand," + c.code() + ",")
                          && l.contains(",this-period," + expected)),
          c.code() + " " + expected + "\n" + csv);
    }
    String pdf = pdfText(export(StatisticsService.Format.PDF, true));
    assertTrue(pdf.contains("<5"), pdf);
    assertTrue(pdf.contains("Counts from 1 to 4 are shown as \"<5\""));
  }

  @Test
  void noPersonalDataReachesAnyOutput() throws Exception {
    List<String> outputs = new ArrayList<>();
    for (StatisticsService.Format format : StatisticsService.Format.values()) {
      byte[] bytes = export(format, false);
      outputs.add(
          format == StatisticsService.Format.PDF
              ? pdfText(bytes) + new String(bytes, StandardCharsets.ISO_8859_1)
              : new String(bytes, StandardCharsets.UTF_8));
    }
    for (String output : outputs) {
      assertFalse(
          output.contains(MarkedReports.PREFIX),
          "a personal field leaked: "
              + output.substring(
                  Math.max(0, output.indexOf(MarkedReports.PREFIX)),
                  Math.min(output.length(), output.indexOf(MarkedReports.PREFIX) + 40)));
      // The sample's own people must not appear either.
      assertFalse(output.contains("07700 900"));
      assertFalse(output.contains("@example.org"));
    }
  }

  @Test
  void everyExportIsRecordedInTheAuditLog() throws Exception {
    long before = store.audit().entries().size();
    export(StatisticsService.Format.JSON, true);
    List<AuditEntry> entries = store.audit().entries();
    AuditEntry last = entries.get(entries.size() - 1);
    assertEquals(before + 1, entries.size());
    assertEquals(AuditAction.EXPORT, last.action());
    assertEquals("statistics 2026-Q3", last.subject());
    assertTrue(last.detail().startsWith("json"), last.detail());
    assertTrue(store.audit().verify().intact());
  }
}
