package org.reportingcentre.desktop.testing;

import java.time.Instant;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.reportingcentre.centre.DraftService;
import org.reportingcentre.desktop.app.ReportingCentreApp;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.wizard.ReportBuilder;
import org.reportingcentre.desktop.wizard.Steps;
import org.reportingcentre.desktop.wizard.WizardView;
import org.reportingcentre.desktop.wizard.WizardViewModel;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.ReportValidator;
import org.reportingcentre.store.Role;
import org.reportingcentre.store.Session;
import org.reportingcentre.testing.MutableClock;

/** The wizard alone (no store, no sending): drafts in memory, time and scheduling by hand. */
public final class WizardFixture {
  public final Messages text = Messages.forLocale(Locale.UK);
  public final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:15:00Z"));
  public final ManualScheduler scheduler = new ManualScheduler();
  public final MemoryDrafts drafts = new MemoryDrafts();
  public final Steps steps = new Steps(text, clock);
  public final WizardViewModel vm;
  public WizardView view;
  public int homeCalls;

  public WizardFixture() {
    vm =
        new WizardViewModel(
            text,
            steps,
            new WizardViewModel.Services(
                new DraftService(drafts, new Session("ben", Role.VOLUNTEER), clock),
                null,
                new ReportValidator(clock),
                new ReportBuilder(
                    new ReportBuilder.Context(
                        "TWL", "ben", Channel.IN_PERSON, "en", "standard-en-1")),
                ExchangeFormat.newObjectMapper(),
                Threads.sameThread(),
                scheduler,
                clock));
  }

  public WizardFixture show(Stage stage) {
    view = new WizardView(new Form(text), vm, steps, () -> homeCalls++, r -> {});
    Scene scene = new Scene(view.root(), 1000, 760);
    scene
        .getStylesheets()
        .add(ReportingCentreApp.class.getResource(ReportingCentreApp.STYLESHEET).toExternalForm());
    stage.titleProperty().bind(view.title());
    stage.setScene(scene);
    stage.show();
    return this;
  }
}
