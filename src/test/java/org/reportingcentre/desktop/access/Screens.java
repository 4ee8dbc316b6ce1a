package org.reportingcentre.desktop.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.reportingcentre.centre.DraftService;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.reports.CannedDesk;
import org.reportingcentre.desktop.reports.ReportPageView;
import org.reportingcentre.desktop.reports.ReportPageViewModel;
import org.reportingcentre.desktop.reports.ReportsView;
import org.reportingcentre.desktop.reports.ReportsViewModel;
import org.reportingcentre.desktop.start.HomeView;
import org.reportingcentre.desktop.start.HomeViewModel;
import org.reportingcentre.desktop.start.RecoveryKeyView;
import org.reportingcentre.desktop.start.SetUpView;
import org.reportingcentre.desktop.start.SetUpViewModel;
import org.reportingcentre.desktop.start.SignInView;
import org.reportingcentre.desktop.start.SignInViewModel;
import org.reportingcentre.desktop.sync.EnrolView;
import org.reportingcentre.desktop.sync.EnrolViewModel;
import org.reportingcentre.desktop.sync.SendNowView;
import org.reportingcentre.desktop.sync.SendNowViewModel;
import org.reportingcentre.desktop.sync.SyncWords;
import org.reportingcentre.desktop.testing.ManualScheduler;
import org.reportingcentre.desktop.testing.MemoryDrafts;
import org.reportingcentre.desktop.wizard.ReportBuilder;
import org.reportingcentre.desktop.wizard.StepId;
import org.reportingcentre.desktop.wizard.Steps;
import org.reportingcentre.desktop.wizard.WizardView;
import org.reportingcentre.desktop.wizard.WizardViewModel;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.report.ReportValidator;
import org.reportingcentre.store.Role;
import org.reportingcentre.store.Session;
import org.reportingcentre.sync.SyncScheduler;
import org.reportingcentre.testing.MutableClock;

/** Every screen of the app, made in given words, with no store behind it. */
final class Screens {
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:15:00Z"));
  final MemoryDrafts drafts = new MemoryDrafts();
  private WizardViewModel wizard;
  private WizardView wizardView;

