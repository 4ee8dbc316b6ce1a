package org.reportingcentre.desktop.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;
import org.reportingcentre.store.AuditAction;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.ReportRow;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The report screens in the whole app on a real encrypted store, by mouse and keyboard: list,
 * filter, open, correct, and the correction in the audit trail; a volunteer's status-only list.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class ReportsScreensTest {
  @TempDir static Path temp;
  private static AppFixture shared;
  private static final Reference RACE = new Reference("TWL", 301);
  private static final Reference RELIGION = new Reference("TWL", 302);
  private static final Reference SENT = new Reference("TWL", 303);
  private AppFixture fixture;

  @BeforeAll
  static void makeStore() throws Exception {
    shared = new AppFixture(temp.resolve("data")).withStore();
    try (CentreStore store = shared.open(AppFixture.MANAGER)) {
      CentreServices.on(store)
          .reports()
          .importAll(
              List.of(
                  report(RACE, MotivationStrand.RACE, "Eastfield", 1),
                  report(RELIGION, MotivationStrand.RELIGION, "Millbrook", 2),
                  report(SENT, MotivationStrand.RELIGION, "Millbrook", 3)),
              "test");
      UUID sent = CentreServices.on(store).sync().details(SENT).orElseThrow().id();
      CentreServices.on(store).sync().markSending(List.of(sent));
      CentreServices.on(store)
          .sync()
          .record(
              List.of(
                  new org.reportingcentre.store.SpocAnswer.Received(
                      sent, "SPOC-77", Instant.parse("2026-11-19T12:00:00Z"), false)));
    }
  }

  private static Report report(Reference reference, MotivationStrand strand, String ward, int day) {
    Instant at = Instant.parse("2026-11-0" + day + "T10:00:00Z");
    return ReportBuilder.full()
        .id(UUID.randomUUID())
        .reference(reference)
        .createdAt(at.minusSeconds(300))
        .completedAt(Optional.of(at))
        .motivations(strand)
        .location(
            new Location(
                LocationType.STREET,
                Optional.empty(),
                Optional.empty(),
                Optional.of("Outside the library"),
                Optional.of("ZZ1 4AB"),
                Optional.of(ward)))
        .build();
  }

  @Start
  void start(Stage stage) {
    fixture = new AppFixture(shared.folder);
    fixture.start(stage);
  }

  /** Signs in and opens the list; the steps that matter here are then done with the mouse. */
  private Ui signInAndOpenReports(FxRobot robot, String user) {
    Ui ui = Ui.fast(robot);
    ui.fill("user", user).fill("password", AppFixture.PASSWORD).click("sign-in");
    ui.click("desk-reports");
    assertEquals("Reports", ui.heading());
    return ui;
  }

  @SuppressWarnings("unchecked")
  private static List<String> shownReferences(Ui ui) {
    TableView<ReportRow> table = (TableView<ReportRow>) ui.node("reports-table");
    return ui.call(() -> table.getItems().stream().map(r -> r.reference().toString()).toList());
  }

  @Test
  void aManagerFiltersOpensCorrectsAndSeesTheCorrectionInTheAuditTrail(FxRobot robot)
      throws Exception {
    Ui ui = signInAndOpenReports(robot, AppFixture.MANAGER);
    Ui mouse = new Ui(robot);
    assertEquals(
        List.of(SENT.toString(), RELIGION.toString(), RACE.toString()), shownReferences(ui));
    assertEquals("Showing reports 1 to 3 of 3.", ui.text("summary"));

    // Filter by strand with the drop-down, as a person would.
    mouse.click("strand");
    robot.clickOn("Religion or belief");
    mouse.click("search");
    assertEquals(List.of(SENT.toString(), RELIGION.toString()), shownReferences(ui));

    // A date that cannot be read is an error, and the list stays as it was.
    ui.fill("from", "31/31/2026").click("search");
    assertEquals("Enter a date like 1/9/2026", ui.text("error-from"));
    assertEquals(List.of(SENT.toString(), RELIGION.toString()), shownReferences(ui));
    ui.fill("from", "").fill("reference", RELIGION.toString().substring(4)).click("search");
    assertEquals(List.of(RELIGION.toString()), shownReferences(ui));

    // Select the row and open it with the keyboard.
    robot.clickOn(firstRow(ui));
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Report " + RELIGION, ui.heading());
    assertEquals("Saved on this computer", ui.text("line-sync-status"));
    assertEquals("Grace Okafor", ui.text("line-victim-name"));

    assertFalse(ui.exists("save-correction"), "the form opens when asked");
    ui.click("start-correction");
    ui.fill("correct-ward", "Westfield");
    mouse.click("save-correction");

    assertTrue(
        ui.text("correction-saved").contains("Area or neighbourhood"), ui.text("correction-saved"));
    assertEquals("Westfield", ui.text("line-ward"));
    String corrections =
        ui.call(
            () ->
                robot.lookup(".label").queryAll().stream()
                    .map(n -> ((javafx.scene.control.Label) n).getText())
                    .filter(t -> t != null && t.contains("changed from"))
                    .findFirst()
                    .orElse(""));
    assertEquals("Area or neighbourhood: changed from \"Millbrook\" to \"Westfield\"", corrections);
    assertTrue(
        ui.call(
            () ->
                robot.lookup(".label").queryAll().stream()
                    .map(n -> ((javafx.scene.control.Label) n).getText())
                    .anyMatch(t -> t != null && t.startsWith("Corrected by amira"))),
        "the audit trail shows the correction");

    ui.click("back-to-list");
    assertEquals("Reports", ui.heading());
    ui.click("back-home");
    ui.click("lock");
    try (CentreStore store = shared.open(AppFixture.MANAGER)) {
      assertTrue(
          store.audit().entries().stream()
              .anyMatch(
                  e -> e.action() == AuditAction.VIEW && e.subject().equals(RELIGION.toString())),
          "opening was audited");
      assertTrue(store.audit().verify().problems().isEmpty());
    }
  }

  @Test
  void aSentReportShowsItsReceiptAndNoCorrectionForm(FxRobot robot) {
    Ui ui = signInAndOpenReports(robot, AppFixture.MANAGER);
    Ui.fast(robot).fill("reference", SENT.toString()).click("search");
    robot.interact(() -> tableOf(ui).getSelectionModel().select(0));
    ui.click("open");
    assertEquals("Received by the SPOC", ui.text("line-sync-status"));
    assertTrue(ui.text("line-sync-receipt").startsWith("SPOC-77"));
    assertTrue(ui.showing("correct-locked"));
    assertFalse(ui.exists("save-correction"));
    assertFalse(ui.exists("start-correction"), "no correction can be started either");
  }

  @Test
  void aManagerCorrectsAStrandWithTheTickBoxesAndSeesItOnTheReportPage(FxRobot robot)
      throws Exception {
    Ui ui = signInAndOpenReports(robot, AppFixture.MANAGER);
    Ui mouse = new Ui(robot);
    Ui.fast(robot).fill("reference", RACE.toString()).click("search");
    robot.interact(() -> tableOf(ui).getSelectionModel().select(0));
    ui.click("open");
    assertEquals("Race, ethnicity or nationality", ui.text("line-motivations"));
    mouse.click("start-correction");
    assertTrue(ui.selected("motivations-race"), "the form starts from the answers given");
    // Saving with nothing changed says so, and the form stays open.
    mouse.click("save-correction");
    assertEquals(
        "Nothing was changed: the answers are the same as before.",
        ui.text("error-link-save-correction"));
    assertTrue(ui.exists("save-correction"));

    mouse.click("motivations-race");
    // The next tick box by keyboard, as someone not using a mouse would.
    robot.interact(() -> ui.node("motivations-disability").requestFocus());
    robot.type(KeyCode.SPACE);
    mouse.click("save-correction");

    assertEquals("Disability", ui.text("line-motivations"));
    assertTrue(
        ui.text("correction-saved").contains("Why do you think it happened?"),
        ui.text("correction-saved"));
    assertFalse(ui.exists("save-correction"), "the form closes once saved");
    assertSame(ui.node("correction-saved"), ui.focused(), "the keyboard goes to what was saved");
    assertTrue(
        ui.call(
            () ->
                robot.lookup(".label").queryAll().stream()
                    .map(n -> ((javafx.scene.control.Label) n).getText())
                    .anyMatch(
                        t ->
                            "Why do you think it happened?: changed from \"Race, ethnicity or"
                                .concat(" nationality\" to \"Disability\"")
                                .equals(t))),
        "the corrections list says old and new in words");
    ui.click("back-to-list");
    ui.click("back-home");
    ui.click("lock");
    try (CentreStore store = shared.open(AppFixture.MANAGER)) {
      var desk =
          CentreServices.on(store, java.time.Clock.systemUTC())
              .desk(java.time.ZoneId.of("Europe/London"));
      var correction = desk.open(RACE).corrections().get(0);
      assertEquals(Optional.of("race"), correction.oldValue());
      assertEquals(Optional.of("disability"), correction.newValue());
      assertEquals(Optional.of("Disability"), correction.newWords());
      assertEquals(
          List.of(RACE.toString()),
          desk
              .page(
                  org.reportingcentre.store.ReportQuery.newestFirst(25)
                      .with(q -> q.strand(MotivationStrand.DISABILITY)))
              .rows()
              .stream()
              .map(r -> r.reference().toString())
              .toList(),
          "the strand filter (the statistics facts) follows the correction");
    }
  }

  @Test
  void aVolunteerSeesReferenceDateAndStatusOnlyAndCannotOpenAnswers(FxRobot robot) {
    Ui ui = signInAndOpenReports(robot, AppFixture.VOLUNTEER);
    assertEquals(3, shownReferences(ui).size());
    assertFalse(ui.exists("strand"));
    assertFalse(ui.exists("ward"));
    assertFalse(ui.exists("open"));
    assertEquals(3, ui.call(() -> tableOf(ui).getColumns().size()));
    String spoken = ui.call(() -> firstRow(ui).getAccessibleText());
    assertTrue(spoken.startsWith(SENT + ", "), spoken);
    assertTrue(spoken.endsWith("Received by the SPOC"), spoken);
    robot.doubleClickOn(firstRow(ui));
    assertEquals("Reports", ui.heading(), "a double click opens nothing for a volunteer");
  }

  @SuppressWarnings("unchecked")
  private static TableView<ReportRow> tableOf(Ui ui) {
    return (TableView<ReportRow>) ui.node("reports-table");
  }

  private static TableRow<?> firstRow(Ui ui) {
    return ui.call(
        () -> {
          for (Node n : tableOf(ui).lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.getIndex() == 0 && !row.isEmpty()) {
              return row;
            }
          }
          throw new AssertionError("no first row");
        });
  }
}
