package org.reportingcentre.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The answers a manager can correct before a report is sent, in the order the form asks them: the
 * coded answers (who is reporting, what happened, why, when, where, harm, offenders, history) with
 * the free texts that go with them, and the free texts people most often want put right. Each is a
 * {@link ReportField} that can be {@linkplain ReportField#correctable() corrected}; the field says
 * how to read and set it, and the registry test checks that this list and those fields agree.
 *
 * <p>Every value is a string: free text as typed; a coded answer as its code ({@code "yes"}, {@code
 * "street"}); several codes joined by commas in the code list's order ({@code "race,religion"}); a
 * date as {@code 2026-11-20} or an approximate time as its code ({@code "yesterday"}); a number as
 * digits. An empty value clears an optional answer.
 *
 * <p>Not here, on purpose (ADR 0602): the consents, which are the person's own statement with the
 * wording they saw, when and who recorded it; the equality answers and age band, which describe the
 * person in their own terms; and whether the report is anonymous, which is the person's choice.
 */
public enum CorrectableField {
  REPORTER_ROLE(ReportField.REPORTER_ROLE),
  RELATIONSHIP(ReportField.RELATIONSHIP),
  DESCRIPTION(ReportField.DESCRIPTION),
  INCIDENT_TYPES(ReportField.INCIDENT_TYPES),
  OTHER_TYPE(ReportField.OTHER_TYPE),
  MOTIVATIONS(ReportField.MOTIVATIONS),
  OTHER_MOTIVATION(ReportField.OTHER_MOTIVATION),
  HATE_INDICATORS(ReportField.HATE_INDICATORS),
  WHEN(ReportField.WHEN),
  STILL_HAPPENING(ReportField.STILL_HAPPENING),
  LOCATION_TYPE(ReportField.LOCATION_TYPE),
  PLATFORM(ReportField.PLATFORM),
  OTHER_PLACE(ReportField.OTHER_PLACE),
  ADDRESS(ReportField.ADDRESS),
  POSTCODE(ReportField.POSTCODE),
  WARD(ReportField.WARD),
  INJURED(ReportField.INJURED),
  DAMAGE_OR_LOSS(ReportField.DAMAGE_OR_LOSS),
  OFFENDER_COUNT(ReportField.OFFENDER_COUNT),
  OFFENDERS_KNOWN(ReportField.OFFENDERS_KNOWN),
  HAPPENED_BEFORE(ReportField.HAPPENED_BEFORE),
  VICTIM_NAME(ReportField.VICTIM_NAME),
  VICTIM_PHONE(ReportField.VICTIM_PHONE),
  VICTIM_EMAIL(ReportField.VICTIM_EMAIL);

  /** Which control the correction form shows for a field. */
  public enum Kind {
    /** One line of free text. */
    TEXT,
    /** Free text of any length. */
    LONG_TEXT,
    /** One code from a list. */
    ONE_OF,
    /** Any number of codes from a list. */
    ANY_OF,
    /** Yes, no or not sure. */
    ANSWER,
    /** A date, or an approximate time from a list. */
    WHEN,
    /** A whole number, or empty when not known. */
    COUNT
  }

  private final ReportField field;
  private final Kind kind;

  CorrectableField(ReportField field) {
    this.field = field;
    this.kind = Kind.valueOf(field.kind().name());
  }

  /** The registry entry this answer is. */
  public ReportField field() {
    return field;
  }

  /** The name kept in the audit trail and the corrections table. */
  public String code() {
    return field.key();
  }

  public Kind kind() {
    return kind;
  }

  /** True for an answer chosen from a list (or a date or number) rather than typed as text. */
  public boolean coded() {
    return kind != Kind.TEXT && kind != Kind.LONG_TEXT;
  }

  /** The codes a coded answer chooses from (for {@link Kind#WHEN}: the approximate times). */
  public List<Coded> options() {
    return field.options();
  }

  public static Optional<CorrectableField> fromCode(String code) {
    for (CorrectableField f : values()) {
      if (f.code().equals(code)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The current answer, empty when none was given. */
  public Optional<String> read(Report report) {
    return field.read(report);
  }

  /**
   * A copy of the report with this answer replaced (or cleared, when empty).
   *
   * @throws IllegalArgumentException with a plain message when the value is not an answer this
   *     field can take (an unknown code, a date that does not exist, a number that is not one)
   */
  public Report write(Report report, String value) {
    return field.write(report, value);
  }

  /** Codes in the form this field's values take: joined by commas, in the code list's order. */
  public static String codes(Collection<? extends Coded> chosen) {
    return FieldValues.codes(chosen, ",");
  }
}
