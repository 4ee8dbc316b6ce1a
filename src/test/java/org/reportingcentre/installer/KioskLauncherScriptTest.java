package org.reportingcentre.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.testing.SlowTest;

/** The Linux kiosk launcher restarts the app with --kiosk until staff switch it off. */
@SlowTest
class KioskLauncherScriptTest {
  @TempDir Path home;

  @Test
  void theAppIsStartedInKioskModeAgainAfterEveryExitUntilSwitchedOff() throws Exception {
    Path log = home.resolve("starts.log");
    Path stop = home.resolve(".config/reporting-centre/kiosk-off");
    Path fakeApp = home.resolve("fake-app");
    // Each start records its arguments; the third one switches the kiosk off, as staff would.
    Files.writeString(
        fakeApp,
        "#!/bin/sh\n"
            + "echo \"$@\" >> '"
            + log
            + "'\n"
            + "if [ $(wc -l < '"
            + log
            + "') -ge 3 ]; then mkdir -p '"
            + stop.getParent()
            + "' && touch '"
            + stop
            + "'; fi\n");
    Files.setPosixFilePermissions(fakeApp, PosixFilePermissions.fromString("rwx------"));

    ProcessBuilder builder =
        new ProcessBuilder("/bin/sh", "installer/linux/reporting-centre-kiosk").inheritIO();
    builder.environment().put("HOME", home.toString());
    builder.environment().remove("XDG_CONFIG_HOME");
    builder.environment().put("REPORTING_CENTRE_APP", fakeApp.toString());
    builder.environment().put("REPORTING_CENTRE_KIOSK_PAUSE", "0");
    Process launcher = builder.start();
    assertTrue(
        launcher.waitFor(30, TimeUnit.SECONDS), "the launcher should stop when switched off");

    assertEquals(List.of("--kiosk", "--kiosk", "--kiosk"), Files.readAllLines(log));
  }
}
