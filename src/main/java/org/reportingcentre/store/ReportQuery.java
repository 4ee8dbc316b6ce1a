package org.reportingcentre.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.report.Wards;

/**
 * One page of the report list: what to look for, in what order, and which rows. Every filter is
 * optional; the dates are days in the centre's time zone, both ends included. Build one with {@link
 * #builder()}, or change one with {@link #with}: {@code ReportQuery.newestFirst(25).with(q ->
 * q.strand(RACE).ward("Westfield"))}.
 *
 * @param reference part of a reference, in any case (such as {@code 2223} or {@code twl-22})
 * @param volunteer the user name that recorded the report (or {@code kiosk})
 * @param onlyWithNews only reports with an outcome from the SPOC that nobody has looked at yet
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
    boolean onlyWithNews,
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

  /** No filter, newest first, the first 25 rows: set what differs, then {@link Builder#build}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every report, newest first, the first {@code limit} of them. */
  public static ReportQuery newestFirst(int limit) {
    return builder().limit(limit).build();
  }

  /** A builder holding this query, to change some of it. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.reference = reference.orElse(null);
    b.from = from.orElse(null);
    b.to = to.orElse(null);
    b.status = status.orElse(null);
    b.strand = strand.orElse(null);
    b.type = type.orElse(null);
    b.ward = ward.orElse(null);
    b.channel = channel.orElse(null);
    b.volunteer = volunteer.orElse(null);
    b.onlyWithNews = onlyWithNews;
    b.sort = sort;
    b.descending = descending;
    b.offset = offset;
    b.limit = limit;
    return b;
  }

  /** This query with some of it changed: {@code query.with(q -> q.status(RECEIVED))}. */
  public ReportQuery with(Consumer<Builder> change) {
    Builder b = toBuilder();
    change.accept(b);
    return b.build();
  }

  /** The same search from another row on. */
  public ReportQuery page(int newOffset) {
    return with(q -> q.offset(newOffset));
  }

  /** The same search in another order, from its first row. */
  public ReportQuery sortedBy(Sort column, boolean newestOrHighestFirst) {
    return with(q -> q.sort(column, newestOrHighestFirst).offset(0));
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

  /**
   * The parts of a query, each "any" until set; {@code null} (or blank text) sets one back to
   * "any", so a screen can pass what a drop-down holds as it is.
   */
  public static final class Builder {
    private String reference;
    private LocalDate from;
    private LocalDate to;
    private ReportStatus status;
    private MotivationStrand strand;
    private IncidentType type;
    private String ward;
    private Channel channel;
    private String volunteer;
    private boolean onlyWithNews;
    private Sort sort = Sort.DATE;
    private boolean descending = true;
    private int offset;
    private int limit = 25;

    private Builder() {}

    public Builder reference(String value) {
      reference = value;
      return this;
    }

    /** From the first day to the last, both included; either may be {@code null} (open). */
    public Builder dates(LocalDate first, LocalDate last) {
      from = first;
      to = last;
      return this;
    }

    public Builder status(ReportStatus value) {
      status = value;
      return this;
    }

    public Builder strand(MotivationStrand value) {
      strand = value;
      return this;
    }

    public Builder type(IncidentType value) {
      type = value;
      return this;
    }

    public Builder ward(String value) {
      ward = value;
      return this;
    }

    public Builder channel(Channel value) {
      channel = value;
      return this;
    }

    public Builder volunteer(String value) {
      volunteer = value;
      return this;
    }

    public Builder onlyWithNews(boolean value) {
      onlyWithNews = value;
      return this;
    }

    public Builder sort(Sort column, boolean newestOrHighestFirst) {
      sort = Objects.requireNonNull(column, "sort");
      descending = newestOrHighestFirst;
      return this;
    }

    public Builder offset(int value) {
      offset = value;
      return this;
    }

    public Builder limit(int value) {
      limit = value;
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException for a page outside 1 to {@link #MAX_LIMIT} rows
     */
    public ReportQuery build() {
      return new ReportQuery(
          Optional.ofNullable(reference),
          Optional.ofNullable(from),
          Optional.ofNullable(to),
          Optional.ofNullable(status),
          Optional.ofNullable(strand),
          Optional.ofNullable(type),
          Optional.ofNullable(ward),
          Optional.ofNullable(channel),
          Optional.ofNullable(volunteer),
          onlyWithNews,
          sort,
          descending,
          offset,
          limit);
    }
  }
}
