package org.reportingcentre.desktop.wizard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportingcentre.centre.DraftService;
import org.reportingcentre.centre.ReportService;
import org.reportingcentre.desktop.common.Debouncer;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Scheduler;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.report.Problem;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportField;
import org.reportingcentre.report.ReportMeta;
import org.reportingcentre.report.ReportValidator;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.store.Draft;

/**
 * The wizard's flow: which page is showing, the one draft every page writes into, Continue (check
 * the page, save the draft, go on), Back, Change from the check page, saving while typing, and
 * Send. No controls here.
 */
public final class WizardViewModel {
  /** Typing is saved this long after the last keystroke (the promise is 2 seconds). */
  public static final Duration TYPING_SAVE_DELAY = Duration.ofSeconds(1);

  /** What the wizard needs from the rest of the app. */
  public record Services(
      DraftService drafts,
      ReportService reports,
      ReportValidator validator,
      ReportBuilder builder,
      ObjectMapper json,
      Threads threads,
      Scheduler scheduler,
      Clock clock) {}

  private Messages text;
  private final Services services;
  private ReportBuilder builder;

  /** The errors showing, made again in other words (a language or mode switch). */
  private Function<Messages, List<FieldError>> rewordErrors = words -> List.of();

  private final WizardFlow flow = new WizardFlow();
  private final Map<StepId, StepViewModel> models = new EnumMap<>(StepId.class);
  private final Debouncer typingSave;

  private Answers answers = new Answers();
  private UUID draftId;
  private Instant createdAt;

  public final ObjectProperty<StepId> current = new SimpleObjectProperty<>(StepId.SAFETY);
  public final ObservableList<FieldError> errors = FXCollections.observableArrayList();
  public final BooleanProperty returnToCheck = new SimpleBooleanProperty();
  public final ObjectProperty<Reference> sent = new SimpleObjectProperty<>();
  public final BooleanProperty busy = new SimpleBooleanProperty();

  /** A plain message when the draft could not be saved; empty when all is well. */
  public final StringProperty saveProblem = new SimpleStringProperty("");

  public WizardViewModel(Messages text, Steps steps, Services services) {
    this.text = text;
    this.services = services;
    this.builder = services.builder();
    this.typingSave = new Debouncer(services.scheduler(), TYPING_SAVE_DELAY, this::saveDraft);
    for (StepId step : StepId.values()) {
      StepViewModel model = steps.model(step);
      model.setOnEdit(
          () -> {
            model.store(answers);
            typingSave.trigger();
          });
      models.put(step, model);
    }
    ((CheckViewModel) models.get(StepId.CHECK)).setOnChange(this::change);
    reset();
  }

  /** Back to a blank report at the first page: nothing of the last one is left. */
  public void reset() {
    typingSave.cancel();
    answers = new Answers();
    draftId = UUID.randomUUID();
    createdAt = services.clock().instant();
    sent.set(null);
    returnToCheck.set(false);
    errors.clear();
    saveProblem.set("");
    show(StepId.SAFETY);
  }

  /** Carries on with a saved draft at the page where it stopped, with every answer back. */
  public void resume(Draft draft) throws JsonProcessingException {
    typingSave.cancel();
    answers = services.json().readValue(draft.answers(), Answers.class);
    draftId = draft.id();
    createdAt = draft.createdAt();
    sent.set(null);
    returnToCheck.set(false);
    errors.clear();
    StepId step;
    try {
      step = StepId.valueOf(draft.step());
    } catch (IllegalArgumentException e) {
      step = StepId.SAFETY;
    }
    show(flow.applies(step, answers) ? step : StepId.SAFETY);
  }

  public StepViewModel model(StepId step) {
    return models.get(step);
  }

  public Answers answers() {
    return answers;
  }

  public UUID draftId() {
    return draftId;
  }

  public boolean isFirst() {
    return current.get() == StepId.SAFETY;
  }

  /** "Error: " while there are errors, then the page's question. */
  public StringBinding title() {
    return Bindings.createStringBinding(
        () ->
            (errors.isEmpty() ? "" : text.get("common.errorPrefix"))
                + text.get(headingKey(current.get()))
                + " - "
                + text.get("app.title"),
        errors,
        current);
  }

  /**
   * Carries on in other words (a language or display mode was switched): the errors showing are
   * made again in the new words, the check page's rows too, and the report will record the language
   * and consent wording now in use. The answers and the page do not change.
   */
  public void useWording(Messages words) {
    text = words;
    models.values().forEach(model -> model.useWording(words));
    builder =
        builder.inWording(
            words.locale().getLanguage().isEmpty() ? "en" : words.locale().getLanguage(),
            words.get("consent.wordingVersion"));
    if (current.get() == StepId.CHECK) {
      models.get(StepId.CHECK).load(answers);
    }
    if (!errors.isEmpty()) {
      errors.setAll(rewordErrors.apply(words));
    }
    if (!saveProblem.get().isEmpty()) {
      saveProblem.set(words.get("wizard.saveFailed"));
    }
  }

