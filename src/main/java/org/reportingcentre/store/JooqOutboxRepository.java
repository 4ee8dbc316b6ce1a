package org.reportingcentre.store;

import static org.reportingcentre.store.jooq.Tables.REPORT;
import static org.reportingcentre.store.jooq.Tables.REPORT_SYNC;
import static org.reportingcentre.store.jooq.Tables.SPOC_LINK;
import static org.reportingcentre.store.jooq.Tables.SYNC_STATE;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.reportingcentre.protocol.Directory;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.OutcomeChange;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.Outcome;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.ReportStatus;

/** The outbox and what comes back, in the encrypted H2 store. */
final class JooqOutboxRepository implements OutboxRepository {
  private static final int ONE_ROW = 1;
  private static final int IDS_PER_STATEMENT = 500;
  private static final List<String> QUEUED =
      List.of(ReportStatus.SAVED.code(), ReportStatus.SENDING.code());

  private final DSLContext dsl;
  private final ExchangeFormat format;
  private final Clock clock;

  JooqOutboxRepository(DSLContext dsl, ExchangeFormat format, Clock clock) {
    this.dsl = dsl;
    this.format = format;
    this.clock = clock;
  }

  @Override
  public Optional<SpocLink> link() {
    return dsl.selectFrom(SPOC_LINK)
        .where(SPOC_LINK.ID.eq(ONE_ROW))
        .fetchOptional(
            r ->
                new SpocLink(
                    r.getBaseUrl(),
                    r.getServerId(),
                    r.getCentreName(),
                    r.getToken(),
                    r.getEnrolledAt().toInstant(),
                    r.getEnrolledBy()));
  }

  @Override
  public void saveLink(SpocLink link) {
    dsl.transaction(
        cfg -> {
          DSLContext tx = cfg.dsl();
          tx.deleteFrom(SPOC_LINK).execute();
          tx.insertInto(SPOC_LINK)
              .set(SPOC_LINK.ID, ONE_ROW)
              .set(SPOC_LINK.BASE_URL, link.baseUrl())
              .set(SPOC_LINK.SERVER_ID, link.serverId())
              .set(SPOC_LINK.CENTRE_NAME, link.centreName())
              .set(SPOC_LINK.TOKEN, link.token())
              .set(SPOC_LINK.ENROLLED_AT, utc(link.enrolledAt()))
              .set(SPOC_LINK.ENROLLED_BY, link.enrolledBy())
              .execute();
        });
  }

  @Override
  public List<UUID> queued() {
    return dsl.select(REPORT.ID)
        .from(REPORT)
        .where(REPORT.STATUS.in(QUEUED))
        .orderBy(REPORT.COMPLETED_AT, REPORT.REFERENCE)
        .fetch(REPORT.ID);
  }

  @Override
  public List<QueuedReport> documents(List<UUID> ids) {
    // By primary key only, the status checked here: with the status in the WHERE clause H2 may
    // pick the status index and scan every waiting report for each batch.
    Map<UUID, QueuedReport> found = new HashMap<>();
    for (List<UUID> part : parts(ids)) {
      dsl.select(REPORT.ID, REPORT.REFERENCE, REPORT.DOCUMENT, REPORT.STATUS)
          .from(REPORT)
          .where(REPORT.ID.in(part))
          .forEach(
              r -> {
                if (QUEUED.contains(r.value4())) {
                  found.put(
                      r.value1(),
                      new QueuedReport(r.value1(), Reference.parse(r.value2()), r.value3()));
                }
              });
    }
    return ids.stream().filter(found::containsKey).map(found::get).toList();
  }

