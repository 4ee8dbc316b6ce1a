package org.reportingcentre.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportingcentre.store.KeyRing;
import org.reportingcentre.store.StoreOptions;
import org.reportingcentre.store.UnlockThrottle;

/** Runs the real command line in-process with a scripted environment and input. */
final class Cli {
  static final String MANAGER_PASSWORD = "correct horse battery";

  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
  }

  final Map<String, String> env = new HashMap<>();
  final Path dataDir;
  String stdin = "";
  final StoreOptions options;

  /**
   * Few key-derivation rounds (1,000, as {@code StoreFixtures.FAST}): these tests are about the
   * commands, and every command that opens the store derives a key, 600,000 rounds each at the real
   * setting. The real rounds are tested with the keyring (store tests) and by {@link
   * SeparateProcessTest}, which runs the real entry point.
   */
  Cli(Path dataDir) {
    this(dataDir, 1_000);
  }

  /**
   * @param rounds key-derivation rounds for the keyrings this makes; the real entry point refuses a
   *     keyring under {@link KeyRing#MIN_ITERATIONS} as tampered with
   */
  Cli(Path dataDir, int rounds) {
    this.dataDir = dataDir;
    this.options =
        new StoreOptions(
            Clock.systemUTC(), new SecureRandom(), UnlockThrottle.inMemory(), d -> {}, rounds);
    env.put("REPORTING_CENTRE_HOME", dataDir.toString());
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(
            Map.copyOf(env),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out),
            new PrintWriter(err),
            options,
            o -> {
              throw new AssertionError("the desktop app should not start in this test");
            });
    int code = CommandLineApp.run(context, args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs as the manager, with the password in RC_PASSWORD. */
  Result asManager(String... args) {
    env.put("RC_PASSWORD", MANAGER_PASSWORD);
    try {
      return run(args);
    } finally {
      env.remove("RC_PASSWORD");
    }
  }

  Result init() {
    env.put("RC_PASSWORD", MANAGER_PASSWORD);
    try {
      return run(
          "init",
          "--centre-code",
          "TWL",
          "--centre-name",
          "Townsley Library",
          "--manager",
          "amira");
    } finally {
      env.remove("RC_PASSWORD");
    }
  }

  static List<String> lines(String text) {
    return new ArrayList<>(text.lines().toList());
  }
}
