package org.reportingcentre.store;

import static org.reportingcentre.store.jooq.Tables.REFERRAL;
import static org.reportingcentre.store.jooq.Tables.REPORT;
import static org.reportingcentre.store.jooq.Tables.REPORT_FACT;
import static org.reportingcentre.store.jooq.Tables.REPORT_SYNC;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.ExchangeFormatException;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Outcome;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReporterRole;

/**
 * The facts in the encrypted H2 store, one row per report, kept up to date from the reports'
 * documents and the SPOC's outcomes.
 */
final class JooqFactRepository implements FactRepository {
  private static final String FACTS_CHECKED_AT = "facts-checked-at";

  /**
   * How long a write transaction may stay open and still be noticed: a report's updated_at is set
   * by the same clock when its transaction starts, so one that commits after a check began is still
   * looked at next time if it started less than this before.
   */
  private static final java.time.Duration STILL_OPEN_MARGIN = java.time.Duration.ofMinutes(10);

  private static final int BATCH = 500;

  private final DSLContext dsl;
  private final ExchangeFormat format;
  private final Clock clock;

  JooqFactRepository(DSLContext dsl, ExchangeFormat format, Clock clock) {
    this.dsl = dsl;
    this.format = format;
    this.clock = clock;
  }

  /**
   * Brings the facts up to date with the stored reports: new reports are added and changed ones (an
   * outcome arrived, a correction) are read again. Facts of reports no longer stored are kept. A
   * report counts as changed when its content hash or its {@code updated_at} moved, so whatever
   * changes a stored document must move {@code updated_at} forward (as {@code setStatus} does).
   *
   * @return how many reports were read
   */
  @Override
  public int refresh() {
    OffsetDateTime started = utc(clock.instant());
    return dsl.transactionResult(
        cfg -> {
          DSLContext tx = cfg.dsl();
          Optional<OffsetDateTime> checked =
              JooqStatisticsSettingsRepository.setting(tx, FACTS_CHECKED_AT)
                  .map(OffsetDateTime::parse);
          // Normally only rows changed since the last check began (less a margin for write
          // transactions still open then) are compared; every row the first time, or when some
          // reports have no facts at all.
          boolean everything =
              checked.isEmpty() || tx.fetchCount(REPORT) > tx.fetchCount(REPORT_FACT);
          Condition recent =
              everything
                  ? DSL.noCondition()
                  : REPORT.UPDATED_AT.ge(checked.get().minus(STILL_OPEN_MARGIN));
          java.util.Set<UUID> changed =
              new java.util.LinkedHashSet<>(
                  tx.select(REPORT.ID)
                      .from(REPORT)
                      .leftJoin(REPORT_FACT)
                      .on(REPORT_FACT.REPORT_ID.eq(REPORT.ID))
                      .where(recent)
                      .and(
                          REPORT_FACT
                              .REPORT_ID
                              .isNull()
                              .or(REPORT_FACT.CONTENT_HASH.ne(REPORT.CONTENT_HASH))
                              .or(REPORT_FACT.SOURCE_UPDATED_AT.ne(REPORT.UPDATED_AT)))
                      .fetch(REPORT.ID));
          // Outcomes from the single point of contact arrive in report_sync, not in the document.
          changed.addAll(
              tx.select(REPORT_SYNC.REPORT_ID)
                  .from(REPORT_SYNC)
                  .where(REPORT_SYNC.OUTCOME.isNotNull())
                  .and(
                      everything
                          ? DSL.noCondition()
                          : REPORT_SYNC.UPDATED_AT.ge(checked.get().minus(STILL_OPEN_MARGIN)))
                  .fetch(REPORT_SYNC.REPORT_ID));
          List<UUID> stale = List.copyOf(changed);
          for (int from = 0; from < stale.size(); from += BATCH) {
            readFacts(tx, stale.subList(from, Math.min(stale.size(), from + BATCH)));
          }
          JooqStatisticsSettingsRepository.putSetting(tx, FACTS_CHECKED_AT, started.toString());
          return stale.size();
        });
  }

  /**
   * Writes one report's facts again inside the caller's transaction, so a correction and the
   * statistics it changes are saved together (ADR 0602).
   */
  @Override
  public void rewrite(UUID reportId) {
    readFacts(dsl, List.of(reportId));
  }

