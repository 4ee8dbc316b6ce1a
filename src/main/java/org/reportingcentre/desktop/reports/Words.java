package org.reportingcentre.desktop.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.LocalZone;
import org.reportingcentre.report.ReportField;
import org.reportingcentre.report.ReportStatus;

/** The plain words and dates the report screens share. */
final class Words {
  static final ZoneId CENTRE_ZONE = LocalZone.ZONE;

  private final Messages text;
  private final DateTimeFormatter day;
  private final DateTimeFormatter dayAndTime;

  Words(Messages text) {
    this.text = text;
    Locale locale = text.locale().getLanguage().isEmpty() ? Locale.UK : text.locale();
    this.day = DateTimeFormatter.ofPattern("d MMM yyyy", locale).withZone(CENTRE_ZONE);
    this.dayAndTime =
        DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(CENTRE_ZONE);
  }

  Messages text() {
    return text;
  }

  /** The four sync states as every screen and command says them. */
  String status(ReportStatus status) {
    return text.get("reports.status." + status.code());
  }

  String channel(Channel channel) {
    return text.get("reports.channel." + channel.code());
  }

  String day(Instant at) {
    return day.format(at);
  }

  String day(LocalDate date) {
    return day.format(date.atStartOfDay(CENTRE_ZONE));
  }

  String dayAndTime(Instant at) {
    return dayAndTime.format(at);
  }

  /**
   * An answer in the words of the form, from its text form (see {@link ReportField#read}): the
   * choices' names, a date, yes or no, or the text.
   */
  String say(ReportField field, String value) {
    return switch (field.kind()) {
      case TEXT, LONG_TEXT, LINES, COUNT, TIME -> value;
      case ANSWER, YES_NO, CONSENT -> text.get("answer." + value);
      case ONE_OF -> field.option(value).map(text::of).orElse(value);
      case ANY_OF ->
          Arrays.stream(value.split(","))
              .map(code -> field.option(code).map(text::of).orElse(code))
              .collect(Collectors.joining(", "));
      case WHEN ->
          date(value)
              .map(this::day)
              .orElse(text.has("when.choice." + value) ? text.get("when.choice." + value) : value);
    };
  }

  static java.util.Optional<LocalDate> date(String value) {
    try {
      return java.util.Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException notADate) {
      return java.util.Optional.empty();
    }
  }
}
