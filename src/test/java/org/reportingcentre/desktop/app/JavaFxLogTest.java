package org.reportingcentre.desktop.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * The desktop start drops JavaFX's one warning about running from the class path (it costs every
 * start about 10 ms to write, docs/performance.md "Fast start, fourth pass"), and nothing else
 * JavaFX says.
 */
class JavaFxLogTest {
  @Test
  void theClassPathWarningIsDropped() {
    assertTrue(
        DesktopLauncher.isClassPathWarning(
            new LogRecord(
                Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module"
                    + " @1b6d3586'")));
  }

  @Test
  void everyOtherJavaFxMessageIsKept() {
    assertFalse(
        DesktopLauncher.isClassPathWarning(
            new LogRecord(
                Level.WARNING,
                "Could not resolve '-rc-text' while resolving lookups for '-fx-fill'")));
    assertFalse(
        DesktopLauncher.isClassPathWarning(
            new LogRecord(Level.SEVERE, "Unsupported pipeline: es2 (JavaFX configuration)")));
    assertFalse(DesktopLauncher.isClassPathWarning(new LogRecord(Level.WARNING, null)));
  }
}