  @Override
  public void setQueuedStatus(List<UUID> ids, ReportStatus status) {
    if (status != ReportStatus.SAVED && status != ReportStatus.SENDING) {
      throw new IllegalArgumentException("Only saved or sending can be set without an answer");
    }
    dsl.transaction(
        cfg -> {
          DSLContext tx = cfg.dsl();
          for (List<UUID> part : parts(ids)) {
            List<UUID> queued =
                tx
                    .select(REPORT.ID, REPORT.STATUS)
                    .from(REPORT)
                    .where(REPORT.ID.in(part))
                    .forUpdate()
                    .fetch()
                    .stream()
                    .filter(r -> QUEUED.contains(r.value2()))
                    .map(r -> r.value1())
                    .toList();
            if (!queued.isEmpty()) {
              tx.update(REPORT)
                  .set(REPORT.STATUS, status.code())
                  .set(REPORT.UPDATED_AT, now())
                  .where(REPORT.ID.in(queued))
                  .execute();
            }
          }
        });
  }

  @Override
  public int resetSending() {
    return dsl.update(REPORT)
        .set(REPORT.STATUS, ReportStatus.SAVED.code())
        .set(REPORT.UPDATED_AT, now())
        .where(REPORT.STATUS.eq(ReportStatus.SENDING.code()))
        .execute();
  }

  @Override
  public void record(List<SpocAnswer> answers) {
    dsl.transaction(
        cfg -> {
          DSLContext tx = cfg.dsl();
          OffsetDateTime now = now();
          List<UUID> ids = answers.stream().map(SpocAnswer::reportId).toList();
          java.util.Set<UUID> existing = new java.util.HashSet<>();
          for (List<UUID> part : parts(ids)) {
            existing.addAll(
                tx.select(REPORT_SYNC.REPORT_ID)
                    .from(REPORT_SYNC)
                    .where(REPORT_SYNC.REPORT_ID.in(part))
                    .fetch(REPORT_SYNC.REPORT_ID));
          }
          List<UUID> received = new ArrayList<>();
          List<UUID> attention = new ArrayList<>();
          var insert =
              tx.insertInto(
                  REPORT_SYNC,
                  REPORT_SYNC.REPORT_ID,
                  REPORT_SYNC.RECEIPT_ID,
                  REPORT_SYNC.RECEIVED_AT,
                  REPORT_SYNC.DUPLICATE,
                  REPORT_SYNC.ATTENTION_KIND,
                  REPORT_SYNC.ATTENTION_REASON,
                  REPORT_SYNC.UPDATED_AT);
          int inserts = 0;
          for (SpocAnswer answer : answers) {
            String receiptId = null;
            OffsetDateTime receivedAt = null;
            boolean duplicate = false;
            String kind = null;
            String reason = null;
            if (answer instanceof SpocAnswer.Received r) {
              received.add(r.reportId());
              receiptId = r.receiptId();
              receivedAt = utc(r.receivedAt());
              duplicate = r.duplicate();
            } else if (answer instanceof SpocAnswer.NeedsAttention a) {
              attention.add(a.reportId());
              kind = a.kind().name().toLowerCase(java.util.Locale.ROOT);
              reason = cut(a.reason(), 4000);
            }
            if (existing.contains(answer.reportId())) {
              tx.update(REPORT_SYNC)
                  .set(REPORT_SYNC.RECEIPT_ID, receiptId)
                  .set(REPORT_SYNC.RECEIVED_AT, receivedAt)
                  .set(REPORT_SYNC.DUPLICATE, duplicate)
                  .set(REPORT_SYNC.ATTENTION_KIND, kind)
                  .set(REPORT_SYNC.ATTENTION_REASON, reason)
                  .set(REPORT_SYNC.UPDATED_AT, now)
                  .where(REPORT_SYNC.REPORT_ID.eq(answer.reportId()))
                  .execute();
            } else {
              insert =
                  insert.values(
                      answer.reportId(), receiptId, receivedAt, duplicate, kind, reason, now);
              inserts++;
            }
          }
          if (inserts > 0) {
            insert.execute();
          }
          setStatus(tx, received, ReportStatus.RECEIVED, now);
          setStatus(tx, attention, ReportStatus.NEEDS_ATTENTION, now);
        });
  }

