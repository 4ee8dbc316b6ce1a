package org.reportingcentre.desktop.wizard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.common.Dialogs;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Navigator;
import org.reportingcentre.desktop.common.Scheduler;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.LocalZone;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReportValidator;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.Draft;

/**
 * A report taken by staff, in person: a new one or a draft resumed, and its receipt saved as a PDF.
 * The answers live in one {@link WizardViewModel} from start until home or Lock.
 */
public final class WizardScreens implements Navigator.Screen {
  /** Chooses where to save a receipt; empty if the person cancels. */
  @FunctionalInterface
  public interface Receipts {
    Optional<Path> choose(String suggestedName);
  }

  private final Navigator nav;
  private final Threads threads;
  private final Scheduler scheduler;
  private final Clock clock;
  private final Supplier<CentreStore> store;
  private final Receipts receipts;
  private final Supplier<List<SupportService>> directory;
  private final Runnable sent;
  private final Runnable home;
  private WizardViewModel wizard;

  /**
   * @param directory the support services the SPOC last published (confirmation page, receipt)
   * @param sent a report was finished (to send it soon)
   */
  public WizardScreens(
      Navigator nav,
      Threads threads,
      Scheduler scheduler,
      Clock clock,
      Supplier<CentreStore> store,
      Receipts receipts,
      Supplier<List<SupportService>> directory,
      Runnable sent,
      Runnable home) {
    this.nav = nav;
    this.threads = threads;
    this.scheduler = scheduler;
    this.clock = clock;
    this.store = store;
    this.receipts = receipts;
    this.directory = directory;
    this.sent = sent;
    this.home = home;
  }

  /** The wizard being filled in, if one is open. */
  public Optional<WizardViewModel> current() {
    return Optional.ofNullable(wizard);
  }

  public void start() {
    open();
    nav.stopSpeaking();
    wizard.reset();
  }

  public void resume(Draft draft) {
    open();
    try {
      wizard.resume(draft);
    } catch (IOException e) {
      // A draft from another version cannot be read: start afresh rather than guess.
      wizard.reset();
    }
  }

  /** Lock or exit: what is typed is kept as a draft. */
  public void saveDraft() {
    if (wizard != null) {
      wizard.saveDraft();
    }
  }

  /** The wizard is left (home, Lock, the kiosk): the next one starts from home again. */
  public void forget() {
    wizard = null;
  }

  private void open() {
    CentreStore open = store.get();
    Messages text = nav.form().text();
    ReportBuilder builder =
        new ReportBuilder(
            new ReportBuilder.Context(
                open.centreCode(),
                open.session().user(),
                Channel.IN_PERSON,
                text.locale().getLanguage().isEmpty() ? "en" : text.locale().getLanguage(),
                text.get("consent.wordingVersion")));
    wizard =
        new WizardViewModel(
            text,
            new Steps(text, clock),
            new WizardViewModel.Services(
                CentreServices.on(open, clock).drafts(),
                CentreServices.on(open).reports(),
                new ReportValidator(clock),
                builder,
                ExchangeFormat.newObjectMapper(),
                threads,
                scheduler,
                clock));
    wizard.sent.addListener(
        (o, was, reference) -> {
          if (reference != null) {
            sent.run();
          }
        });
    nav.show(this);
  }

  @Override
  public void reword(Form form) {
    wizard.useWording(form.text());
  }

  /** The wizard's frame in the current words, over the wizard's answers and current page. */
  @Override
  public Navigator.Page build(Form form) {
    String centreName = store.get().centreName();
    WizardView view =
        new WizardView(
            form,
            wizard,
            new Steps(form.text(), clock),
            this::home,
            reference -> saveReceipt(reference, centreName),
            directory);
    return Navigator.Page.of(view.root(), view.title()).onDispose(view::dispose);
  }

  private void home() {
    forget();
    home.run();
  }

  private void saveReceipt(Reference reference, String centreName) {
    Optional<Path> target = receipts.choose("receipt-" + reference + ".pdf");
    if (target.isEmpty()) {
      return;
    }
    Messages words = nav.form().text();
    LocalDate today = LocalZone.today(clock);
    // Read here, on the screen's thread; the PDF is made in the background.
    List<SupportService> services = List.copyOf(directory.get());
    threads.run(
        () ->
            Files.write(
                target.get(), new ReceiptPdf(words).render(reference, today, centreName, services)),
        saved -> {},
        // A folder that cannot be written (or a full disk): say so over the page, in its words and
        // size; the report itself is already stored.
        failed ->
            Dialogs.message(
                    nav.area(), nav.form().text(), "receipt.failed.heading", "receipt.failed.body")
                .show());
  }
}
