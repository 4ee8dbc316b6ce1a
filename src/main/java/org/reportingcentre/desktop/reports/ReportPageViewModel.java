package org.reportingcentre.desktop.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportingcentre.desktop.common.FieldError;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.Consent;
import org.reportingcentre.report.IncidentDate;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.Victim;
import org.reportingcentre.store.AuditEntry;
import org.reportingcentre.report.CorrectableField;
import org.reportingcentre.store.ReportCorrection;
import org.reportingcentre.store.ReportPage;
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

  /** Every answer, in the order the form asks; a purged answer says when it was removed. */
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
    lines.add(
        new Line(
            "role",
            text.get("who.role"),
            text.of(r.reporter().role())
                + r.reporter().relationship().map(rel -> " (" + rel + ")").orElse("")));
    lines.add(
        new Line(
            "anonymous",
            text.get("anonymous.question"),
            text.get(r.reporter().anonymous() ? "answer.yes" : "answer.no")));
    lines.add(
        personal(
            "description",
            "description.field",
            Optional.of(r.incident().description()).filter(d -> removed.isEmpty()),
            removed,
            none));
    lines.add(
        new Line(
            "motivations",
            text.get("why.motivations"),
            codes(r.incident().motivations(), r.incident().otherMotivation(), none)));
    lines.add(
        new Line(
            "types",
            text.get("what.types"),
            codes(r.incident().types(), r.incident().otherType(), none)));
    lines.add(
        personal(
            "hate-indicators", "why.hateIndicators", r.incident().hateIndicators(), removed, none));
    lines.add(new Line("when", text.get("when.choice"), when(r.incident().when(), none)));
    lines.add(
        new Line(
            "still-happening",
            text.get("when.stillHappening"),
            answer(r.incident().stillHappening())));
    lines.add(
        new Line(
            "where",
            text.get("where.type"),
            text.of(r.incident().location().type())
                + r.incident()
                    .location()
                    .platform()
                    .or(() -> r.incident().location().otherDescription())
                    .filter(t -> removed.isEmpty())
                    .map(t -> " (" + t + ")")
                    .orElse("")));
    lines.add(
        personal("address", "where.address", r.incident().location().address(), removed, none));
    lines.add(
        personal("postcode", "where.postcode", r.incident().location().postcode(), removed, none));
    lines.add(
        new Line("ward", text.get("where.area"), r.incident().location().ward().orElse(none)));
    lines.add(new Line("injured", text.get("harm.injured"), answer(r.incident().injured())));
    lines.add(
        new Line("damage", text.get("harm.damageOrLoss"), answer(r.incident().damageOrLoss())));
    Optional<Victim> victim = r.people().victim();
    lines.add(personal("victim-name", "about.name", victim.flatMap(Victim::name), removed, none));
    lines.add(
        personal(
            "victim-phone",
            "about.phone",
            victim.flatMap(v -> v.contact().phone()),
            removed,
            none));
    lines.add(
        personal(
            "victim-email",
            "about.email",
            victim.flatMap(v -> v.contact().email()),
            removed,
            none));
    lines.add(
        new Line(
            "age",
            text.get("about.ageBand"),
            victim.flatMap(Victim::ageBand).map(text::of).orElse(none)));
    lines.add(
        new Line(
            "offenders",
            text.get("offenders.count"),
            r.people().offenders().howMany().map(String::valueOf).orElse(none)));
    lines.add(
        new Line(
            "offenders-known",
            text.get("offenders.known"),
            answer(r.people().offenders().knownToVictim())));
    lines.add(
        new Line(
            "happened-before", text.get("history.happened"), answer(r.history().happenedBefore())));
    for (Consent c : r.consents()) {
      lines.add(
          new Line(
              "consent-" + c.purpose().code(),
              text.get(consentKey(c)),
              text.get(c.granted() ? "answer.yes" : "answer.no")));
    }
    return lines;
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

  private Line personal(
      String id, String key, Optional<String> value, Optional<String> removed, String none) {
    return new Line(id, text.get(key), value.orElse(removed.orElse(none)));
  }

  private String answer(Answer answer) {
    return text.get("answer." + answer.code());
  }

  private String codes(Set<? extends Coded> values, Optional<String> other, String none) {
    if (values.isEmpty()) {
      return none;
    }
    String listed = values.stream().map(text::of).collect(Collectors.joining(", "));
    // The "something else" words belong to the "something else" choice: shown only beside it.
    boolean somethingElse = values.stream().anyMatch(v -> v.code().equals("other"));
    return listed + other.filter(o -> somethingElse).map(o -> " (" + o + ")").orElse("");
  }

  private String when(IncidentDate when, String none) {
    if (when.date().isPresent()) {
      return words.day(when.date().get()) + when.time().map(t -> ", " + t).orElse("");
    }
    return when.approximately().map(a -> text.get("when.choice." + a.code())).orElse(none);
  }

  private static String consentKey(Consent c) {
    return switch (c.purpose()) {
      case SHARE_WITH_POLICE -> "sharing.police";
      case VICTIM_SUPPORT -> "sharing.victimSupport";
      case OTHER_SERVICES -> "sharing.otherServices";
      case CONTACT_BACK -> "contact.contactBack";
    };
  }
}
