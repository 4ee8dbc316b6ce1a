package org.reportingcentre.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** File checks shared by tests. */
public final class Files2 {
  private Files2() {}

  /** SHA-256 of every file under the folder, by relative path: equal maps mean nothing changed. */
  public static Map<String, String> hashes(Path folder) throws IOException {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        try {
          byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
          result.put(folder.relativize(file).toString(), HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return result;
  }

  /** Deletes the folder and everything in it, for programs that make their own temporary folder. */
  public static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
