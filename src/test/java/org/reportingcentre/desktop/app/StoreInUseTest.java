package org.reportingcentre.desktop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.store.HoldStoreOpen;
import org.reportingcentre.testing.Files2;
import org.reportingcentre.testing.ScreenTest;
import org.reportingcentre.testing.SlowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Another copy of the program has the store open: sign-in says so in plain words, stays on the
 * sign-in page with the name typed, changes no file, and works once the other copy has closed.
 */
@SlowTest
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class StoreInUseTest {
  @TempDir Path temp;
  private AppFixture fixture;
  private Process holder;

  @Start
  void start(Stage stage) throws Exception {
    fixture = new AppFixture(temp.resolve("data")).withStore();
    holder = holdOpen(fixture.folder);
    fixture.start(stage);
  }

  @AfterEach
  void release() throws Exception {
    if (holder.isAlive()) {
      holder.getOutputStream().close();
      holder.waitFor(20, TimeUnit.SECONDS);
      holder.destroyForcibly();
    }
  }

  @Test
  void signingInWhileAnotherCopyHoldsTheStoreSaysItIsInUseAndChangesNothing(FxRobot robot)
      throws Exception {
    var before = Files2.hashes(fixture.folder);
    Ui ui = new Ui(robot);
    ui.fill("user", AppFixture.VOLUNTEER).fill("password", AppFixture.PASSWORD).click("sign-in");

    assertEquals("Sign in", ui.heading());
    assertTrue(ui.title().startsWith("Error: "), ui.title());
    assertTrue(ui.text("error-user").contains("in use"), ui.text("error-user"));
    assertTrue(ui.text("error-user").contains("Close it and try again"), ui.text("error-user"));
    assertEquals(AppFixture.VOLUNTEER, ui.text("user"), "the name typed is kept");
    assertEquals(before, Files2.hashes(fixture.folder));

    holder.getOutputStream().close();
    assertTrue(holder.waitFor(20, TimeUnit.SECONDS), "the other copy closed");
    ui.fill("password", AppFixture.PASSWORD).click("sign-in");
    assertEquals("What do you want to do?", ui.heading(), "home is shown once it is free");
  }

  /** Starts a separate JVM that opens the store and holds it until its input closes. */
  private static Process holdOpen(Path folder) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            HoldStoreOpen.class.getName(),
            folder.toString(),
            AppFixture.MANAGER);
    builder.environment().put("RC_PASSWORD", AppFixture.PASSWORD);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null && !line.equals("open")) {
      // Start-up output until the store is open.
    }
    if (line == null) {
      throw new IllegalStateException("The holding process could not open the store");
    }
    return process;
  }
}