  /** Screen name to a maker of that screen in the given words; wizard pages share one wizard. */
  Map<String, Supplier<Node>> all(Messages text) {
    Form form = new Form(text);
    Map<String, Supplier<Node>> screens = new LinkedHashMap<>();
    screens.put("setup", () -> new SetUpView(form, new SetUpViewModel(text)).root());
    screens.put(
        "recovery",
        () -> new RecoveryKeyView(form, "ABCD-EFGH-JKMN-PQRT-WXYZ-2346-789A-BCDE").root());
    screens.put(
        "signin",
        () -> new SignInView(form, new SignInViewModel(text), "/home/centre/data").root());
    screens.put(
        "home",
        () ->
            new HomeView(
                    form,
                    new HomeViewModel(text, draftService(), null, Threads.sameThread(), false),
                    "ben",
                    "Townsley Library",
                    () -> {},
                    d -> {},
                    () -> {},
                    () -> {})
                .root());
    for (StepId step : StepId.values()) {
      screens.put(
          "wizard-" + step.key(),
          () -> {
            WizardView view = wizardView(text);
            wizard.current.set(step);
            return view.root();
          });
    }
    screens.put(
        "confirmation",
        () -> {
          WizardView view = wizardView(text);
          wizard.sent.set(new Reference("TWL", 1234));
          return view.root();
        });
    // Support services directory and referrals (desktop/directory): the sample directory, a
    // referral screen with one referral waiting and one received, and one with no consent.
    screens.put(
        "directory",
        () -> {
          var vm = new org.reportingcentre.desktop.directory.DirectoryViewModel(text);
          vm.show(org.reportingcentre.desktop.directory.DirectorySource.sample());
          return new org.reportingcentre.desktop.directory.DirectoryView(form, vm, () -> {}).root();
        });
    for (boolean consent : new boolean[] {true, false}) {
      screens.put(
          consent ? "referral" : "referral-no-consent",
          () -> {
            Reference reference = new Reference("TWL", 1234);
            var vm =
                new org.reportingcentre.desktop.directory.ReferralViewModel(
                    text,
                    reference,
                    null,
                    Threads.sameThread(),
                    org.reportingcentre.desktop.directory.DirectorySource::sample,
                    java.time.ZoneId.of("Europe/London"));
            java.util.UUID report = java.util.UUID.randomUUID();
            vm.show(
                new org.reportingcentre.desktop.directory.ReferralViewModel.Loaded(
                    Optional.of(
                        new org.reportingcentre.centre.ReferralService.Consents(
                            report, reference, consent, consent)),
                    consent
                        ? List.of(
                            referral(
                                report,
                                reference,
                                "victim-support",
                                new org.reportingcentre.store.Referral.State.Sent(
                                    "rcpt-1", clock.instant())),
                            referral(
                                report,
                                reference,
                                "open-doors-lgbt",
                                new org.reportingcentre.store.Referral.State.Waiting()))
                        : List.of(),
                    org.reportingcentre.desktop.directory.DirectorySource.sample().services()));
            return new org.reportingcentre.desktop.directory.ReferralView(form, vm, () -> {})
                .root();
          });
    }
    syncScreens(text, form, screens);
    // The manager's desk: statistics, settings, backup and restore.
    screens.putAll(org.reportingcentre.desktop.desk.DeskScreens.all(text));
    // Reports: the list for a manager and for a volunteer, a report's page before
    // sending (with the correction form) and after the SPOC's receipt and the purge.
    screens.put(
        "reports-list", () -> reportList(form, text, new CannedDesk(true, ReportStatus.SAVED)));
    screens.put(
        "reports-list-volunteer",
        () -> reportList(form, text, new CannedDesk(false, ReportStatus.SAVED)));
    screens.put(
        "report-page",
        () -> reportPage(form, text, new CannedDesk(true, ReportStatus.NEEDS_ATTENTION)));
    screens.put(
        "report-page-received",
        () -> reportPage(form, text, new CannedDesk(true, ReportStatus.RECEIVED)));
    // --- desk: the list opened from "N reports have news" (filter ticked), and a Send now summary
    // that counts referrals too.
    screens.put(
        "reports-list-with-news",
        () -> {
          ReportsViewModel vm =
              new ReportsViewModel(
                  text, new CannedDesk(true, ReportStatus.RECEIVED), Threads.sameThread());
          vm.withNews.set(true);
          ReportsView view = new ReportsView(form, vm, r -> {}, () -> {});
          vm.start();
          return view.root();
        });
    screens.put(
        "send-now-referrals",
        () -> {
          SyncWords words = new SyncWords(text, clock);
          SendNowViewModel vm = new SendNowViewModel(text, null, words, Runnable::run);
          vm.enrolled.set(true);
          vm.destination.set(
              text.get("send.to", "Townsley Hate Crime Unit", "https://spoc.example.org:8470"));
          vm.waiting.set(text.get("send.waiting.many", "0"));
          vm.keepDays.set("30");
          vm.summary.setAll(
              words.summary(
                  new org.reportingcentre.sync.SyncSummary(
                      12,
                      0,
                      1,
                      0,
                      1,
                      Optional.empty(),
                      2,
                      Optional.empty(),
                      new org.reportingcentre.sync.SyncSummary.Referrals(3, 1, 2)),
                  "https://spoc.example.org:8470"));
          return new SendNowView(form, vm, () -> {}, () -> {}).root();
        });
    // --- correct --- The correction form open on a report's page (every correctable
    // answer, coded ones as tick boxes and radio buttons), "on a date" chosen so the date box
    // shows.
    // (With an error showing, the shared error summary fails two rules: see the branch's report.)
    screens.put(
        "report-correcting",
        () -> {
          ReportPageViewModel vm =
              new ReportPageViewModel(
                  text,
                  new CannedDesk(true, ReportStatus.SAVED),
                  Threads.sameThread(),
                  new Reference("TWL", 2_004));
          ReportPageView view = new ReportPageView(form, vm, () -> {}, r -> {}, () -> {});
          vm.load();
          vm.correcting.set(true);
          vm.correction.whenChoice.set(
              org.reportingcentre.desktop.reports.CorrectionViewModel.ON_A_DATE);
          return view.root();
        });
    return screens;
  }

  private static Node reportList(Form form, Messages text, CannedDesk desk) {
    ReportsViewModel vm = new ReportsViewModel(text, desk, Threads.sameThread());
    ReportsView view = new ReportsView(form, vm, r -> {}, () -> {});
    vm.start();
    return view.root();
  }

