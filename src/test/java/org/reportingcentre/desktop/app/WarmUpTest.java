package org.reportingcentre.desktop.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** The store's classes load in the background a moment after the first screen is drawn. */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class WarmUpTest {
  @TempDir Path temp;

  @Test
  void aWarmUpThatComesAfterTheWindowClosedDoesNothing() throws Exception {
    ExecutorService background = Executors.newSingleThreadExecutor();
    AppFixture fixture = new AppFixture(temp.resolve("centre")).withStore();
    fixture.threads = new Threads(background, Platform::runLater);
    FxToolkit.setupStage(fixture::start);
    background.shutdown();
    assertDoesNotThrow(() -> ReportingCentreApp.warmUp(background, fixture.folder));
  }
}
