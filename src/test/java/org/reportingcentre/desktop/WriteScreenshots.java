package org.reportingcentre.desktop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.reportingcentre.desktop.access.AccessScreenshots;
import org.reportingcentre.desktop.access.CorrectionScreenshots;
import org.reportingcentre.desktop.access.DirectoryScreenshots;
import org.reportingcentre.desktop.access.ReportsScreenshots;
import org.reportingcentre.desktop.access.SyncScreenshots;
import org.reportingcentre.desktop.app.AppScreenshots;
import org.reportingcentre.desktop.desk.DeskScreenshots;
import org.reportingcentre.desktop.desk.QuarterlyReportScreenshots;
import org.reportingcentre.desktop.testing.HeadlessFx;
import org.reportingcentre.desktop.wizard.ReceiptScreenshots;
import org.reportingcentre.testing.Files2;
import org.testfx.api.FxRobot;

/**
 * Writes the pictures in docs/screenshots (its README lists them), headless unless {@code -Dgui} is
 * given. Not a test: pictures are made on purpose, when screens change, and looked at by a person.
 * Run from the repository's folder:
 *
 * <pre>
 * tools/test-main.sh org.reportingcentre.desktop.WriteScreenshots [--out DIR] [set ...]
 * </pre>
 *
 * With no set named it writes them all; the sets are app, access, correction, directory, reports,
 * sync, desk, receipt and quarterly. {@code --out} writes somewhere else than docs/screenshots. The
 * kiosk's pictures come from its journey tests instead (docs/kiosk.md).
 */
public final class WriteScreenshots {
  private WriteScreenshots() {}

  /** One set of pictures, drawn on the shared stage into the output folder. */
  private interface Writer {
    void write(FxRobot robot, Stage stage, Path out) throws Exception;
  }

  private static Map<String, Writer> writers() {
    Map<String, Writer> writers = new LinkedHashMap<>();
    writers.put("app", WriteScreenshots::app);
    writers.put(
        "access",
        (robot, stage, out) -> {
          AccessScreenshots access = new AccessScreenshots(stage, out);
          access.writesTheSamePagesInEveryModeAndLanguage(robot);
          access.writesTheFirstScreensInEveryModeAndLanguage(robot);
          access.writesThePagesChangedBySwitchesDialogsAndFocus(robot);
          access.writesTheNewsLinkTheListWithNewsAndTheReferralSummary(robot);
        });
    writers.put(
        "correction",
        (robot, stage, out) ->
            new CorrectionScreenshots(stage, out).writesTheCorrectionForm(robot));
    writers.put(
        "directory",
        (robot, stage, out) ->
            new DirectoryScreenshots(stage, out).writesTheDirectoryAndReferralScreens(robot));
    writers.put(
        "reports",
        (robot, stage, out) -> new ReportsScreenshots(stage, out).writesTheReportScreens(robot));
    writers.put(
        "sync", (robot, stage, out) -> new SyncScreenshots(stage, out).writesTheSyncScreens(robot));
    writers.put(
        "desk", (robot, stage, out) -> new DeskScreenshots(stage, out).writesTheDeskScreens(robot));
    writers.put("receipt", (robot, stage, out) -> new ReceiptScreenshots(out).write());
    writers.put("quarterly", (robot, stage, out) -> new QuarterlyReportScreenshots(out).write());
    return writers;
  }

  /** The app's own screens need a store: set one up in a folder of its own, then remove it. */
  private static void app(FxRobot robot, Stage stage, Path out) throws Exception {
    Path temp = Files.createTempDirectory("rc-screenshots");
    try {
      new AppScreenshots(out).everyScreen(robot, temp);
    } finally {
      Files2.deleteTree(temp);
    }
  }

  public static void main(String[] args) {
    Path out = Path.of("docs", "screenshots");
    List<String> sets = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else {
        sets.add(args[i]);
      }
    }
    Map<String, Writer> writers = writers();
    if (sets.isEmpty()) {
      sets.addAll(writers.keySet());
    }
    for (String set : sets) {
      if (!writers.containsKey(set)) {
        System.err.println("No set of pictures called " + set + "; the sets: " + writers.keySet());
        System.exit(2);
      }
    }
    Path folder = out;
    HeadlessFx.run(
        stage -> {
          Files.createDirectories(folder);
          FxRobot robot = new FxRobot();
          for (String set : sets) {
            System.out.println("Writing " + set + " to " + folder);
            writers.get(set).write(robot, stage, folder);
          }
        });
  }
}
