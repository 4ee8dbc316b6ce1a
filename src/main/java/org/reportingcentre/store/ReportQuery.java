package org.reportingcentre.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.ReportStatus;

/**
 * One page of the report list: what to look for, in what order, and which rows. Every filter is
 * optional; the dates are days in the centre's time zone, both ends included.
 *
 * @param reference part of a reference, in any case (such as {@code 2223} or {@code twl-22})
 * @param volunteer the user name that recorded the report (or {@code kiosk})
 * @param offset how many rows to skip (the page times the page size)
 * @param limit how many rows at most (1 to 500)
 */
public record ReportQuery(
    Optional<String> reference,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<ReportStatus> status,
    Optional<MotivationStrand> strand,
    Optional<IncidentType> type,
    Optional<String> ward,
    Optional<Channel> channel,
    Optional<String> volunteer,
    Sort sort,
    boolean descending,
    int offset,
    int limit) {

  /** The columns the list can be sorted by; ties are broken by reference. */
  public enum Sort {
    REFERENCE,
    DATE,
    STATUS,
    CHANNEL,
    VOLUNTEER
  }

  public static final int MAX_LIMIT = 500;

  public ReportQuery {
    reference = reference.map(String::strip).filter(s -> !s.isEmpty());
    ward = ward.flatMap(Wards::tidy);
    volunteer = volunteer.map(String::strip).filter(s -> !s.isEmpty());
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(strand, "strand");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sort, "sort");
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("A page has 1 to " + MAX_LIMIT + " rows from row 0 on");
    }
  }

  /** Every report, newest first, the first {@code limit} of them. */
  public static ReportQuery newestFirst(int limit) {
    return new ReportQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Sort.DATE,
        true,
        0,
        limit);
  }

  /**
   * True when the query looks at what a report says or who recorded it (strand, type, ward,
   * channel, volunteer), which a volunteer may not search by.
   */
  public boolean looksAtDetails() {
    return strand.isPresent()
        || type.isPresent()
        || ward.isPresent()
        || channel.isPresent()
        || volunteer.isPresent()
        || sort == Sort.CHANNEL
        || sort == Sort.VOLUNTEER;
  }

  public ReportQuery withStrand(MotivationStrand value) {
    return new ReportQuery(
        reference,
        from,
        to,
        status,
        Optional.of(value),
        type,
        ward,
        channel,
        volunteer,
        sort,
        descending,
        offset,
        limit);
  }

  public ReportQuery withDates(LocalDate first, LocalDate last) {
    return new ReportQuery(
        reference,
        Optional.of(first),
        Optional.of(last),
        status,
        strand,
        type,
        ward,
        channel,
        volunteer,
        sort,
        descending,
        offset,
        limit);
  }

  public ReportQuery withStatus(ReportStatus value) {
    return new ReportQuery(
        reference,
        from,
        to,
        Optional.of(value),
        strand,
        type,
        ward,
        channel,
        volunteer,
        sort,
        descending,
        offset,
        limit);
  }

  public ReportQuery withReference(String value) {
    return new ReportQuery(
        Optional.of(value),
        from,
        to,
        status,
        strand,
        type,
        ward,
        channel,
        volunteer,
        sort,
        descending,
        offset,
        limit);
  }

  public ReportQuery withVolunteer(String value) {
    return new ReportQuery(
        reference,
        from,
        to,
        status,
        strand,
        type,
        ward,
        channel,
        Optional.of(value),
        sort,
        descending,
        offset,
        limit);
  }

  public ReportQuery withWard(String value) {
    return new ReportQuery(
        reference,
        from,
        to,
        status,
        strand,
        type,
        Optional.of(value),
        channel,
        volunteer,
        sort,
        descending,
        offset,
        limit);
  }

  public ReportQuery withType(IncidentType value) {
    return new ReportQuery(
        reference,
        from,
        to,
        status,
        strand,
        Optional.of(value),
        ward,
        channel,
        volunteer,
        sort,
        descending,
        offset,
        limit);
  }

  public ReportQuery withChannel(Channel value) {
    return new ReportQuery(
        reference,
        from,
        to,
        status,
        strand,
        type,
        ward,
        Optional.of(value),
        volunteer,
        sort,
        descending,
        offset,
        limit);
  }

  public ReportQuery sortedBy(Sort column, boolean newestOrHighestFirst) {
    return new ReportQuery(
        reference,
        from,
        to,
        status,
        strand,
        type,
        ward,
        channel,
        volunteer,
        column,
        newestOrHighestFirst,
        offset,
        limit);
  }

  public ReportQuery page(int newOffset) {
    return new ReportQuery(
        reference,
        from,
        to,
        status,
        strand,
        type,
        ward,
        channel,
        volunteer,
        sort,
        descending,
        newOffset,
        limit);
  }
}