  /** Reads the documents of some reports and writes their facts: new ones in one insert. */
  private void readFacts(DSLContext tx, List<UUID> ids) {
    var rows =
        tx.select(
                REPORT.ID,
                REPORT.CONTENT_HASH,
                REPORT.DOCUMENT,
                REPORT.UPDATED_AT,
                REPORT_FACT.REPORT_ID,
                REPORT_FACT.FIRST_OUTCOME_AT,
                REPORT_SYNC.OUTCOME)
            .from(REPORT)
            .leftJoin(REPORT_FACT)
            .on(REPORT_FACT.REPORT_ID.eq(REPORT.ID))
            .leftJoin(REPORT_SYNC)
            .on(REPORT_SYNC.REPORT_ID.eq(REPORT.ID))
            .where(REPORT.ID.in(ids))
            .fetch();
    List<Query> changed = new ArrayList<>();
    var insert = tx.insertInto(REPORT_FACT).columns(FACT_COLUMNS);
    boolean anyNew = false;
    for (var row : rows) {
      ReportFacts facts;
      try {
        Report report = format.read(row.value3().getBytes(StandardCharsets.UTF_8));
        if (row.value7() != null) {
          // The single point of contact's answer is newer than any outcome in the document.
          report = report.withOutcome(format.mapper().readValue(row.value7(), Outcome.class));
        }
        facts =
            ReportFacts.of(
                report, Optional.ofNullable(row.value6()).map(OffsetDateTime::toInstant));
      } catch (ExchangeFormatException | com.fasterxml.jackson.core.JsonProcessingException e) {
        // Only the id: the document may hold personal details.
        throw new IllegalStateException("Stored report " + row.value1() + " cannot be read", e);
      }
      if (row.value5() == null) {
        insert = insert.values(values(facts, row.value2(), row.value4()));
        anyNew = true;
      } else {
        changed.add(upsert(tx, facts, row.value2(), row.value4()));
      }
    }
    if (anyNew) {
      insert.execute();
    }
    if (!changed.isEmpty()) {
      tx.batch(changed).execute();
    }
  }

  private static final List<org.jooq.Field<?>> FACT_COLUMNS =
      List.of(
          REPORT_FACT.REPORT_ID,
          REPORT_FACT.CONTENT_HASH,
          REPORT_FACT.SOURCE_UPDATED_AT,
          REPORT_FACT.COMPLETED_AT,
          REPORT_FACT.CHANNEL,
          REPORT_FACT.REPORTER_ROLE,
          REPORT_FACT.ANONYMOUS,
          REPORT_FACT.STRANDS,
          REPORT_FACT.INCIDENT_TYPES,
          REPORT_FACT.LOCATION_TYPE,
          REPORT_FACT.WARD,
          REPORT_FACT.HAPPENED_BEFORE,
          REPORT_FACT.CONSENTS_GIVEN,
          REPORT_FACT.OUTCOME_STATUS,
          REPORT_FACT.OUTCOME_ACTIONS,
          REPORT_FACT.REFERRALS,
          REPORT_FACT.FIRST_OUTCOME_AT);

  private static List<Object> values(
      ReportFacts f, String contentHash, OffsetDateTime sourceUpdatedAt) {
    return java.util.Arrays.asList(
        f.id(),
        contentHash,
        sourceUpdatedAt,
        utc(f.completedAt()),
        f.channel().code(),
        f.reporterRole().code(),
        f.anonymous(),
        codes(f.strands()),
        codes(f.types()),
        f.locationType().code(),
        f.ward().orElse(null),
        f.happenedBefore().code(),
        codes(f.consentsGiven()),
        f.outcomeStatus().map(Coded::code).orElse(null),
        f.outcomeActions(),
        f.referrals(),
        f.firstOutcomeAt().map(JooqFactRepository::utc).orElse(null));
  }

  /** Writes the facts of a report whose facts were read before: every column but its id. */
  private static Query upsert(
      DSLContext tx, ReportFacts f, String contentHash, OffsetDateTime sourceUpdatedAt) {
    List<Object> values = values(f, contentHash, sourceUpdatedAt);
    java.util.Map<org.jooq.Field<?>, Object> changed = new java.util.LinkedHashMap<>();
    for (int i = 1; i < FACT_COLUMNS.size(); i++) {
      changed.put(FACT_COLUMNS.get(i), values.get(i));
    }
    return tx.mergeInto(REPORT_FACT)
        .using(tx.selectOne())
        .on(REPORT_FACT.REPORT_ID.eq(f.id()))
        .whenMatchedThenUpdate()
        .set(changed)
        .whenNotMatchedThenInsert(FACT_COLUMNS)
        .values(values);
  }

  @Override
  public List<ReportFacts> completedBetween(Instant from, Instant to) {
    return dsl.select(REPORT_FACT.asterisk(), CENTRE_REFERRALS)
        .from(REPORT_FACT)
        .where(REPORT_FACT.COMPLETED_AT.ge(utc(from)))
        .and(REPORT_FACT.COMPLETED_AT.lt(utc(to)))
        .fetch(JooqFactRepository::toFacts);
  }

