package org.reportingcentre.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.testing.TestReports;

/** Real stores in temporary folders, and reports to put in them. */
public final class StoreFixtures {
  public static final String CENTRE = "TWL";
  public static final String MANAGER = "amira";
  public static final char[] MANAGER_PASSWORD = "correct horse battery".toCharArray();

  /** Delays the throttle asked for, instead of sleeping through them. */
  public static final List<Duration> SLEPT = new ArrayList<>();

  private StoreFixtures() {}

  public static StoreOptions options() {
    return new StoreOptions(
        Clock.systemUTC(),
        new SecureRandom(),
        UnlockThrottle.inMemory(),
        SLEPT::add,
        KeyRing.MIN_ITERATIONS);
  }

  public static CentreStore.Created create(Path folder) throws StoreException {
    return CentreStore.create(
        folder, CENTRE, "Townsley Library", MANAGER, MANAGER_PASSWORD.clone(), options());
  }

  /** Few key-derivation rounds, for tests that are not about the keyring. */
  public static final StoreOptions FAST = fastAt(Clock.systemUTC());

  /** As {@link #FAST}, on a clock the test controls. */
  public static StoreOptions fastAt(Clock clock) {
    return new StoreOptions(clock, new SecureRandom(), UnlockThrottle.inMemory(), d -> {}, 1_000);
  }

  /** A new store with few key-derivation rounds (see {@link #FAST}). */
  public static CentreStore.Created createFast(Path folder) throws StoreException {
    return CentreStore.create(
        folder, CENTRE, "Townsley Library", MANAGER, MANAGER_PASSWORD.clone(), FAST);
  }

  /** The store's jOOQ context, for tests that change rows behind the repositories' back. */
  public static org.jooq.DSLContext dsl(CentreStore store) {
    return store.dsl();
  }

  public static Report report(Reference reference, String description) {
    return TestReports.report(reference, description);
  }

  /** Starts a JVM that opens the store and keeps it open until its input is closed. */
  public static Process holdOpenInAnotherProcess(Path folder) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            HoldStoreOpen.class.getName(),
            folder.toString(),
            MANAGER);
    builder.environment().put("RC_PASSWORD", new String(MANAGER_PASSWORD));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
    String line;
    while ((line = out.readLine()) != null && !line.equals("open")) {
      // Skip start-up output until the store is open.
    }
    if (line == null) {
      throw new IllegalStateException("The holding process could not open the store");
    }
    return process;
  }

  public static Map<String, String> hashes(Path folder) throws IOException {
    return org.reportingcentre.testing.Files2.hashes(folder);
  }

  /** True if any file under the folder contains the bytes. */
  public static boolean anyFileContains(Path folder, byte[] needle) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] haystack = Files.readAllBytes(file);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
          for (int j = 0; j < needle.length; j++) {
            if (haystack[i + j] != needle[j]) {
              continue outer;
            }
          }
          return true;
        }
      }
    }
    return false;
  }
}
