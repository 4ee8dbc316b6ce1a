package org.reportingcentre.desktop.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportingcentre.centre.ReportPage;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.CorrectableField;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportField;
import org.reportingcentre.store.AuditEntry;
import org.reportingcentre.store.ReportCorrection;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.store.SyncDetails;

/**
 * One report's page for a manager: its answers (or where the purge removed them), its way to the
 * SPOC and what came back, its audit trail, and the correction form while it has not been sent.
 */
public final class ReportPageViewModel {
  /** One line of a summary list: what was asked and what is known. */
  public record Line(String id, String label, String value) {}

  public final Reference reference;
  public final ObjectProperty<ReportPage> page = new SimpleObjectProperty<>();
  public final StringProperty failure = new SimpleStringProperty("");
  public final StringProperty saved = new SimpleStringProperty("");
  public final ObservableList<FieldError> errors = FXCollections.observableArrayList();
  public final CorrectionViewModel correction;

  /** True while the correction form is open (it opens on the manager's request). */
  public final javafx.beans.property.BooleanProperty correcting =
      new javafx.beans.property.SimpleBooleanProperty(false);

  private final Words words;
  private final Messages text;
  private final DeskService desk;
  private final Threads threads;

  public ReportPageViewModel(
      Messages text, DeskService desk, Threads threads, Reference reference) {
    this.text = text;
    this.words = new Words(text);
    this.desk = desk;
    this.threads = threads;
    this.reference = reference;
    this.correction = new CorrectionViewModel(text);
  }

  /** Opens the report (audited as a view by the store). */
  public void load() {
    threads.run(
        () -> desk.open(reference),
        opened -> {
          failure.set("");
          show(opened);
        },
        failed ->
            failure.set(
                failed instanceof StoreException
                    ? failed.getMessage()
                    : text.get("report.failed")));
  }

  private void show(ReportPage opened) {
    correction.show(opened.report());
    page.set(opened);
  }

  /** Saves what the manager changed in the correction form, then shows the page again. */
  public void saveCorrection() {
    saved.set("");
    errors.clear();
    List<FieldError> unreadable = correction.check();
    if (!unreadable.isEmpty()) {
      errors.setAll(unreadable);
      return;
    }
    Map<CorrectableField, String> values = correction.values();
    threads.run(
        () -> {
          List<CorrectableField> changed = desk.correct(reference, values, correction::say);
          return new Object[] {changed, desk.open(reference)};
        },
        result -> {
          @SuppressWarnings("unchecked")
          List<CorrectableField> changed = (List<CorrectableField>) result[0];
          correcting.set(false);
          show((ReportPage) result[1]);
          saved.set(
              text.get(
                  "report.correct.saved",
                  changed.stream().map(this::fieldName).collect(Collectors.joining(", "))));
        },
        failed ->
            errors.setAll(
                List.of(
                    new FieldError(
                        "save-correction",
                        failed instanceof StoreException
                            ? failed.getMessage()
                            : text.get("report.failed")))));
  }

  /** Closes the form and puts back the answers as they are saved. */
  public void cancelCorrection() {
    errors.clear();
    saved.set("");
    if (page.get() != null) {
      correction.show(page.get().report());
    }
    correcting.set(false);
  }

  /** The words of a field, as the form asked it. */
  public String fieldName(CorrectableField field) {
    return correction.fieldName(field);
  }