  @Override
  public long count(ReportStatus status) {
    return dsl.fetchCount(REPORT, REPORT.STATUS.eq(status.code()));
  }

  private static void setStatus(
      DSLContext tx, List<UUID> ids, ReportStatus status, OffsetDateTime now) {
    for (List<UUID> part : parts(ids)) {
      tx.update(REPORT)
          .set(REPORT.STATUS, status.code())
          .set(REPORT.UPDATED_AT, now)
          .where(REPORT.ID.in(part))
          .execute();
    }
  }

  @Override
  public List<Reference> applyOutcomes(List<OutcomeChange> changes, Instant at) {
    return dsl.transactionResult(
        cfg -> {
          DSLContext tx = cfg.dsl();
          List<Reference> applied = new ArrayList<>();
          for (OutcomeChange change : changes) {
            var row =
                tx.select(REPORT.REFERENCE, REPORT.DOCUMENT)
                    .from(REPORT)
                    .where(REPORT.ID.eq(change.reportId()))
                    .fetchOptional();
            if (row.isEmpty()) {
              continue; // not (or no longer) held here: nothing to attach it to
            }
            Optional<String> reference = Optional.of(row.get().value1());
            String json = writeOutcome(change.outcome());
            OffsetDateTime now = utc(at);
            // The outcome also goes into the report's document, where exports and statistics
            // read it; the content hash leaves the outcome out, so it does not move.
            tx.update(REPORT)
                .set(REPORT.DOCUMENT, withOutcome(row.get().value2(), change))
                .set(REPORT.UPDATED_AT, now)
                .where(REPORT.ID.eq(change.reportId()))
                .execute();
            tx.mergeInto(REPORT_SYNC)
                .using(tx.selectOne())
                .on(REPORT_SYNC.REPORT_ID.eq(change.reportId()))
                .whenMatchedThenUpdate()
                .set(REPORT_SYNC.OUTCOME, json)
                .set(REPORT_SYNC.OUTCOME_UPDATED_AT, utc(change.outcome().updatedAt()))
                .set(REPORT_SYNC.OUTCOME_NEWS, true)
                .set(REPORT_SYNC.UPDATED_AT, now)
                .whenNotMatchedThenInsert(
                    REPORT_SYNC.REPORT_ID,
                    REPORT_SYNC.OUTCOME,
                    REPORT_SYNC.OUTCOME_UPDATED_AT,
                    REPORT_SYNC.OUTCOME_NEWS,
                    REPORT_SYNC.UPDATED_AT)
                .values(change.reportId(), json, utc(change.outcome().updatedAt()), true, now)
                .execute();
            applied.add(Reference.parse(reference.get()));
          }
          return applied;
        });
  }

  @Override
  public Optional<String> outcomesCursor() {
    return dsl.select(SYNC_STATE.OUTCOMES_CURSOR)
        .from(SYNC_STATE)
        .where(SYNC_STATE.ID.eq(ONE_ROW))
        .fetchOptional(SYNC_STATE.OUTCOMES_CURSOR)
        .flatMap(Optional::ofNullable);
  }

  @Override
  public void saveOutcomesCursor(String cursor) {
    ensureState();
    dsl.update(SYNC_STATE)
        .set(SYNC_STATE.OUTCOMES_CURSOR, cursor)
        .where(SYNC_STATE.ID.eq(ONE_ROW))
        .execute();
  }

  private void ensureState() {
    dsl.mergeInto(SYNC_STATE)
        .using(dsl.selectOne())
        .on(SYNC_STATE.ID.eq(ONE_ROW))
        .whenNotMatchedThenInsert(SYNC_STATE.ID)
        .values(ONE_ROW)
        .execute();
  }

  @Override
  public void markSeen(UUID id) {
    dsl.update(REPORT_SYNC)
        .set(REPORT_SYNC.OUTCOME_NEWS, false)
        .where(REPORT_SYNC.REPORT_ID.eq(id))
        .execute();
  }

