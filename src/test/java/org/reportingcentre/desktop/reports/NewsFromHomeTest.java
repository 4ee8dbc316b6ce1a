package org.reportingcentre.desktop.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.report.Report;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.ReportRow;
import org.reportingcentre.store.SpocAnswer;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "1 report has news" on home is a way in: pressing it (by keyboard or mouse) opens the report list
 * showing exactly the report whose outcome came back, and opening that report clears its news.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class NewsFromHomeTest {
  @TempDir Path temp;
  private AppFixture fixture;
  private Report withNews;
  private Report withoutNews;

  @BeforeEach
  void makeStore() throws Exception {
    fixture = new AppFixture(temp.resolve("data"));
    fixture.kdfIterations = 1_000; // this test is not about sign-in
    fixture.withStore();
    try (CentreStore store = fixture.open(AppFixture.MANAGER)) {
      withNews = AppFixture.saveReport(store, "What happened, outcome came back");
      withoutNews = AppFixture.saveReport(store, "What happened, no outcome yet");
      AppFixture.saveReport(store, "What happened, not sent yet");
      Instant at = fixture.clock.instant();
      CentreServices.on(store)
          .sync()
          .record(List.of(new SpocAnswer.Received(withoutNews.meta().id(), "rcpt-2", at, false)));
      AppFixture.outcomeArrived(store, withNews, at, "Thank you for reporting.");
    }
  }

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @SuppressWarnings("unchecked")
  private static List<String> shownReferences(Ui ui) {
    TableView<ReportRow> table = (TableView<ReportRow>) ui.node("reports-table");
    return ui.call(() -> table.getItems().stream().map(r -> r.reference().toString()).toList());
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theNewsLineOpensTheListOfExactlyTheReportsWithNewsAndOpeningOneClearsIt(FxRobot robot)
      throws Exception {
    robot.interact(() -> fixture.start(stage));
    Ui ui = Ui.fast(robot);
    ui.fill("user", AppFixture.MANAGER).fill("password", AppFixture.PASSWORD).click("sign-in");
    waitUntil(() -> ui.showing("news"));
    assertEquals("1 report has news from the SPOC.", ui.text("news"));
    Hyperlink news = (Hyperlink) ui.node("news");
    assertTrue(news.isFocusTraversable(), "reached with Tab");
    assertEquals("1 report has news from the SPOC.", news.getAccessibleText());

    new Ui(robot).click("news");

    assertEquals("Reports", ui.heading());
    assertTrue(ui.selected("with-news"), "the list says it shows only reports with news");
    waitUntil(() -> !shownReferences(ui).isEmpty());
    assertEquals(List.of(withNews.meta().reference().toString()), shownReferences(ui));
    waitUntil(() -> ui.text("summary").endsWith("of 1."));

    // Unticking shows every report again.
    new Ui(robot).click("with-news").click("search");
    assertEquals(3, shownReferences(ui).size());
    new Ui(robot).click("with-news").click("search");
    assertEquals(List.of(withNews.meta().reference().toString()), shownReferences(ui));

    // Opening the report is looking at its news: home no longer offers it.
    robot.interact(() -> ((TableView<?>) ui.node("reports-table")).getSelectionModel().select(0));
    robot.clickOn(ui.node("reports-table"));
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Report " + withNews.meta().reference(), ui.heading());
    ui.click("back-to-list");
    assertEquals("Reports", ui.heading());
    assertEquals(List.of(), shownReferences(ui), "no report has news any more");
    ui.click("back-home");
    waitUntil(() -> !ui.showing("news"));
    assertFalse(ui.showing("news"));
    ui.click("lock");
    try (CentreStore store = fixture.open(AppFixture.MANAGER)) {
      assertEquals(0, CentreServices.on(store).sync().reportsWithNews());
    }
  }
}
