package org.reportingcentre.desktop.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportingcentre.centre.KioskSession;
import org.reportingcentre.desktop.access.DisplayMode;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Scheduler;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.wizard.ReportBuilder;
import org.reportingcentre.desktop.wizard.Steps;
import org.reportingcentre.desktop.wizard.WizardViewModel;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReportMeta;
import org.reportingcentre.report.ReportValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's flow, with no controls: welcome, one person's report, the confirmation, the neutral
 * page after leaving quickly, and the staff page. Every way out of a visit (finish, inactivity,
 * leaving quickly, staff leaving) goes through {@link #wipe()}: the draft leaves memory and the
 * store, speech stops, and language and mode go back to the defaults.
 *
 * <p>{@link #mode} and {@link #language} are the kiosk's side of the app's display settings: the
 * app binds them both ways to its {@code AccessSettings}, so a choice on the welcome page changes
 * the display bar, a switch on the bar changes the kiosk, and a wipe puts both back to defaults.
 */
public final class KioskViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(KioskViewModel.class);
  private static final int STAFF_TAPS = 5;

  /** The pages of the kiosk. */
  public enum Page {
    WELCOME,
    REPORT,
    DONE,
    NEUTRAL,
    STAFF
  }

  /** Stops read-aloud; the display-modes work supplies the real one. */
  @FunctionalInterface
  public interface Speech {
    void stop();
  }

  /** Checks a staff member's password (slow: called off the UI thread). */
  @FunctionalInterface
  public interface StaffCheck {
    boolean mayLeave(String user, char[] password);
  }

  /**
   * What the kiosk needs from the app.
   *
   * @param languages the languages offered; the first is the default each visit starts in
   */
  public record Services(
      KioskSession session,
      String centreCode,
      List<Locale> languages,
      Threads threads,
      Scheduler scheduler,
      Clock clock,
      KioskTimings timings,
      StaffCheck staff,
      Speech speech,
      Runnable onLeave) {}

  /** One person's report: the wizard and its answers, made fresh for every visit. */
  public record Visit(WizardViewModel wizard) {}

  private final Services services;
  private final IdleTimer timer;
  private final PressCounter shifts;
  private final PressCounter staffTaps;
  private Page beforeStaff = Page.WELCOME;

  public final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.WELCOME);
  public final ObjectProperty<DisplayMode> mode = new SimpleObjectProperty<>(DisplayMode.STANDARD);
  public final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
  public final ObjectProperty<Visit> visit = new SimpleObjectProperty<>();
  public final ObjectProperty<Reference> reference = new SimpleObjectProperty<>();
  public final BooleanProperty warning = new SimpleBooleanProperty();
  public final LongProperty secondsLeft = new SimpleLongProperty();
  public final StringProperty staffError = new SimpleStringProperty("");
  public final BooleanProperty staffBusy = new SimpleBooleanProperty();

  public KioskViewModel(Services services) {
    this.services = services;
    this.language.set(defaultLanguage());
    // From the welcome page or the display bar: easy read doubles the waiting time at once.
    this.mode.addListener(
        (o, was, now) -> {
          if (page.get() == Page.WELCOME || page.get() == Page.REPORT) {
            restartTimer(services.timings().idleFor(now));
          }
        });
    // A switch mid-report rewords the errors showing and what the report will record (language,
    // consent wording version), as in the volunteer's wizard.
    this.mode.addListener(o -> rewordVisit());
    this.language.addListener(o -> rewordVisit());
    this.timer =
        new IdleTimer(
            services.scheduler(),
            new IdleTimer.Listener() {
              @Override
              public void countdown(long left) {
                secondsLeft.set(left);
                warning.set(true);
              }

              @Override
              public void calm() {
                warning.set(false);
              }

              @Override
              public void expired() {
                expire();
              }
            });
    this.shifts = new PressCounter(services.clock(), services.timings().shiftWindow(), 3);
    this.staffTaps =
        new PressCounter(services.clock(), services.timings().shiftWindow(), STAFF_TAPS);
  }

  private Locale defaultLanguage() {
    return services.languages().get(0);
  }

  private void rewordVisit() {
    Visit current = visit.get();
    if (current != null) {
      current.wizard().useWording(wizardText());
    }
  }

  /** Shows the welcome page and starts watching for inactivity. */
  public void start() {
    toWelcome();
  }

  /** The wizard's words in the current language and mode, with the kiosk's replacements. */
  public Messages wizardText() {
    return KioskWording.wizard(language.get(), mode.get().easyRead());
  }

  /** The kiosk's own words in the current language and mode. */
  public Messages words() {
    return KioskWording.words(language.get(), mode.get().easyRead());
  }

  public List<Locale> languages() {
    return services.languages();
  }

  /** How long the screen waits, for the welcome page's line, in whole minutes. */
  public long idleMinutes() {
    return services.timings().idleFor(mode.get()).toMinutes();
  }

  /** One of the welcome page's three ways to read: standard, easy read or large text. */
  public void chooseMode(DisplayMode chosen) {
    mode.set(chosen);
    activity();
  }

  public void chooseLanguage(Locale chosen) {
    if (services.languages().contains(chosen)) {
      language.set(chosen);
    }
    activity();
  }

  /** From the welcome page: a blank report for this person, anonymous unless they choose. */
  public void startReport() {
    Steps steps = new Steps(wizardText(), services.clock());
    WizardViewModel wizard = newWizard(steps);
    wizard.answers().anonymous = true;
    wizard.sent.addListener(
        (obs, old, sent) -> {
          if (sent != null && visit.get() != null && visit.get().wizard() == wizard) {
            finished(sent);
          }
        });
    visit.set(new Visit(wizard));
    page.set(Page.REPORT);
    restartTimer(services.timings().idleFor(mode.get()));
  }

  private WizardViewModel newWizard(Steps steps) {
    Messages text = wizardText();
    ReportBuilder builder =
        new ReportBuilder(
            new ReportBuilder.Context(
                services.centreCode(),
                ReportMeta.KIOSK_USER,
                Channel.KIOSK,
                language.get().getLanguage().isEmpty() ? "en" : language.get().getLanguage(),
                text.get("consent.wordingVersion")));
    return new WizardViewModel(
        text,
        steps,
        new WizardViewModel.Services(
            services.session().drafts(),
            services.session().reports(),
            new ReportValidator(services.clock()),
            builder,
            ExchangeFormat.newObjectMapper(),
            services.threads(),
            services.scheduler(),
            services.clock()));
  }

  private void finished(Reference sent) {
    reference.set(sent);
    page.set(Page.DONE);
    restartTimer(services.timings().afterSending());
  }

  /** Any key, click or touch: the person is still here. */
  public void activity() {
    timer.activity();
  }

  /** The big button on the warning. */
  public void moreTime() {
    timer.activity();
  }

  /** A Shift key went down: the third within the window leaves quickly. */
  public void shiftPressed() {
    if (page.get() != Page.NEUTRAL && shifts.press()) {
      leaveQuickly();
    }
  }

  /** Leave quickly: a neutral page at once, the draft wiped, speech stopped. */
  public void leaveQuickly() {
    // The page first: the screen changes before anything else happens.
    page.set(Page.NEUTRAL);
    wipe();
    timer.stop();
  }

  /** From the neutral page, or Finish on the confirmation: the welcome page for the next person. */
  public void toWelcome() {
    page.set(Page.WELCOME);
    wipe();
    restartTimer(services.timings().idleFor(mode.get()));
  }

  private void expire() {
    LOG.info("Kiosk visit cleared after inactivity");
    toWelcome();
  }

  /** A tap on the discreet staff corner; five in a row open the staff page. */
  public void staffCornerTapped() {
    if (staffTaps.press()) {
      openStaffPage();
    }
  }

  /** The staff page (also by its keyboard shortcut). The visit stays until staff leave. */
  public void openStaffPage() {
    if (page.get() != Page.STAFF) {
      beforeStaff = page.get();
    }
    staffError.set("");
    page.set(Page.STAFF);
  }

  public void cancelStaff() {
    staffError.set("");
    page.set(beforeStaff);
  }

  /** Leaves kiosk mode if the password is a staff member's; otherwise says so and stays. */
  public void staffLeave(String user, char[] password, String wrongMessage) {
    staffBusy.set(true);
    services
        .threads()
        .run(
            () -> services.staff().mayLeave(user.strip(), password),
            ok -> {
              staffBusy.set(false);
              if (ok) {
                wipe();
                timer.stop();
                services.onLeave().run();
              } else {
                staffError.set(wrongMessage);
              }
            },
            failed -> {
              staffBusy.set(false);
              staffError.set(wrongMessage);
            });
  }

  /** Kiosk mode ends (staff left, or the app locks or closes): the visit is wiped first. */
  public void end() {
    wipe();
    timer.stop();
  }

  /** Nothing of this visit is left: not in memory, not in the store, not on screen. */
  private void wipe() {
    services.speech().stop();
    Visit ending = visit.get();
    visit.set(null);
    if (ending != null) {
      // Cancels a pending typing save, so nothing of it reaches the store later.
      ending.wizard().reset();
    }
    services.session().endVisit();
    services
        .threads()
        .run(
            () -> {
              services.session().purgeEnded();
              return true;
            },
            ok -> {},
            failed -> LOG.warn("A kiosk draft could not be deleted yet; it is retried next visit"));
    reference.set(null);
    mode.set(DisplayMode.STANDARD);
    language.set(defaultLanguage());
    warning.set(false);
    staffError.set("");
    shifts.clear();
  }

  private void restartTimer(Duration idle) {
    timer.start(idle, services.timings().warning());
  }

  /** For tests: the store's side of the kiosk. */
  KioskSession session() {
    return services.session();
  }

  /** For tests: whether the countdown is on. */
  boolean isCountingDown() {
    return timer.isCountingDown();
  }
}
