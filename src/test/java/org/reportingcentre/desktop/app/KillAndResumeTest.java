package org.reportingcentre.desktop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.testing.SlowTest;

/**
 * Nothing is lost: the real app in its own process (headless Monocle), some questions answered and
 * a long answer typed without Continue, then {@code kill -9}. Started again, the draft is offered
 * under Continue a report and opens at the question where it stopped, with every answer back.
 */
@SlowTest
class KillAndResumeTest {
  @TempDir Path temp;

  /** One running copy of the app, spoken to through its standard input and output. */
  private static final class Desktop implements AutoCloseable {
    final Process process;
    final PrintWriter in;
    final BufferedReader out;

    Desktop(Path folder) throws Exception {
      ProcessBuilder builder =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp",
              System.getProperty("java.class.path"),
              "-Dglass.platform=Monocle",
              "-Dmonocle.platform=Headless",
              "-Dprism.order=sw",
              "-Djava.awt.headless=true",
              ScriptedDesktop.class.getName(),
              folder.toString());
      builder.redirectErrorStream(true);
      process = builder.start();
      in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
      out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    String send(String command) throws Exception {
      in.println(command);
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("@@ ")) {
          return line.substring(3);
        }
      }
      throw new AssertionError("the app stopped while answering: " + command);
    }

    void ok(String... commands) throws Exception {
      for (String command : commands) {
        assertEquals("ok", send(command), command);
      }
    }

    @Override
    public void close() throws Exception {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void killedMidQuestionTheDraftComesBackWithEveryAnswer() throws Exception {
    AppFixture fixture = new AppFixture(temp.resolve("data")).withStore();
    String typed = "They painted words on our door and threw a brick.";
    try (Desktop first = new Desktop(fixture.folder)) {
      first.ok(
          "wait user",
          "fill user ben",
          "fill password " + AppFixture.PASSWORD,
          "click sign-in",
          "wait start",
          "click start",
          "click continue",
          "click role-on-behalf",
          "fill relationship Neighbour",
          "click continue",
          "click anonymous-no",
          "click continue",
          "click types-graffiti",
          "click types-property-damage",
          "click continue",
          "fill description " + typed);
      // Typing is saved within 2 seconds of the last keystroke, without Continue.
      Thread.sleep(2_500);
      first.process.destroyForcibly();
      assertTrue(first.process.waitFor(10, TimeUnit.SECONDS));
      assertEquals(137, first.process.exitValue(), "killed with SIGKILL");
    }

    try (Desktop second = new Desktop(fixture.folder)) {
      second.ok(
          "wait user",
          "fill user ben",
          "fill password " + AppFixture.PASSWORD,
          "click sign-in",
          "wait resume-0",
          "click resume-0");
      assertEquals("Tell us what happened, in your own words", second.send("get heading"));
      assertEquals(typed, second.send("get description"));
      second.ok("click back");
      assertEquals(
          List.of("true", "true", "false"),
          List.of(
              second.send("get types-graffiti"),
              second.send("get types-property-damage"),
              second.send("get types-arson")));
      second.ok("click back");
      assertEquals("true", second.send("get anonymous-no"));
      second.ok("click back");
      assertEquals("true", second.send("get role-on-behalf"));
      assertEquals("Neighbour", second.send("get relationship"));
    }
  }
}