  /**
   * The referrals the centre made itself from the report (the referral screen), counted beside
   * those the SPOC listed in its outcome. They are rows of their own (no personal details), so they
   * survive purge like the facts.
   */
  private static final org.jooq.Field<Integer> CENTRE_REFERRALS =
      DSL.field(
              DSL.selectCount().from(REFERRAL).where(REFERRAL.REPORT_ID.eq(REPORT_FACT.REPORT_ID)))
          .as("centre_referrals");

  /**
   * The counts of the facts of reports completed at or after {@code from} and before {@code to}:
   * the same figures as {@link FactCounts#of} over {@link #completedBetween}, in one lean pass over
   * the period's rows (ADR 0303). Only the columns counted are read, straight from JDBC; lists of
   * codes are tallied as they are stored (a few hundred different lists) and split once at the end,
   * so no row becomes an object.
   *
   * @param monthStarts the first instant of each month to count, in order
   */
  @Override
  public FactCounts countBetween(Instant from, Instant to, List<Instant> monthStarts) {
    return dsl.connectionResult(
        connection -> {
          try (java.sql.PreparedStatement query =
              connection.prepareStatement(
                  "SELECT completed_at, strands, incident_types, consents_given, location_type,"
                      + " channel, reporter_role, ward, happened_before, anonymous, outcome_status,"
                      + " outcome_actions, referrals + (SELECT COUNT(*) FROM referral r"
                      + " WHERE r.report_id = report_fact.report_id), first_outcome_at"
                      + " FROM report_fact WHERE completed_at >= ? AND completed_at < ?")) {
            query.setObject(1, utc(from));
            query.setObject(2, utc(to));
            try (java.sql.ResultSet rows = query.executeQuery()) {
              return new Tally(monthStarts).addAll(rows).counts();
            }
          }
        });
  }

  /** Counts rows as they come: code lists and single codes by their stored text. */
  private static final class Tally {
    private static final java.util.Set<String> FURTHER_ACTION =
        java.util.Set.of(
            OutcomeStatus.PASSED_TO_POLICE.code(),
            OutcomeStatus.REFERRED.code(),
            OutcomeStatus.ACTION_TAKEN.code());
    private final long[] monthStarts;
    private final long[] months;
    private final java.util.Map<String, long[]> strands = new java.util.HashMap<>();
    private final java.util.Map<String, long[]> types = new java.util.HashMap<>();
    private final java.util.Map<String, long[]> consents = new java.util.HashMap<>();
    private final java.util.Map<String, long[]> locations = new java.util.HashMap<>();
    private final java.util.Map<String, long[]> channels = new java.util.HashMap<>();
    private final java.util.Map<String, long[]> roles = new java.util.HashMap<>();
    private final java.util.Map<String, Long> wards = new java.util.TreeMap<>();
    private final List<java.time.Duration> toFirstOutcome = new ArrayList<>();
    private long reports;
    private long repeat;
    private long anonymous;
    private long withOutcome;
    private long furtherAction;
    private long withReferrals;
    private long referrals;

    Tally(List<Instant> starts) {
      monthStarts = starts.stream().mapToLong(Instant::getEpochSecond).toArray();
      months = new long[starts.size()];
    }

    Tally addAll(java.sql.ResultSet rows) throws java.sql.SQLException {
      while (rows.next()) {
        Instant completed = rows.getObject(1, OffsetDateTime.class).toInstant();
        reports++;
        int month = java.util.Arrays.binarySearch(monthStarts, completed.getEpochSecond());
        month = month >= 0 ? month : -month - 2;
        if (month >= 0) {
          months[month]++;
        }
        strands.computeIfAbsent(rows.getString(2), k -> new long[1])[0]++;
        types.computeIfAbsent(rows.getString(3), k -> new long[1])[0]++;
        consents.computeIfAbsent(rows.getString(4), k -> new long[1])[0]++;
        locations.computeIfAbsent(rows.getString(5), k -> new long[1])[0]++;
        channels.computeIfAbsent(rows.getString(6), k -> new long[1])[0]++;
        roles.computeIfAbsent(rows.getString(7), k -> new long[1])[0]++;
        String ward = rows.getString(8);
        wards.merge(ward == null ? "" : ward, 1L, Long::sum);
        if (Answer.YES.code().equals(rows.getString(9))) {
          repeat++;
        }
        if (rows.getBoolean(10)) {
          anonymous++;
        }
        String status = rows.getString(11);
        int actions = rows.getInt(12);
        int referred = rows.getInt(13);
        if (status != null) {
          withOutcome++;
        }
        if (status != null && FURTHER_ACTION.contains(status) || actions > 0 || referred > 0) {
          furtherAction++;
        }
        if (referred > 0) {
          withReferrals++;
          referrals += referred;
        }
        OffsetDateTime first = rows.getObject(14, OffsetDateTime.class);
        if (first != null) {
          java.time.Duration wait = java.time.Duration.between(completed, first.toInstant());
          if (!wait.isNegative()) {
            toFirstOutcome.add(wait);
          }
        }
      }
      return this;
    }

