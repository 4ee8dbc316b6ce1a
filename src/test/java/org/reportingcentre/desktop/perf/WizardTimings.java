package org.reportingcentre.desktop.perf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.HeadlessFx;
import org.reportingcentre.testing.Files2;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Measures for docs/performance.md the time of Continue (check the page, save the draft to the
 * encrypted store, build and lay out the next page) and of Send (validate, next reference, save,
 * drop the draft), on the real store, headless. Store work runs on the calling thread here, so
 * these are the whole cost; in the app the save runs in the background. A program, not a test: run
 * it with {@code tools/test-main.sh org.reportingcentre.desktop.perf.WizardTimings}.
 */
public final class WizardTimings {
  private WizardTimings() {}

  public static void main(String[] args) {
    HeadlessFx.run(
        stage -> {
          Path temp = Files.createTempDirectory("rc-wizard-timings");
          try {
            AppFixture fixture = new AppFixture(temp.resolve("data")).withStore();
            FxToolkit.setupStage(fixture::start);
            continueAndSend(new FxRobot(), fixture);
          } finally {
            Files2.deleteTree(temp);
          }
        });
  }

  private static void continueAndSend(FxRobot robot, AppFixture fixture) {
    Parent root = fixture.app.root();
    set(robot, root, "user", AppFixture.VOLUNTEER);
    set(robot, root, "password", AppFixture.PASSWORD);
    press(robot, root, "sign-in");
    List<Double> continues = new ArrayList<>();
    List<Double> sends = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      press(robot, root, "start");
      String[][] pages = {
        {},
        {"role-victim"},
        {"anonymous-no"},
        {"types-verbal-abuse"},
        {"=description=Shouted at in the street."},
        {"motivations-race"},
        {"when-today"},
        {"locationType-street"},
        {"injured-no", "damageOrLoss-no"},
        {"canDescribe-no"},
        {"othersSaw-no"},
        {"happenedBefore-no", "reportedBefore-no"},
        {"=name=Sam"},
        {"police-without-name", "victimSupport-no", "otherServices-no"},
        {"contactBack-no"},
      };
      for (String[] page : pages) {
        for (String action : page) {
          if (action.startsWith("=")) {
            String[] parts = action.split("=", 3);
            set(robot, root, parts[1], parts[2]);
          } else {
            press(robot, root, action);
          }
        }
        continues.add(timed(robot, root, "continue"));
      }
      sends.add(timed(robot, root, "send"));
      press(robot, root, "home");
    }
    System.out.println("continue-ms " + summary(continues));
    System.out.println("send-ms " + summary(sends));
  }

  private static String summary(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return String.format(
        "n=%d median=%.1f p90=%.1f max=%.1f",
        sorted.size(),
        sorted.get(sorted.size() / 2),
        sorted.get((int) (sorted.size() * 0.9)),
        sorted.get(sorted.size() - 1));
  }

  private static double timed(FxRobot robot, Parent root, String id) {
    double[] ms = new double[1];
    robot.interact(
        () -> {
          long t = System.nanoTime();
          ((ButtonBase) root.lookup("#" + id)).fire();
          root.applyCss();
          root.layout();
          ms[0] = (System.nanoTime() - t) / 1e6;
        });
    return ms[0];
  }

  private static void press(FxRobot robot, Parent root, String id) {
    robot.interact(() -> ((ButtonBase) root.lookup("#" + id)).fire());
  }

  private static void set(FxRobot robot, Parent root, String id, String text) {
    robot.interact(() -> ((TextInputControl) root.lookup("#" + id)).setText(text));
  }
}
