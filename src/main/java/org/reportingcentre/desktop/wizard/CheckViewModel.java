package org.reportingcentre.desktop.wizard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.ReporterRole;

/** Page 16: every answer, each with a Change link back to its page. */
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
  private String about(Answers a, String key) {
    String onBehalf = key + ".onBehalf";
    return a.role == ReporterRole.ON_BEHALF && text.has(onBehalf) ? onBehalf : key;
  }

  List<Row> rows(Answers a) {
    List<Row> list = new ArrayList<>();
    String role = a.role == null ? null : text.of(a.role);
    if (a.role == ReporterRole.ON_BEHALF) {
      role = role + " (" + a.relationship.strip() + ")";
    }
    add(list, "role", "who.role", role, StepId.WHO);
    add(
        list,
        "anonymous",
        "anonymous.question",
        a.anonymous == null ? null : text.get("anonymous." + (a.anonymous ? "yes" : "no")),
        StepId.ANONYMOUS);
    add(list, "types", "what.types", withOther(a.types, a.otherType), StepId.WHAT);
    add(list, "description", "description.field", a.description, StepId.DESCRIPTION);
    add(
        list,
        "motivations",
        "why.motivations",
        withOther(a.motivations, a.otherMotivation),
        StepId.WHY);
    add(list, "hateIndicators", "why.hateIndicators", a.hateIndicators, StepId.WHY);
    String when =
        a.whenChoice == null
            ? null
            : "date".equals(a.whenChoice)
                ? a.day.strip() + "/" + a.month.strip() + "/" + a.year.strip()
                : text.get("when.choice." + a.whenChoice);
    add(list, "when", "when.choice", when, StepId.WHEN);
    add(list, "time", "when.time", a.time, StepId.WHEN);
    add(list, "stillHappening", "when.stillHappening", answer(a.stillHappening), StepId.WHEN);
    add(
        list,
        "locationType",
        "where.type",
        a.locationType == null ? null : text.of(a.locationType),
        StepId.WHERE);
    if (a.locationType == org.reportingcentre.report.LocationType.ONLINE) {
      add(list, "platform", "where.platform", a.platform, StepId.WHERE);
    } else {
      if (a.locationType == org.reportingcentre.report.LocationType.OTHER) {
        add(list, "otherPlace", "where.otherPlace", a.otherPlace, StepId.WHERE);
      }
      add(list, "address", "where.address", a.address, StepId.WHERE);
      add(list, "postcode", "where.postcode", a.postcode, StepId.WHERE);
      add(list, "area", "where.area", a.area, StepId.WHERE);
    }
    add(list, "injured", "harm.injured", answer(a.injured), StepId.HARM);
    add(list, "damageOrLoss", "harm.damageOrLoss", answer(a.damageOrLoss), StepId.HARM);
    add(
        list,
        "canDescribe",
        "offenders.canDescribe",
        a.canDescribeOffenders == null
            ? null
            : text.get("offenders.canDescribe." + a.canDescribeOffenders.code()),
        StepId.OFFENDERS);
    if (a.canDescribeOffenders == Answer.YES) {
      add(list, "count", "offenders.count", a.offenderCount, StepId.OFFENDERS);
      add(list, "known", "offenders.known", answer(a.offendersKnown), StepId.OFFENDERS);
      add(
          list,
          "descriptions",
          "offenders.descriptions",
          a.offenderDescriptions.stream()
              .filter(d -> !blank(d))
              .map(String::strip)
              .collect(Collectors.joining("\n")),
          StepId.OFFENDERS);
    }
    add(list, "othersSaw", "witnesses.othersSaw", answer(a.othersSaw), StepId.WITNESSES);
    if (a.othersSaw == Answer.YES) {
      add(
          list,
          "witnessList",
          "witnesses.list",
          a.witnesses.stream()
              .map(
                  w ->
                      String.join(
                          ", ",
                          java.util.stream.Stream.of(w.name, w.contact, w.notes)
                              .filter(s -> !blank(s))
                              .map(String::strip)
                              .toList()))
              .filter(s -> !s.isEmpty())
              .collect(Collectors.joining("\n")),
          StepId.WITNESSES);
    }
    add(list, "happenedBefore", "history.happened", answer(a.happenedBefore), StepId.HISTORY);
    add(list, "reportedBefore", "history.reported", answer(a.reportedBefore), StepId.HISTORY);
    if (a.reportedBefore == Answer.YES) {
      add(list, "reportedTo", "history.reportedTo", a.reportedTo, StepId.HISTORY);
    }
    if (!a.isAnonymous()) {
      add(list, "name", "about.name", a.name, StepId.ABOUT_YOU);
      add(list, "phone", "about.phone", a.phone, StepId.ABOUT_YOU);
      add(list, "email", "about.email", a.email, StepId.ABOUT_YOU);
      add(list, "homeAddress", "about.address", a.homeAddress, StepId.ABOUT_YOU);
      add(list, "homePostcode", "about.postcode", a.homePostcode, StepId.ABOUT_YOU);
      if (a.role != ReporterRole.WITNESS) {
        add(list, "ageBand", about(a, "about.ageBand"), coded(a.ageBand), StepId.ABOUT_YOU);
        add(list, "gender", about(a, "about.gender"), coded(a.gender), StepId.ABOUT_YOU);
        add(
            list,
            "transHistory",
            about(a, "about.transHistory"),
            coded(a.transHistory),
            StepId.ABOUT_YOU);
        add(list, "ethnicity", about(a, "about.ethnicity"), coded(a.ethnicity), StepId.ABOUT_YOU);
        add(list, "religion", about(a, "about.religion"), coded(a.religion), StepId.ABOUT_YOU);
        add(
            list,
            "sexualOrientation",
            about(a, "about.sexualOrientation"),
            coded(a.sexualOrientation),
            StepId.ABOUT_YOU);
        add(
            list,
            "disability",
            about(a, "about.disability"),
            coded(a.disability),
            StepId.ABOUT_YOU);
      }
    }
    add(list, "police", "sharing.police", coded(a.police), StepId.SHARING);
    add(list, "victimSupport", "sharing.victimSupport", answer(a.victimSupport), StepId.SHARING);
    add(list, "otherServices", "sharing.otherServices", answer(a.otherServices), StepId.SHARING);
    if (!a.isAnonymous()) {
      add(list, "contactBack", "contact.contactBack", answer(a.contactBack), StepId.CONTACT);
      if (a.contactBack == Answer.YES) {
        add(list, "method", "contact.method", coded(a.contactMethod), StepId.CONTACT);
        add(list, "safeTimes", "contact.safeTimes", a.safeTimes, StepId.CONTACT);
        add(
            list,
            "safeToLeaveMessage",
            "contact.safeToLeaveMessage",
            answer(a.safeToLeaveMessage),
            StepId.CONTACT);
        add(list, "trustedPerson", "contact.trustedPerson", a.trustedPerson, StepId.CONTACT);
      }
    }
    return list;
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
