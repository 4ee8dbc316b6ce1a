package org.reportingcentre.desktop.wizard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.FormPage;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.ReportField;
import org.reportingcentre.report.ReporterRole;

/**
 * Page 16: every answer, in the order of {@link ReportField}, each with a Change link back to the
 * page that asks it.
 */
public final class CheckViewModel extends StepViewModel {
  /**
   * One line of the summary.
   *
   * @param id unique on the page; the Change link is {@code change-<id>}
   */
  public record Row(String id, String question, String answer, StepId step) {}

  public final ObservableList<Row> rows = FXCollections.observableArrayList();
  private Consumer<StepId> onChange = step -> {};

  public CheckViewModel(Messages text) {
    super(text);
  }

  public void setOnChange(Consumer<StepId> onChange) {
    this.onChange = onChange;
  }

  public void change(Row row) {
    onChange.accept(row.step());
  }

  @Override
  protected void read(Answers a) {
    rows.setAll(rows(a));
  }

  @Override
  public void store(Answers answers) {}

  /** A question in the words for the person it is about (someone else, when on behalf). */
  private String about(Answers a, ReportField field) {
    String key = field.label().orElseThrow();
    String onBehalf = key + ".onBehalf";
    return field.page().equals(Optional.of(FormPage.ABOUT_YOU))
            && a.role == ReporterRole.ON_BEHALF
            && text.has(onBehalf)
        ? onBehalf
        : key;
  }

  /** Every answer the person was asked, in the order of {@link ReportField}. */
  List<Row> rows(Answers a) {
    List<Row> list = new ArrayList<>();
    Optional<FormPage> page = Optional.empty();
    for (ReportField field : ReportField.values()) {
      if (!field.page().equals(page)) {
        page = field.page();
        leadIn(list, a, page);
      }
      if (field.page().isPresent() && asked(field, a)) {
        add(list, field.key(), about(a, field), answer(field, a), StepId.of(field.page().get()));
      }
    }
    return list;
  }

  /** The questions a page asks before its answers, which decide whether the answers are asked. */
  private void leadIn(List<Row> list, Answers a, Optional<FormPage> page) {
    if (page.equals(Optional.of(FormPage.OFFENDERS))) {
      add(
          list,
          "canDescribe",
          "offenders.canDescribe",
          a.canDescribeOffenders == null
              ? null
              : text.get("offenders.canDescribe." + a.canDescribeOffenders.code()),
          StepId.OFFENDERS);
    } else if (page.equals(Optional.of(FormPage.WITNESSES))) {
      add(list, "othersSaw", "witnesses.othersSaw", answer(a.othersSaw), StepId.WITNESSES);
    }
  }

  /**
   * Whether the person was asked this, given their earlier answers; false for what is shown in
   * another answer's row.
   */
  private static boolean asked(ReportField field, Answers a) {
    return switch (field) {
      case RELATIONSHIP, OTHER_TYPE, OTHER_MOTIVATION -> false;
      case PLATFORM -> a.locationType == LocationType.ONLINE;
      case OTHER_PLACE -> a.locationType == LocationType.OTHER;
      case ADDRESS, POSTCODE, WARD -> a.locationType != LocationType.ONLINE;
      case OFFENDER_COUNT, OFFENDERS_KNOWN, OFFENDER_DESCRIPTIONS ->
          a.canDescribeOffenders == Answer.YES;
      case WITNESSES -> a.othersSaw == Answer.YES;
      case REPORTED_TO -> a.reportedBefore == Answer.YES;
      case VICTIM_NAME, VICTIM_PHONE, VICTIM_EMAIL, VICTIM_ADDRESS, VICTIM_POSTCODE, CONTACT_BACK ->
          !a.isAnonymous();
      case AGE_BAND, GENDER, TRANS_HISTORY, ETHNICITY, RELIGION, SEXUAL_ORIENTATION, DISABILITY ->
          !a.isAnonymous() && a.role != ReporterRole.WITNESS;
      case CONTACT_METHOD, SAFE_TIMES, SAFE_TO_LEAVE_MESSAGE, TRUSTED_PERSON ->
          !a.isAnonymous() && a.contactBack == Answer.YES;
      default -> true;
    };
  }

