package org.reportingcentre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which arguments open the desktop app straight away, and which go to the command line. */
class DesktopStartTest {
  private static Optional<Main.DesktopStart> parse(String... args) {
    return Main.DesktopStart.parse(args);
  }

  @Test
  void noArgumentsKioskAndDataDirOpenTheDesktop() {
    assertEquals(Optional.of(new Main.DesktopStart(Optional.empty(), false)), parse());
    assertEquals(Optional.of(new Main.DesktopStart(Optional.empty(), true)), parse("--kiosk"));
    assertEquals(
        Optional.of(new Main.DesktopStart(Optional.of(Path.of("/tmp/x")), true)),
        parse("--data-dir", "/tmp/x", "--kiosk"));
    assertEquals(
        Optional.of(new Main.DesktopStart(Optional.of(Path.of("/tmp/x")), false)),
        parse("--data-dir=/tmp/x"));
  }

  @Test
  void commandsHelpAndMistakesGoToTheCommandLine() {
    assertEquals(Optional.empty(), parse("list"));
    assertEquals(Optional.empty(), parse("--help"));
    assertEquals(Optional.empty(), parse("--data-dir"));
    assertEquals(Optional.empty(), parse("--kiosk", "--kiosk"));
    assertEquals(Optional.empty(), parse("--data-dir", "/a", "--data-dir", "/b"));
    assertEquals(Optional.empty(), parse("--data-dir", "/a", "init"));
  }
}
