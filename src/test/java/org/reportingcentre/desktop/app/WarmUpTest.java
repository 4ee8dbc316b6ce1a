package org.reportingcentre.desktop.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's and the network's classes load in the background a moment after the first screen is
 * drawn: one task, off the JavaFX thread, that leaves the data folder as it was and never fails a
 * window closed before it began.
 */
class WarmUpTest {
  @TempDir Path temp;

  @Test
  void theWarmUpIsOneBackgroundTaskThatWritesNothing() throws Exception {
    Path folder = temp.resolve("centre");
    List<Runnable> queued = new ArrayList<>();

    ReportingCentreApp.warmUp(queued::add, folder);

    assertTrue(ReportingCentreApp.WARM_UP, "the warm-up is on unless switched off");
    assertEquals(1, queued.size(), "one task handed to the background thread, none run here");
    queued.get(0).run();
    assertFalse(Files.exists(folder), "warming up must not make a data folder or a store");
    try (var left = Files.list(temp)) {
      assertEquals(0, left.count(), "nothing written beside it either");
    }
  }

  @Test
  void aWarmUpThatComesAfterTheWindowClosedDoesNothing() {
    ExecutorService closed = Executors.newSingleThreadExecutor();
    closed.shutdown();

    assertDoesNotThrow(() -> ReportingCentreApp.warmUp(closed, temp.resolve("centre")));
    assertTrue(closed.isTerminated(), "no work was given to the closed background thread");
  }
}