  /** The answer as the draft holds it, in words; null when not given. */
  private String answer(ReportField field, Answers a) {
    return switch (field) {
      case REPORTER_ROLE -> role(a);
      case RELATIONSHIP -> a.relationship;
      case ANONYMOUS ->
          a.anonymous == null ? null : text.get("anonymous." + (a.anonymous ? "yes" : "no"));
      case INCIDENT_TYPES -> withOther(a.types, a.otherType);
      case OTHER_TYPE -> a.otherType;
      case DESCRIPTION -> a.description;
      case MOTIVATIONS -> withOther(a.motivations, a.otherMotivation);
      case OTHER_MOTIVATION -> a.otherMotivation;
      case HATE_INDICATORS -> a.hateIndicators;
      case WHEN -> when(a);
      case TIME -> a.time;
      case STILL_HAPPENING -> answer(a.stillHappening);
      case LOCATION_TYPE -> coded(a.locationType);
      case PLATFORM -> a.platform;
      case OTHER_PLACE -> a.otherPlace;
      case ADDRESS -> a.address;
      case POSTCODE -> a.postcode;
      case WARD -> a.area;
      case INJURED -> answer(a.injured);
      case DAMAGE_OR_LOSS -> answer(a.damageOrLoss);
      case OFFENDER_COUNT -> a.offenderCount;
      case OFFENDERS_KNOWN -> answer(a.offendersKnown);
      case OFFENDER_DESCRIPTIONS ->
          a.offenderDescriptions.stream()
              .filter(d -> !blank(d))
              .map(String::strip)
              .collect(Collectors.joining("\n"));
      case WITNESSES ->
          a.witnesses.stream()
              .map(
                  w ->
                      String.join(
                          ", ",
                          Stream.of(w.name, w.contact, w.notes)
                              .filter(s -> !blank(s))
                              .map(String::strip)
                              .toList()))
              .filter(s -> !s.isEmpty())
              .collect(Collectors.joining("\n"));
      case HAPPENED_BEFORE -> answer(a.happenedBefore);
      case REPORTED_BEFORE -> answer(a.reportedBefore);
      case REPORTED_TO -> a.reportedTo;
      case VICTIM_NAME -> a.name;
      case VICTIM_PHONE -> a.phone;
      case VICTIM_EMAIL -> a.email;
      case VICTIM_ADDRESS -> a.homeAddress;
      case VICTIM_POSTCODE -> a.homePostcode;
      case AGE_BAND -> coded(a.ageBand);
      case GENDER -> coded(a.gender);
      case TRANS_HISTORY -> coded(a.transHistory);
      case ETHNICITY -> coded(a.ethnicity);
      case RELIGION -> coded(a.religion);
      case SEXUAL_ORIENTATION -> coded(a.sexualOrientation);
      case DISABILITY -> coded(a.disability);
      case POLICE -> coded(a.police);
      case VICTIM_SUPPORT -> answer(a.victimSupport);
      case OTHER_SERVICES -> answer(a.otherServices);
      case CONTACT_BACK -> answer(a.contactBack);
      case CONTACT_METHOD -> coded(a.contactMethod);
      case SAFE_TIMES -> a.safeTimes;
      case SAFE_TO_LEAVE_MESSAGE -> answer(a.safeToLeaveMessage);
      case TRUSTED_PERSON -> a.trustedPerson;
      // Not asked by the form: other systems may give them, the wizard never does.
      case EVIDENCE, EVIDENCE_NOTES, INTERPRETER_LANGUAGE, BSL, EASY_READ, ADVOCATE -> null;
    };
  }

  private String role(Answers a) {
    String role = a.role == null ? null : text.of(a.role);
    return a.role == ReporterRole.ON_BEHALF ? role + " (" + a.relationship.strip() + ")" : role;
  }

  private String when(Answers a) {
    if (a.whenChoice == null) {
      return null;
    }
    return "date".equals(a.whenChoice)
        ? a.day.strip() + "/" + a.month.strip() + "/" + a.year.strip()
        : text.get("when.choice." + a.whenChoice);
  }

  private void add(List<Row> list, String id, String questionKey, String value, StepId step) {
    String shown = blank(value) ? text.get("check.notProvided") : value.strip();
    list.add(new Row(id, text.get(questionKey), shown, step));
  }

  private String answer(Answer answer) {
    return answer == null ? null : text.get("answer." + answer.code());
  }

  private String coded(Coded value) {
    return value == null ? null : text.of(value);
  }

  private <E extends Coded> String withOther(Collection<E> values, String other) {
    String joined = values.stream().map(text::of).collect(Collectors.joining("\n"));
    return blank(other) || values.stream().noneMatch(v -> v.code().equals("other"))
        ? joined
        : joined + " (" + other.strip() + ")";
  }
}
