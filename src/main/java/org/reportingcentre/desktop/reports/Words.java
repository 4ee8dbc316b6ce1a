package org.reportingcentre.desktop.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.LocalZone;
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
}
