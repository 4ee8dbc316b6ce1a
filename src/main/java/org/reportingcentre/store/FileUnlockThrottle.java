package org.reportingcentre.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Counts failures in a small file in the user's cache folder, outside the data folder, so that the
 * delay grows across separate command-line runs too. If the cache cannot be written the throttle
 * falls back to no memory of failures: it must never stop a right password from working.
 */
public final class FileUnlockThrottle implements UnlockThrottle {
  private final Path folder;

  public FileUnlockThrottle(Path folder) {
    this.folder = folder;
  }

  /** The usual cache folder for this user. */
  public static Path defaultFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg == null || xdg.isBlank()
            ? Path.of(System.getProperty("user.home"), ".cache")
            : Path.of(xdg);
    return base.resolve("reporting-centre");
  }

  @Override
  public Duration delayBeforeAttempt(String storeKey) {
    return UnlockThrottle.delayAfter(read(storeKey));
  }

  @Override
  public void recordFailure(String storeKey) {
    write(storeKey, read(storeKey) + 1);
  }

  @Override
  public void recordSuccess(String storeKey) {
    try {
      Files.deleteIfExists(file(storeKey));
    } catch (IOException e) {
      // Nothing to do: a stale count only adds a short delay.
    }
  }

  private int read(String storeKey) {
    try {
      return Integer.parseInt(Files.readString(file(storeKey), StandardCharsets.US_ASCII).strip());
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  private void write(String storeKey, int failures) {
    try {
      Files.createDirectories(folder);
      Files.writeString(file(storeKey), Integer.toString(failures), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      // See the class comment: a throttle that cannot write simply does not slow down.
    }
  }

  private Path file(String storeKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(storeKey.getBytes(StandardCharsets.UTF_8));
      return folder.resolve("unlock-" + HexFormat.of().formatHex(digest, 0, 8) + ".count");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