  /** The key of a page's question: "About you" is about someone else when reporting for them. */
  String headingKey(StepId step) {
    return step == StepId.ABOUT_YOU && answers.role == ReporterRole.ON_BEHALF
        ? "about.heading.onBehalf"
        : step.key() + ".heading";
  }

  /** Checks the page; if it is right, saves the draft and shows the next page. */
  public boolean continueClicked() {
    StepViewModel model = models.get(current.get());
    model.store(answers);
    List<FieldError> problems = model.validate();
    if (!problems.isEmpty()) {
      // In other words, the same fields' problems (any the person has fixed since are gone).
      Set<String> fields = problems.stream().map(FieldError::field).collect(Collectors.toSet());
      rewordErrors =
          words -> model.validate().stream().filter(e -> fields.contains(e.field())).toList();
      errors.setAll(problems);
      return false;
    }
    StepId next =
        returnToCheck.get() ? StepId.CHECK : flow.next(current.get(), answers).orElse(StepId.CHECK);
    returnToCheck.set(false);
    show(next);
    saveDraft();
    return true;
  }

  public void back() {
    StepViewModel model = models.get(current.get());
    model.store(answers);
    if (returnToCheck.get()) {
      returnToCheck.set(false);
      show(StepId.CHECK);
    } else {
      flow.previous(current.get(), answers).ifPresent(this::show);
    }
    saveDraft();
  }

  /** From the check page: go to a question, and come back to the check page after it. */
  public void change(StepId step) {
    returnToCheck.set(true);
    show(step);
  }

  /** Goes to the page that holds a report field (for problems found when sending). */
  public void showProblem(String field) {
    stepOf(field).ifPresent(this::change);
  }

  private void show(StepId step) {
    errors.clear();
    rewordErrors = words -> List.of();
    models.get(step).load(answers);
    current.set(step);
  }

  /** Saves the answers as they are now (in the background); typing saves come here too. */
  public void saveDraft() {
    typingSave.cancel();
    if (sent.get() != null) {
      return;
    }
    String json;
    try {
      json = services.json().writeValueAsString(answers);
    } catch (JsonProcessingException e) {
      saveProblem.set(text.get("wizard.saveFailed"));
      return;
    }
    UUID id = draftId;
    String step = current.get().name();
    services
        .threads()
        .run(
            () -> services.drafts().save(id, step, json),
            saved -> saveProblem.set(""),
            failed -> saveProblem.set(text.get("wizard.saveFailed")));
  }

  /** Builds the report, checks it, stores it with the next reference and drops the draft. */
  public void send() {
    models.get(StepId.CHECK).store(answers);
    Instant completedAt = services.clock().instant();
    Report probe;
    try {
      probe =
          builder.build(
              answers, draftId, new Reference(builder.centreCode(), 1), createdAt, completedAt);
    } catch (RuntimeException e) {
      sendFailed();
      return;
    }
    List<Problem> problems = services.validator().validate(probe);
    if (!problems.isEmpty()) {
      // The validator's words are the report's own (English), whatever the screen's language.
      List<FieldError> found =
          problems.stream().map(p -> new FieldError("problem:" + p.field(), p.message())).toList();
      rewordErrors = words -> found;
      errors.setAll(found);
      return;
    }
    busy.set(true);
    UUID id = draftId;
    services
        .threads()
        .run(
            () -> {
              Reference reference = services.reports().nextReference();
              services.reports().save(withReference(probe, reference));
              services.drafts().delete(id);
              return reference;
            },
            reference -> {
              busy.set(false);
              sent.set(reference);
            },
            failed -> {
              busy.set(false);
              sendFailed();
            });
  }

  private void sendFailed() {
    rewordErrors = words -> List.of(new FieldError("send", words.get("wizard.sendFailed")));
    errors.setAll(rewordErrors.apply(text));
  }

  private static Report withReference(Report report, Reference reference) {
    ReportMeta m = report.meta();
    return new Report(
        new ReportMeta(
            m.id(),
            reference,
            m.centreCode(),
            m.recordedBy(),
            m.channel(),
            m.formVariant(),
            m.language(),
            m.createdAt(),
            m.completedAt(),
            m.formVersion()),
        report.reporter(),
        report.incident(),
        report.people(),
        report.history(),
        report.consents(),
        report.needs(),
        report.attachments(),
        report.outcome());
  }

  /** Which page asks for a field of the report, by its path in the exchange format. */
  static Optional<StepId> stepOf(String field) {
    String f = field.startsWith("problem:") ? field.substring("problem:".length()) : field;
    return ReportField.pageOf(f).map(StepId::of);
  }
}