  /** Where the report is: status, receipt, the SPOC's reason when it needs attention. */
  public List<Line> syncLines() {
    SyncDetails s = page.get().sync();
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("sync-status", text.get("report.sync.status"), words.status(s.status())));
    s.receiptId()
        .ifPresent(
            receipt ->
                lines.add(
                    new Line(
                        "sync-receipt",
                        text.get("report.sync.receipt"),
                        text.get(
                            "report.sync.receiptValue",
                            receipt,
                            s.receivedAt().map(words::dayAndTime).orElse("")))));
    s.attention()
        .ifPresent(
            reason ->
                lines.add(new Line("sync-attention", text.get("report.sync.attention"), reason)));
    return lines;
  }

  /** What came back from the SPOC, or one line saying nothing has yet. */
  public List<Line> outcomeLines() {
    SyncDetails s = page.get().sync();
    if (s.outcome().isEmpty()) {
      return List.of(new Line("outcome-none", "", text.get("report.outcome.none")));
    }
    var o = s.outcome().get();
    List<Line> lines = new ArrayList<>();
    lines.add(
        new Line(
            "outcome-status",
            text.get("report.outcome.status"),
            text.get("report.outcome.status." + o.status().code())));
    o.messageForVictim()
        .ifPresent(
            m -> lines.add(new Line("outcome-message", text.get("report.outcome.message"), m)));
    o.closedOn()
        .ifPresent(
            d ->
                lines.add(
                    new Line("outcome-closed", text.get("report.outcome.closed"), words.day(d))));
    return lines;
  }

  /**
   * The report's facts, then every answer the page shows, in the page's order (see {@link
   * ReportField#reportPageRows()}); a purged answer says when it was removed.
   */
  public List<Line> answerLines() {
    Report r = page.get().report();
    Optional<String> removed =
        page.get().sync().purgedAt().map(at -> text.get("report.removed", words.day(at)));
    String none = text.get("check.notProvided");
    List<Line> lines = new ArrayList<>();
    lines.add(
        new Line(
            "recorded",
            text.get("report.recorded"),
            r.meta().completedAt().map(words::dayAndTime).orElse(none)));
    lines.add(new Line("recorded-by", text.get("reports.col.volunteer"), r.meta().recordedBy()));
    lines.add(
        new Line("channel", text.get("reports.col.channel"), words.channel(r.meta().channel())));
    for (ReportField field : ReportField.reportPageRows()) {
      String label = text.get(field.label().orElseThrow());
      if (field.consentPurpose().isPresent()) {
        ConsentPurpose purpose = field.consentPurpose().get();
        r.consent(purpose)
            .ifPresent(
                c ->
                    lines.add(
                        new Line(
                            "consent-" + purpose.code(),
                            label,
                            text.get(c.granted() ? "answer.yes" : "answer.no"))));
      } else {
        lines.add(new Line(field.key(), label, shown(field, r, removed, none)));
      }
    }
    return lines;
  }

  /** An answer with the answers shown beside it, or why there is none. */
  private String shown(ReportField field, Report r, Optional<String> removed, String none) {
    if (field.identifying() && removed.isPresent()) {
      return removed.get();
    }
    Optional<String> value = field.read(r);
    if (value.isEmpty()) {
      return none;
    }
    String said = words.say(field, value.get());
    Optional<String> beside =
        Arrays.stream(ReportField.values())
            .filter(f -> f.shownWith().equals(Optional.of(field)))
            .filter(f -> !(f.identifying() && removed.isPresent()))
            .map(f -> f.read(r))
            .flatMap(Optional::stream)
            .findFirst();
    return switch (field.kind()) {
      // The time belongs to a date; an approximate time ("last week") has none.
      case WHEN ->
          Words.date(value.get()).isPresent() ? said + beside.map(t -> ", " + t).orElse("") : said;
      // The "something else" words belong to the "something else" choice: shown only beside it.
      case ANY_OF ->
          Arrays.asList(value.get().split(",")).contains("other")
              ? said + beside.map(o -> " (" + o + ")").orElse("")
              : said;
      default -> said + beside.map(o -> " (" + o + ")").orElse("");
    };
  }

  /** The audit entries for this report, oldest first, in plain words. */
  public List<Line> trailLines() {
    List<Line> lines = new ArrayList<>();
    for (AuditEntry e : page.get().trail()) {
      lines.add(
          new Line(
              "audit-" + e.seq(),
              words.dayAndTime(e.at()),
              text.get(
                  "report.audit.entry",
                  text.get("report.audit.action." + e.action().code()),
                  e.actor(),
                  e.detail().isEmpty() ? "" : " (" + detail(e) + ")")));
    }
    return lines;
  }

  /**
   * An entry's detail as a person reads it: a correction names the answers in the form's words (the
   * checksum of the values is for checking, not reading).
   */
  private String detail(AuditEntry e) {
    String d = e.detail();
    int checksum = d.indexOf("; values sha256");
    if (e.action() != org.reportingcentre.store.AuditAction.CHANGE
        || !d.startsWith("corrected ")
        || checksum < 0) {
      return d;
    }
    return java.util.Arrays.stream(d.substring("corrected ".length(), checksum).split(", "))
        .map(code -> CorrectableField.fromCode(code).map(this::fieldName).orElse(code))
        .collect(Collectors.joining(", "));
  }

  /** Each corrected answer with its old and new value, or when the purge removed them. */
  public List<Line> correctionLines() {
    List<Line> lines = new ArrayList<>();
    for (ReportCorrection c : page.get().corrections()) {
      String label = words.dayAndTime(c.at()) + ", " + c.actor();
      String value =
          c.removedAt().isPresent()
              ? text.get(
                  "report.correction.removed", fieldName(c.field()), words.day(c.removedAt().get()))
              : text.get(
                  "report.correction.entry",
                  fieldName(c.field()),
                  c.oldValue()
                      .map(v -> correction.say(c.field(), v))
                      .orElse(text.get("check.notProvided")),
                  c.newValue()
                      .map(v -> correction.say(c.field(), v))
                      .orElse(text.get("check.notProvided")));
      lines.add(new Line("correction-" + c.auditSeq() + "-" + c.field().code(), label, value));
    }
    return lines;
  }
}