    FactCounts counts() {
      long multi =
          strands.entrySet().stream()
              .filter(e -> e.getKey().contains(","))
              .mapToLong(e -> e.getValue()[0])
              .sum();
      toFirstOutcome.sort(java.util.Comparator.naturalOrder());
      return new FactCounts(
          reports,
          multi,
          split(MotivationStrand.class, strands),
          split(IncidentType.class, types),
          split(LocationType.class, locations),
          split(Channel.class, channels),
          split(ReporterRole.class, roles),
          split(ConsentPurpose.class, consents),
          wards,
          java.util.Arrays.stream(months).boxed().toList(),
          repeat,
          anonymous,
          withOutcome,
          furtherAction,
          withReferrals,
          referrals,
          FactCounts.median(toFirstOutcome));
    }

    /** Each stored list of codes counted once for each code in it. */
    private static <E extends Enum<E> & Coded> java.util.Map<E, Long> split(
        Class<E> type, java.util.Map<String, long[]> lists) {
      java.util.Map<E, Long> counts = new java.util.EnumMap<>(type);
      lists.forEach(
          (list, n) -> decodeAll(type, list).forEach(code -> counts.merge(code, n[0], Long::sum)));
      return counts;
    }
  }

  private static ReportFacts toFacts(Record r) {
    return new ReportFacts(
        r.get(REPORT_FACT.REPORT_ID),
        r.get(REPORT_FACT.COMPLETED_AT).toInstant(),
        decode(Channel.class, r.get(REPORT_FACT.CHANNEL)),
        decode(ReporterRole.class, r.get(REPORT_FACT.REPORTER_ROLE)),
        r.get(REPORT_FACT.ANONYMOUS),
        decodeAll(MotivationStrand.class, r.get(REPORT_FACT.STRANDS)),
        decodeAll(IncidentType.class, r.get(REPORT_FACT.INCIDENT_TYPES)),
        decode(LocationType.class, r.get(REPORT_FACT.LOCATION_TYPE)),
        Optional.ofNullable(r.get(REPORT_FACT.WARD)),
        decode(Answer.class, r.get(REPORT_FACT.HAPPENED_BEFORE)),
        decodeAll(ConsentPurpose.class, r.get(REPORT_FACT.CONSENTS_GIVEN)),
        Optional.ofNullable(r.get(REPORT_FACT.OUTCOME_STATUS))
            .map(code -> decode(OutcomeStatus.class, code)),
        r.get(REPORT_FACT.OUTCOME_ACTIONS),
        r.get(REPORT_FACT.REFERRALS) + r.get(CENTRE_REFERRALS),
        Optional.ofNullable(r.get(REPORT_FACT.FIRST_OUTCOME_AT)).map(OffsetDateTime::toInstant));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String codes(Set<? extends Coded> values) {
    return values.stream().map(Coded::code).collect(Collectors.joining(","));
  }

  private static final java.util.Map<Class<?>, java.util.Map<String, Object>> CODES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Code to constant through a map per code list: statistics decode tens of thousands of rows. */
  private static <E extends Enum<E> & Coded> E decode(Class<E> type, String code) {
    Object value =
        CODES
            .computeIfAbsent(
                type,
                t -> {
                  java.util.Map<String, Object> byCode = new java.util.HashMap<>();
                  for (E constant : type.getEnumConstants()) {
                    byCode.put(constant.code(), constant);
                  }
                  return byCode;
                })
            .get(code);
    if (value == null) {
      throw new IllegalStateException("Unknown " + type.getSimpleName() + " code");
    }
    return type.cast(value);
  }

  private static <E extends Enum<E> & Coded> Set<E> decodeAll(Class<E> type, String codes) {
    EnumSet<E> set = EnumSet.noneOf(type);
    if (!codes.isEmpty()) {
      Arrays.stream(codes.split(",")).map(code -> decode(type, code)).forEach(set::add);
    }
    return set;
  }
}
