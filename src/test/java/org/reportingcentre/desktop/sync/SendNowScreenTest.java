package org.reportingcentre.desktop.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.Health;
import org.reportingcentre.protocol.Protocol;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.spoc.TestReports;
import org.reportingcentre.store.SpocAnswer;
import org.reportingcentre.store.SpocLink;
import org.reportingcentre.sync.LoopbackSpoc;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Send now": progress, the summary, Cancel, and the setting for keeping less. */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class SendNowScreenTest {
  private static final int REPORTS = 30;
  @TempDir Path temp;
  private SyncScreenFixture fixture;
  private SendNowViewModel vm;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    fixture = new SyncScreenFixture(temp.resolve("centre"));
    CentreServices.on(fixture.store)
        .reports()
        .importAll(TestReports.reports(AppFixture.CENTRE, 0, REPORTS), "test");
  }

  private Ui show(FxRobot robot) {
    robot.interact(
        () -> {
          vm =
              new SendNowViewModel(
                  fixture.app.text,
                  fixture.desk,
                  fixture.words,
                  javafx.application.Platform::runLater);
          fixture.show(stage, new SendNowView(fixture.form, vm, () -> {}, () -> {}).root());
          vm.refresh();
        });
    return Ui.fast(robot);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  /** The real SPOC on a loopback port, with this centre enrolled (close it after). */
  private LoopbackSpoc enrolledWithARealSpoc() throws Exception {
    LoopbackSpoc spoc = new LoopbackSpoc(temp.resolve("spoc"), fixture.app.clock);
    fixture
        .desk
        .services()
        .enrolment()
        .enrol(spoc.url(), AppFixture.CENTRE, spoc.addCentre(AppFixture.CENTRE), "amira");
    return spoc;
  }

  private List<String> summary(Ui ui) {
    return ui.call(() -> List.copyOf(vm.summary));
  }

  @Test
  void sendNowToTheRealSpocShowsSentNOfMAndWhatHappened(FxRobot robot) throws Exception {
    try (LoopbackSpoc spoc = enrolledWithARealSpoc()) {
      Ui ui = show(robot);
      SyncScreenFixture.waitUntil(() -> ui.text("send-waiting").startsWith("30 reports"));
      assertTrue(ui.text("send-destination").contains(spoc.url()));

      ui.click("send-now");

      SyncScreenFixture.waitUntil(() -> !summary(ui).isEmpty());
      assertEquals("Sent 30 of 30", ui.text("send-progress-text"));
      assertEquals(
          List.of(
              "Received by the SPOC: 30",
              "Needs attention: 0",
              "Still waiting: 0",
              "Every report has been received by the SPOC."),
          summary(ui));
      assertEquals("Received by the SPOC: 30", ui.text("send-summary-0"));
      assertEquals(REPORTS, spoc.store.reportCount(), "each report once at the SPOC");
      SyncScreenFixture.waitUntil(() -> ui.text("send-waiting").startsWith("0 reports"));
    }
  }

  @Test
  void theSummaryCountsTheReferralsSentAndThoseStillWaiting(FxRobot robot) throws Exception {
    // Two reports whose person agreed to Victim Support, each referred there. The SPOC never gets
    // the second report (it needs attention here), so it cannot take that referral yet.
    Report sent =
        ReportBuilder.full().id(UUID.randomUUID()).reference(new Reference("TWL", 901)).build();
    Report held =
        ReportBuilder.full().id(UUID.randomUUID()).reference(new Reference("TWL", 902)).build();
    CentreServices.on(fixture.store).reports().importAll(List.of(sent, held), "test");
    CentreServices.on(fixture.store).sync().markSending(List.of(held.meta().id()));
    CentreServices.on(fixture.store)
        .sync()
        .record(
            List.of(
                new SpocAnswer.NeedsAttention(
                    held.meta().id(), SpocAnswer.Kind.REJECTED, "Checked by hand first.")));
    SupportService victimSupport =
        org.reportingcentre.desktop.directory.DirectorySource.sample().services().stream()
            .filter(s -> s.id().equals("victim-support"))
            .findFirst()
            .orElseThrow();
    CentreServices.on(fixture.store).referrals().refer(sent.meta().reference(), victimSupport);
    CentreServices.on(fixture.store).referrals().refer(held.meta().reference(), victimSupport);
    try (LoopbackSpoc spoc = enrolledWithARealSpoc()) {
      Ui ui = show(robot);

      ui.click("send-now");

      SyncScreenFixture.waitUntil(() -> !summary(ui).isEmpty());
      assertEquals(
          List.of(
              "Received by the SPOC: 31",
              "Needs attention: 1",
              "Still waiting: 0",
              "Referrals received by the SPOC: 1",
              "Referrals still waiting: 1"),
          summary(ui));
      assertEquals(1, spoc.store.referrals(Optional.of(AppFixture.CENTRE), 10).size());
      assertEquals(
          List.of(held.meta().reference()),
          CentreServices.on(fixture.store).referrals().waiting().stream()
              .map(r -> r.reference())
              .toList());
    }
  }

  @Test
  void cancelWhileTheSpocIsSlowLeavesEveryReportQueuedAndSaysSo(FxRobot robot) throws Exception {
    CountDownLatch batchArrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new SlowSpoc(batchArrived, release));
      server.start();
      CentreServices.on(fixture.store)
          .sync()
          .saveLink(
              new SpocLink(
                  "http://127.0.0.1:" + server.getPort(),
                  "spoc-test",
                  "Townsley SPOC",
                  "rcs_test-token",
                  Instant.parse("2026-11-20T10:00:00Z"),
                  "amira"));
      Ui ui = show(robot);

      ui.click("send-now");
      assertTrue(batchArrived.await(20, TimeUnit.SECONDS), "the first batch is at the SPOC");
      assertTrue(ui.call(() -> vm.running.get()));
      ui.click("send-cancel");

      SyncScreenFixture.waitUntil(() -> !summary(ui).isEmpty());
      release.countDown();
      assertEquals(
          "Sending was cancelled. Every report not yet answered is still queued and will be sent"
              + " later.",
          summary(ui).get(0));
      assertTrue(summary(ui).contains("Still waiting: 30"), summary(ui).toString());
      assertEquals(
          REPORTS,
          CentreServices.on(fixture.store).sync().allDetails().stream()
              .filter(d -> d.status() == ReportStatus.SAVED)
              .count(),
          "every report is back to saved on this computer, none marked received");
      assertTrue(!ui.node("send-now").isDisabled(), "Send now can be pressed again");
    }
  }

  @Test
  void theDaysToKeepAreSavedAndANonsenseNumberIsRefusedPlainly(FxRobot robot) throws Exception {
    Ui ui = show(robot);
    SyncScreenFixture.waitUntil(() -> ui.text("keep-days").equals("30"));

    ui.fill("keep-days", "forty").click("keep-save");
    assertEquals("Enter a whole number of days from 0 to 36500", ui.text("error-keep-days"));
    assertEquals(30, CentreServices.on(fixture.store).sync().keepDays());

    ui.fill("keep-days", "14").click("keep-save");
    SyncScreenFixture.waitUntil(() -> !ui.text("keep-result").isEmpty());
    assertEquals(
        "Saved. Identifying details will be removed 14 days after the SPOC’s receipt.",
        ui.text("keep-result"));
    assertEquals(14, CentreServices.on(fixture.store).sync().keepDays());
  }

  /** A SPOC that answers its health check, then holds the batch until the test lets it go. */
  private static final class SlowSpoc extends Dispatcher {
    private final CountDownLatch arrived;
    private final CountDownLatch release;

    SlowSpoc(CountDownLatch arrived, CountDownLatch release) {
      this.arrived = arrived;
      this.release = release;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      if (request.getUrl().encodedPath().equals(Protocol.HEALTH_PATH)) {
        try {
          return new MockResponse.Builder()
              .code(200)
              .setHeader("Content-Type", "application/json")
              .body(
                  ExchangeFormat.newObjectMapper()
                      .writeValueAsString(
                          new Health(
                              Protocol.SERVICE_NAME, Protocol.VERSION, "spoc-test", Instant.EPOCH)))
              .build();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      arrived.countDown();
      release.await(30, TimeUnit.SECONDS);
      return new MockResponse.Builder().code(503).build();
    }
  }
}