  @Override
  public long countWithNews() {
    return dsl.fetchCount(REPORT_SYNC, REPORT_SYNC.OUTCOME_NEWS.isTrue());
  }

  @Override
  public Optional<SyncDetails> details(UUID id) {
    return detailsWhere(REPORT.ID.eq(id)).stream().findFirst();
  }

  @Override
  public List<SyncDetails> allDetails() {
    return detailsWhere(org.jooq.impl.DSL.noCondition());
  }

  private List<SyncDetails> detailsWhere(Condition condition) {
    return dsl.select(
            REPORT.ID,
            REPORT.REFERENCE,
            REPORT.STATUS,
            REPORT_SYNC.RECEIPT_ID,
            REPORT_SYNC.RECEIVED_AT,
            REPORT_SYNC.DUPLICATE,
            REPORT_SYNC.ATTENTION_REASON,
            REPORT_SYNC.OUTCOME,
            REPORT_SYNC.OUTCOME_NEWS,
            REPORT_SYNC.PURGED_AT)
        .from(REPORT)
        .leftJoin(REPORT_SYNC)
        .on(REPORT_SYNC.REPORT_ID.eq(REPORT.ID))
        .where(condition)
        .orderBy(REPORT.COMPLETED_AT, REPORT.REFERENCE)
        .fetch(this::toDetails);
  }

  private SyncDetails toDetails(Record r) {
    ReportStatus status = Coded.fromCode(ReportStatus.class, r.get(REPORT.STATUS)).orElseThrow();
    boolean received = status == ReportStatus.RECEIVED;
    return new SyncDetails(
        r.get(REPORT.ID),
        Reference.parse(r.get(REPORT.REFERENCE)),
        status,
        received ? Optional.ofNullable(r.get(REPORT_SYNC.RECEIPT_ID)) : Optional.empty(),
        received
            ? Optional.ofNullable(r.get(REPORT_SYNC.RECEIVED_AT)).map(OffsetDateTime::toInstant)
            : Optional.empty(),
        received && Boolean.TRUE.equals(r.get(REPORT_SYNC.DUPLICATE)),
        status == ReportStatus.NEEDS_ATTENTION
            ? Optional.ofNullable(r.get(REPORT_SYNC.ATTENTION_REASON))
            : Optional.empty(),
        Optional.ofNullable(r.get(REPORT_SYNC.OUTCOME)).map(this::readOutcome),
        Boolean.TRUE.equals(r.get(REPORT_SYNC.OUTCOME_NEWS)),
        Optional.ofNullable(r.get(REPORT_SYNC.PURGED_AT)).map(OffsetDateTime::toInstant));
  }

  @Override
  public Optional<CachedDirectory> directory() {
    return dsl.select(
            SYNC_STATE.DIRECTORY, SYNC_STATE.DIRECTORY_ETAG, SYNC_STATE.DIRECTORY_FETCHED_AT)
        .from(SYNC_STATE)
        .where(SYNC_STATE.ID.eq(ONE_ROW).and(SYNC_STATE.DIRECTORY.isNotNull()))
        .fetchOptional(
            r ->
                new CachedDirectory(
                    read(r.value1(), Directory.class),
                    Optional.ofNullable(r.value2()),
                    r.value3().toInstant()));
  }

  @Override
  public void saveDirectory(Directory directory, String etag, Instant fetchedAt) {
    dsl.transaction(
        cfg -> {
          new JooqOutboxRepository(cfg.dsl(), format, clock).ensureState();
          cfg.dsl()
              .update(SYNC_STATE)
              .set(SYNC_STATE.DIRECTORY, write(directory))
              .set(SYNC_STATE.DIRECTORY_ETAG, etag)
              .set(SYNC_STATE.DIRECTORY_FETCHED_AT, utc(fetchedAt))
              .where(SYNC_STATE.ID.eq(ONE_ROW))
              .execute();
        });
  }

