package org.reportingcentre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.store.HoldStoreOpen;
import org.reportingcentre.store.KeyRing;
import org.reportingcentre.testing.Files2;
import org.reportingcentre.testing.SlowTest;

/** The real entry point in its own JVM: exit codes as a script sees them. */
@SlowTest
class SeparateProcessTest {
  @TempDir Path temp;

  private ProcessBuilder java(Class<?> main, String... args) {
    var command = new java.util.ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(java.util.List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("REPORTING_CENTRE_HOME", temp.resolve("data").toString());
    env.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    env.put("RC_PASSWORD", Cli.MANAGER_PASSWORD);
    return builder;
  }

  private static String run(Process process, int[] exit) throws Exception {
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    exit[0] = process.exitValue();
    return err;
  }

  @Test
  void aStoreHeldOpenByAnotherProgramExitsWithFiveSaysInUseAndChangesNothing() throws Exception {
    Path data = temp.resolve("data");
    assertEquals(0, new Cli(data, KeyRing.MIN_ITERATIONS).init().code());
    Process holder = java(HoldStoreOpen.class, data.toString(), "amira").start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null && !line.equals("open")) {
        // wait until the other program has the store open
      }
      var before = Files2.hashes(data);
      int[] exit = new int[1];
      String err = run(java(Main.class, "list").start(), exit);
      assertEquals(ExitCode.STORE_ERROR, exit[0], err);
      assertTrue(err.contains("in use by another copy"), err);
      assertEquals(before, Files2.hashes(data));
    } finally {
      holder.getOutputStream().close();
      holder.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aWrongPasswordExitsWithThreeFromTheRealEntryPoint() throws Exception {
    Path data = temp.resolve("data");
    assertEquals(0, new Cli(data, KeyRing.MIN_ITERATIONS).init().code());
    ProcessBuilder builder = java(Main.class, "list");
    builder.environment().put("RC_PASSWORD", "not the password at all");
    int[] exit = new int[1];
    String err = run(builder.start(), exit);
    assertEquals(ExitCode.WRONG_USER_OR_PASSWORD, exit[0], err);
    assertTrue(err.contains("user name or password is not right"), err);
  }
}
