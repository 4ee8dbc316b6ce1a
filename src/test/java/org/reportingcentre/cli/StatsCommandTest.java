package org.reportingcentre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.testing.Files2;
import org.reportingcentre.testing.SlowTest;

@SlowTest
class StatsCommandTest {
  @TempDir Path temp;
  Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(temp.resolve("data"));
  }

  private void storeWithTheSample() {
    assertEquals(0, cli.init().code());
    Cli.Result imported = cli.asManager("import", Path.of("sample-data/reports.json").toString());
    assertEquals(0, imported.code(), imported.toString());
  }

  @Test
  void aManagerWritesTheQuarterAsJsonCsvAndPdfWithTheSameTotal() throws Exception {
    storeWithTheSample();
    Cli.Result population = cli.asManager("stats", "population", "set", "--area", "187000");
    assertEquals(0, population.code(), population.toString());

    Cli.Result json =
        cli.asManager(
            "stats", "--period", "2026-Q3", "--format", "json", "--time-zone", "Europe/London");
    assertEquals(0, json.code(), json.toString());
    JsonNode figures = new ObjectMapper().readTree(json.out());
    JsonNode summary = figures.get("tables").get(0);
    assertEquals("summary", summary.get("id").asText());
    long total = summary.get("rows").get(0).get("values").get("this-period").asLong();
    assertTrue(total > 0);
    assertEquals("Townsley Library", figures.get("centre").get("name").asText());

    Path csv = temp.resolve("q3.csv");
    Path pdf = temp.resolve("q3.pdf");
    assertEquals(
        0,
        cli.asManager(
                "stats",
                "--period",
                "2026-Q3",
                "--format",
                "csv",
                "--out",
                csv.toString(),
                "--time-zone",
                "Europe/London")
            .code());
    assertTrue(
        Files.readString(csv)
            .contains(
                "summary,reports,Reports (each counted once),this-period," + total + "," + total));
    Cli.Result wrotePdf =
        cli.asManager(
            "stats",
            "--period",
            "2026-Q3",
            "--format",
            "pdf",
            "--out",
            pdf.toString(),
            "--time-zone",
            "Europe/London");
    assertEquals(0, wrotePdf.code(), wrotePdf.toString());
    assertTrue(wrotePdf.err().contains("Small counts are shown"), wrotePdf.err());
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains(total + " reports this period"), text);
      assertTrue(text.contains("Whole area " + total + " 187,000"), text);
    }
    Cli.Result verify = cli.asManager("audit", "verify");
    assertEquals(0, verify.code(), verify.toString());
  }

  @Test
  void theSettingSuppressesSmallCountsAndTheFlagOverridesIt() throws Exception {
    storeWithTheSample();
    assertEquals(0, cli.asManager("stats", "suppress-small", "on").code());
    Cli.Result suppressed = cli.asManager("stats", "--period", "2026-Q3", "--format", "csv");
    assertTrue(suppressed.out().contains(",<5,"), suppressed.out());
    Cli.Result shown =
        cli.asManager("stats", "--period", "2026-Q3", "--format", "csv", "--no-suppress-small");
    assertFalse(shown.out().contains(",<5,"), shown.out());
  }

  @Test
  void aVolunteerMayNotExportStatisticsAndNothingIsWritten() throws Exception {
    assertEquals(0, cli.init().code());
    cli.env.put("RC_NEW_PASSWORD", "volunteer password");
    assertEquals(0, cli.asManager("user", "add", "ben", "--role", "volunteer").code());
    cli.env.put("RC_PASSWORD", "volunteer password");
    Path out = temp.resolve("q3.json");
    Cli.Result refused =
        cli.run(
            "stats",
            "--user",
            "ben",
            "--period",
            "2026-Q3",
            "--format",
            "json",
            "--out",
            out.toString());
    assertEquals(ExitCode.WRONG_USER_OR_PASSWORD, refused.code(), refused.toString());
    assertTrue(refused.err().contains("Only a manager can export statistics"), refused.err());
    assertFalse(Files.exists(out));
    Cli.Result population =
        cli.run("stats", "population", "set", "--user", "ben", "--area", "1000");
    assertEquals(ExitCode.WRONG_USER_OR_PASSWORD, population.code());
  }

  @Test
  void wrongUseIsRefusedBeforeTheStoreIsTouched() throws Exception {
    assertEquals(0, cli.init().code());
    var before = Files2.hashes(cli.dataDir);
    Cli.Result badPeriod = cli.asManager("stats", "--period", "last summer", "--format", "json");
    assertEquals(ExitCode.USAGE, badPeriod.code());
    assertTrue(badPeriod.err().contains("2026-Q3"), badPeriod.err());
    assertEquals(
        ExitCode.USAGE, cli.asManager("stats", "--period", "2026-Q3", "--format", "pdf").code());
    Path existing = Files.writeString(temp.resolve("taken.csv"), "mine");
    Cli.Result taken =
        cli.asManager(
            "stats", "--period", "2026-Q3", "--format", "csv", "--out", existing.toString());
    assertEquals(ExitCode.INVALID_INPUT, taken.code());
    assertEquals("mine", Files.readString(existing));
    Cli.Result both =
        cli.asManager("stats", "population", "set", "--area", "10", "--ward", "Kingsway");
    assertEquals(ExitCode.USAGE, both.code());
    Cli.Result negative = cli.asManager("stats", "population", "set", "--area", "0");
    assertEquals(ExitCode.INVALID_INPUT, negative.code(), negative.toString());
    assertEquals(before, Files2.hashes(cli.dataDir));
  }
}