  @Override
  public List<UUID> purgeable(Instant receivedBefore) {
    return dsl.select(REPORT.ID)
        .from(REPORT)
        .join(REPORT_SYNC)
        .on(REPORT_SYNC.REPORT_ID.eq(REPORT.ID))
        .where(REPORT.STATUS.eq(ReportStatus.RECEIVED.code()))
        .and(REPORT_SYNC.RECEIPT_ID.isNotNull())
        .and(REPORT_SYNC.RECEIVED_AT.lt(utc(receivedBefore)))
        .and(REPORT_SYNC.PURGED_AT.isNull())
        .orderBy(REPORT_SYNC.RECEIVED_AT)
        .fetch(REPORT.ID);
  }

  @Override
  public void replacePurged(UUID id, org.reportingcentre.report.Report kept, Instant at) {
    dsl.update(REPORT)
        .set(
            REPORT.DOCUMENT,
            new String(format.write(kept), java.nio.charset.StandardCharsets.UTF_8))
        .set(REPORT.UPDATED_AT, utc(at))
        .where(REPORT.ID.eq(id))
        .execute();
    dsl.update(REPORT_SYNC)
        .set(REPORT_SYNC.PURGED_AT, utc(at))
        .set(REPORT_SYNC.UPDATED_AT, utc(at))
        .where(REPORT_SYNC.REPORT_ID.eq(id))
        .execute();
  }

  @Override
  public void clearAttention(UUID id, Instant at) {
    dsl.update(REPORT_SYNC)
        .setNull(REPORT_SYNC.ATTENTION_KIND)
        .setNull(REPORT_SYNC.ATTENTION_REASON)
        .set(REPORT_SYNC.UPDATED_AT, utc(at))
        .where(REPORT_SYNC.REPORT_ID.eq(id))
        .execute();
  }

  @Override
  public Optional<Integer> keepDays() {
    return dsl.select(SYNC_STATE.KEEP_DAYS)
        .from(SYNC_STATE)
        .where(SYNC_STATE.ID.eq(ONE_ROW))
        .fetchOptional(SYNC_STATE.KEEP_DAYS)
        .flatMap(Optional::ofNullable);
  }

  @Override
  public void saveKeepDays(int days) {
    dsl.mergeInto(SYNC_STATE)
        .using(dsl.selectOne())
        .on(SYNC_STATE.ID.eq(ONE_ROW))
        .whenMatchedThenUpdate()
        .set(SYNC_STATE.KEEP_DAYS, days)
        .whenNotMatchedThenInsert(SYNC_STATE.ID, SYNC_STATE.KEEP_DAYS)
        .values(ONE_ROW, days)
        .execute();
  }

  private String withOutcome(String document, OutcomeChange change) {
    try {
      org.reportingcentre.report.Report report =
          format.read(document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return new String(
          format.write(report.withOutcome(change.outcome())),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (org.reportingcentre.protocol.ExchangeFormatException e) {
      // Only the id: the document may hold personal details.
      throw new IllegalStateException("Stored report " + change.reportId() + " cannot be read", e);
    }
  }

  private String writeOutcome(Outcome outcome) {
    return write(outcome);
  }

  private Outcome readOutcome(String json) {
    return read(json, Outcome.class);
  }

  private String write(Object value) {
    try {
      return format.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A value could not be written as JSON", e);
    }
  }

  private <T> T read(String json, Class<T> type) {
    try {
      return format.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored " + type.getSimpleName() + " cannot be read", e);
    }
  }

  private OffsetDateTime now() {
    return utc(clock.instant());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static List<List<UUID>> parts(List<UUID> ids) {
    List<List<UUID>> parts = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += IDS_PER_STATEMENT) {
      parts.add(ids.subList(i, Math.min(ids.size(), i + IDS_PER_STATEMENT)));
    }
    return parts;
  }
}
