package org.reportingcentre.desktop.testing;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.access.ReadAloud;
import org.reportingcentre.desktop.app.DesktopApp;
import org.reportingcentre.desktop.app.ReportingCentreApp;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.KeyRing;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.StoreOptions;
import org.reportingcentre.store.UnlockThrottle;
import org.reportingcentre.testing.MutableClock;

/** The whole desktop app on a real encrypted store in a temporary folder, deterministic. */
public final class AppFixture {
  public static final String CENTRE = "TWL";
  public static final String CENTRE_NAME = "Townsley Library";
  public static final String MANAGER = "amira";
  public static final String VOLUNTEER = "ben";
  public static final String PASSWORD = "correct horse battery";

  public final Path folder;
  public final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:15:00Z"));
  public final ManualScheduler scheduler = new ManualScheduler();
  public final Messages text = Messages.forLocale(Locale.UK);
  public final List<Path> receiptTargets = new ArrayList<>();
  public final List<String> printed = new ArrayList<>();
  public DesktopApp app;

  /** Read-aloud for the app; none (no speech program) unless a test sets one before start. */
  public ReadAloud readAloud;

  /** Where the app runs its work; on the calling thread unless a test holds some back. */
  public Threads threads = Threads.sameThread();

  /** Key-derivation rounds for new keyrings; tests not about sign-in may lower it to save time. */
  public int kdfIterations = KeyRing.MIN_ITERATIONS;

  public AppFixture(Path folder) {
    this.folder = folder;
  }

  public StoreOptions options() {
    return new StoreOptions(
        clock, new SecureRandom(), UnlockThrottle.inMemory(), d -> {}, kdfIterations);
  }

  /** Makes the store with a manager and a volunteer, then closes it, as if set up earlier. */
  public AppFixture withStore() throws StoreException {
    CentreStore.Created created =
        CentreStore.create(folder, CENTRE, CENTRE_NAME, MANAGER, PASSWORD.toCharArray(), options());
    try (CentreStore store = created.store()) {
      store
          .users()
          .add(VOLUNTEER, org.reportingcentre.store.Role.VOLUNTEER, PASSWORD.toCharArray());
    }
    return this;
  }

  public CentreStore open(String user) throws StoreException {
    return CentreStore.open(folder, user, PASSWORD.toCharArray(), options());
  }

  /** Builds the app into the stage, as the real launcher does, and shows its first screen. */
  public DesktopApp start(Stage stage) {
    DesktopApp.Config config =
        new DesktopApp.Config(
            folder,
            options(),
            clock,
            threads,
            scheduler,
            text,
            name -> {
              Path target = folder.resolveSibling(name);
              receiptTargets.add(target);
              return Optional.of(target);
            },
            node -> {
              printed.add("printed");
              return false;
            });
    app = readAloud == null ? new DesktopApp(config) : new DesktopApp(config, readAloud);
    Scene scene = new Scene(app.root(), 1000, 760);
    scene
        .getStylesheets()
        .add(ReportingCentreApp.class.getResource(ReportingCentreApp.STYLESHEET).toExternalForm());
    stage.titleProperty().bind(app.title());
    stage.setScene(scene);
    app.start();
    stage.show();
    return app;
  }

  /** Saves a finished report with these words, as the wizard would, for a test's set-up. */
  public static org.reportingcentre.report.Report saveReport(CentreStore store, String words)
      throws StoreException {
    org.reportingcentre.report.Report report =
        org.reportingcentre.testing.TestReports.report(
            CentreServices.on(store).reports().nextReference(), words);
    CentreServices.on(store).reports().save(report);
    return report;
  }

  /**
   * The SPOC's receipt for a report, then an outcome with a message for the victim, as a sync
   * stores them: the report now has news nobody has looked at.
   */
  public static void outcomeArrived(
      CentreStore store, org.reportingcentre.report.Report report, Instant at, String message)
      throws StoreException {
    java.util.UUID id = report.meta().id();
    CentreServices.on(store)
        .sync()
        .record(
            List.of(
                new org.reportingcentre.store.SpocAnswer.Received(id, "rcpt-" + id, at, false)));
    CentreServices.on(store)
        .sync()
        .applyOutcomes(
            List.of(
                new org.reportingcentre.protocol.OutcomeChange(
                    id,
                    report.meta().reference().toString(),
                    new org.reportingcentre.report.Outcome(
                        org.reportingcentre.report.OutcomeStatus.CLOSED,
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.of(message),
                        at))),
            "after-" + id);
  }
}
