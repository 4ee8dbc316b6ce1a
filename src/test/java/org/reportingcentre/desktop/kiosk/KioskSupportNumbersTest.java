package org.reportingcentre.desktop.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.protocol.Directory;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.Reference;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The kiosk reads the centre's cached directory in the background, not on the screen's thread: it
 * works while the read is slow (showing the national numbers), and shows the directory's numbers
 * once they are read.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class KioskSupportNumbersTest {
  @TempDir Path temp;
  private KioskFixture fixture;

  /**
   * The app's background thread, except that work asked for once the kiosk has started waits until
   * the test lets it go: a directory read that is taking its time.
   */
  private final List<Runnable> held = new ArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    Path folder = temp.resolve("data");
    AppFixture made = new AppFixture(folder);
    made.kdfIterations = 1_000; // not about sign-in
    made.withStore();
    try (CentreStore store = made.open(AppFixture.MANAGER)) {
      CentreServices.on(store)
          .sync()
          .saveDirectory(
              new Directory(
                  3,
                  Instant.parse("2026-11-01T09:00:00Z"),
                  List.of(
                      new SupportService(
                          "townsley-advice",
                          "Townsley Advice Line",
                          "Advice for anyone in Townsley.",
                          Set.of(),
                          Optional.of("020 7946 0101"),
                          Optional.empty(),
                          List.of("en"),
                          Optional.empty(),
                          false,
                          false,
                          Set.of(),
                          Optional.empty()))),
              Optional.empty());
    }
    fixture = new KioskFixture(folder);
    fixture.app.kdfIterations = 1_000;
    Executor background =
        work -> {
          if (fixture.app.app != null && fixture.app.app.kiosk().isPresent()) {
            held.add(work);
          } else {
            work.run();
          }
        };
    fixture.app.threads = new Threads(background, Runnable::run);
    fixture.start(stage);
  }

  @AfterEach
  void stop() {
    fixture.stop();
  }

  private static String supportLines(Ui ui) {
    return String.join("\n", KioskFixture.texts(ui.node("support-numbers")));
  }

  @Test
  void theKioskWorksWhileTheDirectoryIsReadAndShowsItsNumbersOnceRead(FxRobot robot) {
    Ui ui = fixture.signIn(robot);
    assertFalse(held.isEmpty(), "the directory is read in the background, not on this thread");

    // The read has not finished: the kiosk works, and its confirmation gives the national numbers.
    robot.interact(
        () -> {
          fixture.kiosk().startReport();
          fixture.kiosk().visit.get().wizard().sent.set(new Reference("TWL", 7));
        });
    assertEquals("Thank you. Your report is saved.", ui.heading());
    assertTrue(supportLines(ui).contains("08 08 16 89 111"), supportLines(ui));
    assertFalse(supportLines(ui).contains("Townsley Advice Line"), supportLines(ui));

    robot.interact(
        () -> {
          List<Runnable> now = List.copyOf(held);
          held.clear();
          now.forEach(Runnable::run);
        });

    assertEquals("Thank you. Your report is saved.", ui.heading(), "the same page, redrawn");
    assertEquals(new Reference("TWL", 7).toString(), ui.text("reference"));
    assertEquals("Townsley Advice Line: 020 7946 0101", supportLines(ui));
  }
}
