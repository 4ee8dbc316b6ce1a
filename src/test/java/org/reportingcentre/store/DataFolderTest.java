package org.reportingcentre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataFolderTest {
  private static final Map<String, String> NO_ENV = Map.of();

  @Test
  void linuxUsesTheXdgDataFolder() {
    assertEquals(
        Path.of("/home/ana/.local/share/reporting-centre"),
        DataFolder.resolve(Optional.empty(), NO_ENV, "Linux", "/home/ana"));
    assertEquals(
        Path.of("/data/xdg/reporting-centre"),
        DataFolder.resolve(
            Optional.empty(), Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", "/home/ana"));
  }

  @Test
  void windowsUsesAppData() {
    assertEquals(
        Path.of("C:/Users/ana/AppData/Roaming", "Reporting Centre"),
        DataFolder.resolve(
            Optional.empty(),
            Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"),
            "Windows 11",
            "C:/Users/ana"));
  }

  @Test
  void macUsesApplicationSupport() {
    assertEquals(
        Path.of("/Users/ana/Library/Application Support/Reporting Centre"),
        DataFolder.resolve(Optional.empty(), NO_ENV, "Mac OS X", "/Users/ana"));
  }

  @Test
  void theEnvironmentVariableOverridesTheDefaultAndTheOptionOverridesBoth() {
    Map<String, String> env = Map.of("REPORTING_CENTRE_HOME", "/srv/centre");
    assertEquals(
        Path.of("/srv/centre"), DataFolder.resolve(Optional.empty(), env, "Linux", "/home/ana"));
    assertEquals(
        Path.of("/tmp/other"),
        DataFolder.resolve(Optional.of(Path.of("/tmp/other")), env, "Linux", "/home/ana"));
  }
}
