package org.reportingcentre.desktop.directory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.app.ReportingCentreApp;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.KeyRing;
import org.reportingcentre.store.StoreOptions;
import org.reportingcentre.store.UnlockThrottle;
import org.reportingcentre.testing.MutableClock;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The referral screen over a real encrypted store, for a report without consent (the screen with
 * consent is walked through in {@link DirectoryFromHomeTest}).
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class ReferralViewTest {
  @TempDir Path temp;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
  private final Messages text = Messages.forLocale(Locale.UK);
  private CentreStore store;

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private void mount(Report report) throws Exception {
    store =
        CentreStore.create(
                temp.resolve("centre"),
                "TWL",
                "Townsley Library",
                "amira",
                "correct horse battery".toCharArray(),
                new StoreOptions(
                    clock,
                    new SecureRandom(),
                    UnlockThrottle.inMemory(),
                    d -> {},
                    KeyRing.MIN_ITERATIONS))
            .store();
    CentreServices.on(store).reports().importAll(List.of(report), "test");
    FxToolkit.setupStage(
        (Stage stage) -> {
          ReferralViewModel vm =
              new ReferralViewModel(
                  text,
                  report.meta().reference(),
                  CentreServices.on(store).referrals(),
                  Threads.sameThread(),
                  DirectorySource::sample,
                  ZoneId.of("Europe/London"));
          ReferralView view = new ReferralView(new Form(text), vm, () -> {});
          vm.load();
          Scene scene = new Scene(view.root(), 1000, 760);
          scene
              .getStylesheets()
              .add(
                  ReportingCentreApp.class
                      .getResource(ReportingCentreApp.STYLESHEET)
                      .toExternalForm());
          stage.setScene(scene);
          stage.show();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void withoutConsentTheScreenSaysSoAndOffersNothing(FxRobot robot) throws Exception {
    Report report =
        ReportBuilder.minimal().id(UUID.randomUUID()).reference(new Reference("TWL", 403)).build();
    mount(report);
    Ui ui = new Ui(robot);

    assertTrue(ui.showing("referral-no-consent"));
    assertTrue(
        robot.lookup(".button").queryAll().stream()
            .noneMatch(b -> b.getId() != null && b.getId().startsWith("refer-")));
  }
}
