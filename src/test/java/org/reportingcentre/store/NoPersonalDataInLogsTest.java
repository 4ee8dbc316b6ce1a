package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.report.Report;
import org.slf4j.LoggerFactory;

/** Even with every logger turned up to TRACE, nothing a person typed reaches a log line. */
class NoPersonalDataInLogsTest {
  @TempDir Path folder;
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Logger root;
  private Level previous;

  @BeforeEach
  void captureEverything() {
    root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    previous = root.getLevel();
    root.setLevel(Level.TRACE);
    captured.start();
    root.addAppender(captured);
  }

  @AfterEach
  void restore() {
    root.detachAppender(captured);
    root.setLevel(previous);
  }

  @Test
  void savingViewingAndFailingLogNoReportTextAndNoPassword() throws Exception {
    String marker = "PERSONAL-" + System.nanoTime();
    try (CentreStore store = StoreFixtures.create(folder).store()) {
      Report report = StoreFixtures.report(store.reports().nextReference(), marker);
      store.reports().save(report);
      store.reports().view(report.meta().reference());
      store.reports().export("json", "test");
    }
    assertThrows(
        StoreException.WrongCredentials.class,
        () ->
            CentreStore.open(
                folder, "amira", ("wrong" + marker).toCharArray(), StoreFixtures.options()));

    String everything =
        captured.list.stream()
            .map(
                e ->
                    e.getFormattedMessage()
                        + " "
                        + String.valueOf(
                            e.getThrowableProxy() == null
                                ? ""
                                : e.getThrowableProxy().getMessage()))
            .collect(Collectors.joining("\n"));
    assertTrue(captured.list.size() > 0, "the capture itself should see log lines");
    assertFalse(everything.contains(marker), "personal text reached the log");
    assertFalse(everything.contains(new String(StoreFixtures.MANAGER_PASSWORD)), "password in log");
    assertFalse(Files.exists(folder.resolve(CentreStore.DATABASE_NAME + ".trace.db")));
  }
}