  private static Node reportPage(Form form, Messages text, CannedDesk desk) {
    ReportPageViewModel vm =
        new ReportPageViewModel(text, desk, Threads.sameThread(), new Reference("TWL", 2_004));
    ReportPageView view = new ReportPageView(form, vm, () -> {}, r -> {}, () -> {});
    vm.load();
    return view.root();
  }

  /** The sending screens, in a state a manager sees mid-way (no store: the view models are set). */
  private void syncScreens(Messages text, Form form, Map<String, Supplier<Node>> screens) {
    SyncWords words = new SyncWords(text, clock);
    screens.put(
        "home-sync",
        () -> {
          HomeViewModel vm =
              new HomeViewModel(text, draftService(), null, Threads.sameThread(), true);
          vm.news.set(words.news(3).orElseThrow());
          vm.syncStatus.set(
              words.state(
                  new SyncScheduler.State.Waiting(
                      java.time.Duration.ofMinutes(5), Optional.empty()),
                  "https://spoc.example.org:8470"));
          HomeView view =
              new HomeView(
                  form, vm, "amira", "Townsley Library", () -> {}, d -> {}, () -> {}, () -> {});
          view.addDeskLink("open-send", text.get("home.sync.link"), () -> {});
          return view.root();
        });
    screens.put(
        "enrol",
        () -> {
          EnrolViewModel vm = new EnrolViewModel(text, null, words, "TWL", "amira");
          vm.address.set("https://spoc.example.org:8470");
          vm.result.set(text.get("enrol.checked", "https://spoc.example.org:8470"));
          return new EnrolView(form, vm, () -> {}).root();
        });
    screens.put(
        "send-now",
        () -> {
          SendNowViewModel vm = new SendNowViewModel(text, null, words, Runnable::run);
          vm.enrolled.set(true);
          vm.destination.set(
              text.get("send.to", "Townsley Hate Crime Unit", "https://spoc.example.org:8470"));
          vm.waiting.set(text.get("send.waiting.many", "20"));
          vm.progress.set(0.5);
          vm.progressText.set(text.get("send.progress", "20", "40"));
          vm.keepDays.set("30");
          vm.summary.setAll(
              text.get("send.summary.cancelled"),
              text.get("send.summary.received", "20"),
              text.get("send.summary.attention", "0"),
              text.get("send.summary.waiting", "20"));
          return new SendNowView(form, vm, () -> {}, () -> {}).root();
        });
  }

  /** A referral of the sample report to one service of the sample directory. */
  private org.reportingcentre.store.Referral referral(
      java.util.UUID report,
      Reference reference,
      String service,
      org.reportingcentre.store.Referral.State state) {
    return new org.reportingcentre.store.Referral(
        java.util.UUID.randomUUID(),
        report,
        reference,
        service,
        org.reportingcentre.desktop.directory.DirectorySource.sample().services().stream()
            .filter(s -> s.id().equals(service))
            .findFirst()
            .orElseThrow()
            .name(),
        org.reportingcentre.protocol.ReferralRules.purposeFor(service),
        clock.instant(),
        "ben",
        state);
  }

  DraftService draftService() {
    return new DraftService(drafts, new Session("ben", Role.VOLUNTEER), clock);
  }

  WizardViewModel wizard() {
    return wizard;
  }

  /** One wizard per set of words (the view is rebuilt over the same answers on a switch). */
  WizardView wizardView(Messages text) {
    if (wizard == null) {
      Steps steps = new Steps(text, clock);
      wizard =
          new WizardViewModel(
              text,
              steps,
              new WizardViewModel.Services(
                  draftService(),
                  null,
                  new ReportValidator(clock),
                  new ReportBuilder(
                      new ReportBuilder.Context(
                          "TWL", "ben", Channel.IN_PERSON, "en", "standard-en-1")),
                  ExchangeFormat.newObjectMapper(),
                  Threads.sameThread(),
                  new ManualScheduler(),
                  clock));
      wizard.reset();
    }
    if (wizardView == null || wizardViewText != text) {
      if (wizardView != null) {
        wizardView.dispose();
      }
      wizardView =
          new WizardView(new Form(text), wizard, new Steps(text, clock), () -> {}, r -> {});
      wizardViewText = text;
    }
    return wizardView;
  }

  private Messages wizardViewText;

  static List<String> names() {
    return new ArrayList<>(new Screens().all(Messages.forLocale(java.util.Locale.UK)).keySet());
  }

  static Optional<String> none() {
    return Optional.empty();
  }
}
