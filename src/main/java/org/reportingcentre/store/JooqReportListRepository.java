package org.reportingcentre.store;

import static org.reportingcentre.store.jooq.Tables.REPORT;
import static org.reportingcentre.store.jooq.Tables.REPORT_FACT;
import static org.reportingcentre.store.jooq.Tables.REPORT_SYNC;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.report.Wards;

/** The report list in the encrypted H2 store: one SQL query a page, one a count. */
final class JooqReportListRepository implements ReportListRepository {
  private final DSLContext dsl;

  JooqReportListRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public ReportListPage page(ReportQuery query, boolean detailed, ZoneId zone) {
    Condition where = conditions(query, zone);
    List<Field<?>> columns =
        new ArrayList<>(List.of(REPORT.ID, REPORT.REFERENCE, REPORT.COMPLETED_AT, REPORT.STATUS));
    if (detailed) {
      columns.addAll(
          List.of(REPORT.CHANNEL, REPORT.RECORDED_BY, REPORT_FACT.STRANDS, REPORT_FACT.WARD));
    }
    // One row more than the page says whether there is a next page, without counting.
    List<ReportRow> rows =
        from(dsl.select(columns), detailed)
            .where(where)
            .orderBy(order(query))
            .limit(query.limit() + 1)
            .offset(query.offset())
            .fetch(r -> row(r, detailed));
    boolean more = rows.size() > query.limit();
    return new ReportListPage(
        more ? rows.subList(0, query.limit()) : rows,
        query.offset(),
        query.limit(),
        more,
        detailed);
  }

  @Override
  public long count(ReportQuery query, ZoneId zone) {
    if (needsFacts(query)
        && !query.onlyWithNews()
        && query.reference().isEmpty()
        && query.status().isEmpty()
        && query.volunteer().isEmpty()) {
      // Everything asked is in the facts (one row per report, reports are never deleted): count
      // there alone, by its date index, rather than joining every report to its facts.
      return dsl.selectCount()
          .from(REPORT_FACT)
          .where(factConditions(query, zone))
          .fetchOne(0, Long.class);
    }
    var count = dsl.selectCount().from(REPORT);
    Condition where = conditions(query, zone);
    if (needsFacts(query)) {
      return count
          .join(REPORT_FACT)
          .on(REPORT_FACT.REPORT_ID.eq(REPORT.ID))
          .where(where)
          .fetchOne(0, Long.class);
    }
    return count.where(where).fetchOne(0, Long.class);
  }

  @Override
  public List<String> wards() {
    return dsl.selectDistinct(REPORT_FACT.WARD)
        .from(REPORT_FACT)
        .where(REPORT_FACT.WARD.isNotNull())
        .orderBy(REPORT_FACT.WARD)
        .fetch(REPORT_FACT.WARD);
  }

  @Override
  public List<String> recorders() {
    return dsl.selectDistinct(REPORT.RECORDED_BY)
        .from(REPORT)
        .orderBy(REPORT.RECORDED_BY)
        .fetch(REPORT.RECORDED_BY);
  }

  private static <R extends Record> SelectJoinStep<R> from(
      org.jooq.SelectSelectStep<R> select, boolean withFacts) {
    SelectJoinStep<R> from = select.from(REPORT);
    return withFacts ? from.leftJoin(REPORT_FACT).on(REPORT_FACT.REPORT_ID.eq(REPORT.ID)) : from;
  }

  private static boolean needsFacts(ReportQuery q) {
    return q.strand().isPresent() || q.type().isPresent() || q.ward().isPresent();
  }

  private static Condition conditions(ReportQuery q, ZoneId zone) {
    List<Condition> all = new ArrayList<>();
    q.reference()
        .ifPresent(
            text ->
                all.add(REPORT.REFERENCE.contains(text.toUpperCase(Locale.ROOT).replace(" ", ""))));
    q.from().ifPresent(d -> all.add(REPORT.COMPLETED_AT.ge(startOf(d, zone))));
    q.to().ifPresent(d -> all.add(REPORT.COMPLETED_AT.lt(startOf(d.plusDays(1), zone))));
    q.status().ifPresent(s -> all.add(REPORT.STATUS.eq(s.code())));
    q.strand().ifPresent(s -> all.add(hasCode(REPORT_FACT.STRANDS, s)));
    q.type().ifPresent(t -> all.add(hasCode(REPORT_FACT.INCIDENT_TYPES, t)));
    q.ward().ifPresent(w -> all.add(DSL.lower(REPORT_FACT.WARD).eq(Wards.key(w))));
    q.channel().ifPresent(c -> all.add(REPORT.CHANNEL.eq(c.code())));
    q.volunteer().ifPresent(v -> all.add(REPORT.RECORDED_BY.eq(v)));
    if (q.onlyWithNews()) {
      all.add(
          REPORT.ID.in(
              DSL.select(REPORT_SYNC.REPORT_ID)
                  .from(REPORT_SYNC)
                  .where(REPORT_SYNC.OUTCOME_NEWS.isTrue())));
    }
    return DSL.and(all);
  }

