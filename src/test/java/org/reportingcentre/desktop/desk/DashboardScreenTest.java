package org.reportingcentre.desktop.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Report;
import org.reportingcentre.sample.SampleReports;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.AuditEntry;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The statistics dashboard in the whole app over the sample reports in a real encrypted store:
 * every figure checked is counted here straight from the reports, without the statistics code.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {
  @TempDir static Path temp;
  private static AppFixture shared;
  private static List<Report> sample;
  private AppFixture fixture;
  private FolderFiles files;

  @BeforeAll
  static void storeTheSample() throws Exception {
    sample = SampleReports.sample();
    shared = BackupRestoreScreenTest.fast(temp.resolve("data"), 0).withStore();
    try (CentreStore store = shared.open(AppFixture.MANAGER)) {
      CentreServices.on(store).reports().importAll(sample, "test");
    }
  }

  @Start
  void start(Stage stage) throws Exception {
    fixture = BackupRestoreScreenTest.fast(shared.folder, 0);
    files = new FolderFiles(Files.createDirectories(temp.resolve("exports-" + System.nanoTime())));
    fixture.start(stage).deskFiles(files);
  }

  private Ui openDashboard(FxRobot robot) {
    Ui ui = Ui.fast(robot);
    ui.fill("user", AppFixture.MANAGER).fill("password", AppFixture.PASSWORD).click("sign-in");
    ui.click("desk-statistics");
    assertEquals("Statistics", ui.heading());
    return ui;
  }

  /** Reports completed between two days (both included) on the app's calendar. */
  private static List<Report> between(LocalDate first, LocalDate last) {
    ZoneId zone = ZoneId.systemDefault();
    return sample.stream()
        .filter(
            r -> {
              LocalDate day = r.meta().completedAt().orElseThrow().atZone(zone).toLocalDate();
              return !day.isBefore(first) && !day.isAfter(last);
            })
        .toList();
  }

  private static String count(List<Report> reports, Predicate<Report> test) {
    return Long.toString(reports.stream().filter(test).count());
  }

  @Test
  void changingThePeriodShowsThatPeriodsIndependentlyCountedFigures(FxRobot robot) {
    Ui ui = openDashboard(robot);
    List<Report> q4 = between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    assertTrue(ui.text("period-shown").startsWith("Showing 2026-Q4"), ui.text("period-shown"));
    assertEquals(Integer.toString(q4.size()), ui.text("summary-reports-this-period"));

    ui.click("previous-quarter");
    assertTrue(ui.text("period-shown").startsWith("Showing 2026-Q3"), ui.text("period-shown"));
    List<Report> q3 = between(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    List<Report> q3Before = between(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));
    assertFalse(q3.isEmpty());
    assertEquals(Integer.toString(q3.size()), ui.text("summary-reports-this-period"));
    assertEquals(Integer.toString(q3Before.size()), ui.text("summary-reports-year-before"));
    for (MotivationStrand strand : MotivationStrand.values()) {
      assertEquals(
          count(q3, r -> r.incident().motivations().contains(strand)),
          ui.text("by-strand-" + strand.code() + "-this-period"),
          strand.code());
    }
    assertEquals(Integer.toString(q3.size()), ui.text("by-strand-all-reports-this-period"));
    assertEquals(
        count(
            q3,
            r ->
                r.meta().completedAt().orElseThrow().atZone(ZoneId.systemDefault()).getMonthValue()
                    == 8),
        ui.text("by-month-2026-08-this-period"));
    assertTrue(ui.showing("chart-by-strand"), "the strands are drawn too");
    assertTrue(ui.showing("table-by-strand"));

    ui.fill("from", "31/9/2026").fill("to", "1/1/2026").click("show-range");
    assertEquals(
        "Enter the first day as day/month/year, for example 1/7/2026.", ui.text("error-from"));
    assertTrue(ui.text("period-shown").startsWith("Showing 2026-Q3"), "the period is unchanged");

    ui.fill("from", "15/8/2026").fill("to", "14/10/2026").click("show-range");
    List<Report> range = between(LocalDate.of(2026, 8, 15), LocalDate.of(2026, 10, 14));
    assertTrue(ui.text("period-shown").startsWith("Showing 15 August 2026 to 14 October 2026"));
    assertEquals(Integer.toString(range.size()), ui.text("summary-reports-this-period"));
  }

  @Test
  void smallCountsAreShownAsUnderFiveWhenAsked(FxRobot robot) {
    Ui ui = openDashboard(robot);
    ui.click("previous-quarter");
    List<Report> q3 = between(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    MotivationStrand small =
        java.util.Arrays.stream(MotivationStrand.values())
            .filter(
                s -> {
                  long n = q3.stream().filter(r -> r.incident().motivations().contains(s)).count();
                  return n >= 1 && n <= 4;
                })
            .findFirst()
            .orElseThrow(() -> new AssertionError("the sample has a strand with 1 to 4 reports"));
    String id = "by-strand-" + small.code() + "-this-period";
    assertFalse(ui.text(id).equals("<5"));
    ui.click("suppress");
    assertEquals("<5", ui.text(id));
  }

  @Test
  void exportsEachFormatToTheChosenFileAndRecordsIt(FxRobot robot) throws Exception {
    Ui ui = openDashboard(robot);
    ui.click("previous-quarter").click("export-pdf").click("export-csv").click("export-json");
    assertEquals(3, files.saved.size());
    Path pdf = files.saved.get(0);
    assertEquals("statistics-2026-Q3.pdf", pdf.getFileName().toString());
    assertEquals("The report is saved in " + files.saved.get(2) + ".", ui.text("status"));
    List<Report> q3 = between(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String words = new PDFTextStripper().getText(doc);
      assertTrue(words.contains("2026-Q3"));
      assertTrue(words.contains("Reports by motivation strand"));
    }
    String csv = Files.readString(files.saved.get(1));
    assertTrue(
        csv.contains("summary,reports,Reports (each counted once),this-period," + q3.size() + ","),
        csv);
    JsonNode json = new ObjectMapper().readTree(files.saved.get(2).toFile());
    assertEquals("reporting-centre-statistics", json.get("format").asText());
    assertEquals("2026-Q3", json.get("period").get("label").asText(json.get("period").asText()));
    ui.click("back-home").click("lock");
    try (CentreStore store = fixture.open(AppFixture.MANAGER)) {
      List<AuditEntry> exports =
          store.audit().entries().stream()
              .filter(e -> e.action() == AuditAction.EXPORT)
              .filter(e -> e.subject().equals("statistics 2026-Q3"))
              .toList();
      assertEquals(3, exports.size());
      assertTrue(store.audit().verify().intact());
    }
  }

  @Test
  void aVolunteerHasNoStatisticsOrBackupLinks(FxRobot robot) {
    Ui ui = Ui.fast(robot);
    ui.fill("user", AppFixture.VOLUNTEER).fill("password", AppFixture.PASSWORD).click("sign-in");
    assertEquals("What do you want to do?", ui.heading());
    assertFalse(ui.exists("desk-statistics"));
    assertFalse(ui.exists("desk-backup"));
  }

  @Test
  void populationFiguresSetOnTheSettingsScreenGiveRates(FxRobot robot) throws Exception {
    Ui ui = openDashboard(robot);
    ui.click("statistics-settings");
    assertEquals("Statistics settings", ui.heading());
    ui.fill("area", "lots").click("save-area");
    assertEquals(
        "Enter a whole number of people from 1 to 100,000,000, for example 187000.",
        ui.text("error-area"));
    ui.fill("area", "187,000").click("save-area");
    assertTrue(ui.text("settings-status").startsWith("Saved."));
    ui.fill("ward", "kingsway").fill("ward-people", "12400").click("save-ward");
    ui.click("back-dashboard").click("previous-quarter");
    List<Report> q3 = between(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    assertEquals(Integer.toString(q3.size()), ui.text("rate-per-100k-area-reports"));
    assertEquals(
        String.format(java.util.Locale.UK, "%,.1f", q3.size() * 100_000.0 / 187_000),
        ui.text("rate-per-100k-area-per-100k"));
    assertEquals(
        count(
            q3,
            r ->
                r.incident()
                    .location()
                    .ward()
                    .map(w -> w.equalsIgnoreCase("Kingsway"))
                    .orElse(false)),
        ui.text("rate-per-100k-kingsway-reports"));
  }
}
