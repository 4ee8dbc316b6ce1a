package org.reportingcentre.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the centre's data lives: {@code --data-dir} if given, else {@code REPORTING_CENTRE_HOME},
 * else the operating system's usual place for application data.
 */
public final class DataFolder {
  public static final String ENVIRONMENT_VARIABLE = "REPORTING_CENTRE_HOME";
  private static final String APP = "reporting-centre";

  private DataFolder() {}

  /**
   * @param explicit the folder given on the command line, if any
   * @param env the process environment
   * @param osName the {@code os.name} system property
   * @param userHome the {@code user.home} system property
   */
  public static Path resolve(
      Optional<Path> explicit, Map<String, String> env, String osName, String userHome) {
    if (explicit.isPresent()) {
      return explicit.get().toAbsolutePath().normalize();
    }
    String fromEnv = env.get(ENVIRONMENT_VARIABLE);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv).toAbsolutePath().normalize();
    }
    String os = osName.toLowerCase(Locale.ROOT);
    Path home = Path.of(userHome);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base =
          appData == null || appData.isBlank() ? home.resolve("AppData/Roaming") : Path.of(appData);
      return base.resolve("Reporting Centre");
    }
    if (os.contains("mac")) {
      return home.resolve("Library/Application Support/Reporting Centre");
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg);
    return base.resolve(APP);
  }

  /** The folder for this process, from its real environment. */
  public static Path resolve(Optional<Path> explicit) {
    return resolve(
        explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
  }
}