  /** The conditions of a query that asks only what the facts hold, on the facts table alone. */
  private static Condition factConditions(ReportQuery q, ZoneId zone) {
    List<Condition> all = new ArrayList<>();
    q.from().ifPresent(d -> all.add(REPORT_FACT.COMPLETED_AT.ge(startOf(d, zone))));
    q.to().ifPresent(d -> all.add(REPORT_FACT.COMPLETED_AT.lt(startOf(d.plusDays(1), zone))));
    q.strand().ifPresent(s -> all.add(hasCode(REPORT_FACT.STRANDS, s)));
    q.type().ifPresent(t -> all.add(hasCode(REPORT_FACT.INCIDENT_TYPES, t)));
    q.ward().ifPresent(w -> all.add(DSL.lower(REPORT_FACT.WARD).eq(Wards.key(w))));
    q.channel().ifPresent(c -> all.add(REPORT_FACT.CHANNEL.eq(c.code())));
    return DSL.and(all);
  }

  /** A comma-separated list of codes (as report_fact keeps them) holding this one. */
  private static Condition hasCode(Field<String> codes, Coded code) {
    return DSL.concat(DSL.inline(","), codes, DSL.inline(",")).like("%," + code.code() + ",%");
  }

  private static OffsetDateTime startOf(java.time.LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static List<SortField<?>> order(ReportQuery q) {
    Field<?> first =
        switch (q.sort()) {
          case REFERENCE -> REPORT.REFERENCE;
          case DATE -> REPORT.COMPLETED_AT;
          case STATUS -> REPORT.STATUS;
          case CHANNEL -> REPORT.CHANNEL;
          case VOLUNTEER -> REPORT.RECORDED_BY;
        };
    List<SortField<?>> order = new ArrayList<>();
    order.add(q.descending() ? first.desc() : first.asc());
    if (q.sort() != ReportQuery.Sort.DATE && q.sort() != ReportQuery.Sort.REFERENCE) {
      order.add(q.descending() ? REPORT.COMPLETED_AT.desc() : REPORT.COMPLETED_AT.asc());
    }
    if (q.sort() != ReportQuery.Sort.REFERENCE) {
      order.add(q.descending() ? REPORT.REFERENCE.desc() : REPORT.REFERENCE.asc());
    }
    return order;
  }

  private static ReportRow row(Record r, boolean detailed) {
    ReportStatus status = Coded.fromCode(ReportStatus.class, r.get(REPORT.STATUS)).orElseThrow();
    if (!detailed) {
      return new ReportRow(
          r.get(REPORT.ID),
          Reference.parse(r.get(REPORT.REFERENCE)),
          r.get(REPORT.COMPLETED_AT).toInstant(),
          status,
          Optional.empty(),
          Optional.empty(),
          Set.of(),
          Optional.empty());
    }
    String strands = r.get(REPORT_FACT.STRANDS);
    Set<MotivationStrand> parsed = EnumSet.noneOf(MotivationStrand.class);
    if (strands != null && !strands.isEmpty()) {
      Arrays.stream(strands.split(","))
          .forEach(code -> Coded.fromCode(MotivationStrand.class, code).ifPresent(parsed::add));
    }
    return new ReportRow(
        r.get(REPORT.ID),
        Reference.parse(r.get(REPORT.REFERENCE)),
        r.get(REPORT.COMPLETED_AT).toInstant(),
        status,
        Coded.fromCode(Channel.class, r.get(REPORT.CHANNEL)),
        Optional.of(r.get(REPORT.RECORDED_BY)),
        parsed,
        Optional.ofNullable(r.get(REPORT_FACT.WARD)));
  }
}
