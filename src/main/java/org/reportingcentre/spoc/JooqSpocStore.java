package org.reportingcentre.spoc;

import static org.reportingcentre.spoc.jooq.Tables.CENTRE;
import static org.reportingcentre.spoc.jooq.Tables.CENTRE_TOKEN;
import static org.reportingcentre.spoc.jooq.Tables.COUNTER;
import static org.reportingcentre.spoc.jooq.Tables.DIRECTORY_VERSION;
import static org.reportingcentre.spoc.jooq.Tables.ENROLMENT_CODE;
import static org.reportingcentre.spoc.jooq.Tables.OUTCOME_CHANGE;
import static org.reportingcentre.spoc.jooq.Tables.RECEIVED_REPORT;
import static org.reportingcentre.spoc.jooq.Tables.REFERRAL;
import static org.reportingcentre.spoc.jooq.Tables.SERVER_IDENTITY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.reportingcentre.report.LocalZone;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Reference;
import org.reportingcentre.spoc.jooq.tables.records.ReceivedReportRecord;

/** The SPOC store over jOOQ: H2 or PostgreSQL, the same SQL for both. */
public final class JooqSpocStore implements SpocStore {
  private static final ZoneId LOCAL_ZONE = LocalZone.ZONE;
  private static final int ATTEMPTS = 5;
  private static final String OUTCOME_COUNTER = "outcome_change";

  private final DSLContext dsl;

  public JooqSpocStore(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public String serverId() {
    return retrying(
        () ->
            dsl.transactionResult(
                cfg -> {
                  DSLContext tx = cfg.dsl();
                  String id =
                      tx.select(SERVER_IDENTITY.SERVER_ID)
                          .from(SERVER_IDENTITY)
                          .fetchOne(SERVER_IDENTITY.SERVER_ID);
                  if (id != null) {
                    return id;
                  }
                  String made = "spoc-" + UUID.randomUUID();
                  tx.insertInto(SERVER_IDENTITY)
                      .set(SERVER_IDENTITY.SERVER_ID, made)
                      .set(SERVER_IDENTITY.CREATED_AT, utc(Instant.now()))
                      .execute();
                  return made;
                }));
  }

  @Override
  public boolean addCentre(String centreCode, String centreName, Instant at) {
    try {
      return dsl.transactionResult(
          cfg ->
              cfg.dsl()
                      .insertInto(CENTRE)
                      .set(CENTRE.CENTRE_CODE, centreCode)
                      .set(CENTRE.CENTRE_NAME, centreName)
                      .set(CENTRE.CREATED_AT, utc(at))
                      .onConflictDoNothing()
                      .execute()
                  == 1);
    } catch (DataAccessException e) {
      if (isConstraintViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<String> centreName(String centreCode) {
    return dsl.select(CENTRE.CENTRE_NAME)
        .from(CENTRE)
        .where(CENTRE.CENTRE_CODE.eq(centreCode))
        .fetchOptional(CENTRE.CENTRE_NAME);
  }

  @Override
  public List<CentreSummary> centres(Instant now) {
    Field<Integer> liveTokens =
        DSL.field(
            DSL.selectCount()
                .from(CENTRE_TOKEN)
                .where(CENTRE_TOKEN.CENTRE_CODE.eq(CENTRE.CENTRE_CODE))
                .and(CENTRE_TOKEN.REVOKED_AT.isNull()));
    Field<Integer> openCodes =
        DSL.field(
            DSL.selectCount()
                .from(ENROLMENT_CODE)
                .where(ENROLMENT_CODE.CENTRE_CODE.eq(CENTRE.CENTRE_CODE))
                .and(ENROLMENT_CODE.USED_AT.isNull())
                .and(ENROLMENT_CODE.WITHDRAWN_AT.isNull())
                .and(ENROLMENT_CODE.EXPIRES_AT.gt(utc(now))));
    Field<Integer> reports =
        DSL.field(
            DSL.selectCount()
                .from(RECEIVED_REPORT)
                .where(RECEIVED_REPORT.CENTRE_CODE.eq(CENTRE.CENTRE_CODE)));
    return dsl.select(
            CENTRE.CENTRE_CODE,
            CENTRE.CENTRE_NAME,
            CENTRE.CREATED_AT,
            liveTokens,
            openCodes,
            reports)
        .from(CENTRE)
        .orderBy(CENTRE.CENTRE_CODE)
        .fetch(
            r ->
                new CentreSummary(
                    r.value1(),
                    r.value2(),
                    r.value3().toInstant(),
                    r.value4(),
                    r.value5(),
                    r.value6()));
  }

  @Override
  public void addEnrolmentCode(
      String centreCode, String codeHash, Instant issuedAt, Instant expiresAt) {
    dsl.transaction(
        cfg ->
            cfg.dsl()
                .insertInto(ENROLMENT_CODE)
                .set(ENROLMENT_CODE.CODE_HASH, codeHash)
                .set(ENROLMENT_CODE.CENTRE_CODE, centreCode)
                .set(ENROLMENT_CODE.ISSUED_AT, utc(issuedAt))
                .set(ENROLMENT_CODE.EXPIRES_AT, utc(expiresAt))
                .execute());
  }

  @Override
  public Optional<String> redeemEnrolmentCode(
      String centreCode, String codeHash, String tokenHash, Instant now) {
    return dsl.transactionResult(
        cfg -> {
          DSLContext tx = cfg.dsl();
          // The conditional update is the lock: of two callers with one code, one updates a row.
          int used =
              tx.update(ENROLMENT_CODE)
                  .set(ENROLMENT_CODE.USED_AT, utc(now))
                  .where(ENROLMENT_CODE.CODE_HASH.eq(codeHash))
                  .and(ENROLMENT_CODE.CENTRE_CODE.eq(centreCode))
                  .and(ENROLMENT_CODE.USED_AT.isNull())
                  .and(ENROLMENT_CODE.WITHDRAWN_AT.isNull())
                  .and(ENROLMENT_CODE.EXPIRES_AT.gt(utc(now)))
                  .execute();
          if (used != 1) {
            return Optional.<String>empty();
          }
          tx.insertInto(CENTRE_TOKEN)
              .set(CENTRE_TOKEN.TOKEN_HASH, tokenHash)
              .set(CENTRE_TOKEN.CENTRE_CODE, centreCode)
              .set(CENTRE_TOKEN.ISSUED_AT, utc(now))
              .execute();
          return tx.select(CENTRE.CENTRE_NAME)
              .from(CENTRE)
              .where(CENTRE.CENTRE_CODE.eq(centreCode))
              .fetchOptional(CENTRE.CENTRE_NAME);
        });
  }

  @Override
  public Optional<String> centreForToken(String tokenHash) {
    Optional<Record> found =
        dsl.select(CENTRE_TOKEN.TOKEN_HASH, CENTRE_TOKEN.CENTRE_CODE)
            .from(CENTRE_TOKEN)
            .where(CENTRE_TOKEN.TOKEN_HASH.eq(tokenHash))
            .and(CENTRE_TOKEN.REVOKED_AT.isNull())
            .fetchOptional()
            .map(r -> r);
    // The lookup is by hash, so its timing says nothing about the token; the final comparison is
    // constant-time anyway so that no code path compares secrets byte by byte.
    return found
        .filter(r -> Secrets.sameHash(r.get(CENTRE_TOKEN.TOKEN_HASH), tokenHash))
        .map(r -> r.get(CENTRE_TOKEN.CENTRE_CODE));
  }

  @Override
  public int revokeCentre(String centreCode, Instant at) {
    return dsl.transactionResult(
        cfg -> {
          DSLContext tx = cfg.dsl();
          tx.update(ENROLMENT_CODE)
              .set(ENROLMENT_CODE.WITHDRAWN_AT, utc(at))
              .where(ENROLMENT_CODE.CENTRE_CODE.eq(centreCode))
              .and(ENROLMENT_CODE.USED_AT.isNull())
              .and(ENROLMENT_CODE.WITHDRAWN_AT.isNull())
              .execute();
          return tx.update(CENTRE_TOKEN)
              .set(CENTRE_TOKEN.REVOKED_AT, utc(at))
              .where(CENTRE_TOKEN.CENTRE_CODE.eq(centreCode))
              .and(CENTRE_TOKEN.REVOKED_AT.isNull())
              .execute();
        });
  }

  @Override
  public Ingest ingest(IncomingReport report) {
    return retrying(() -> dsl.transactionResult(cfg -> ingestOnce(cfg.dsl(), report)));
  }

  @Override
  public List<Ingest> ingestAll(List<IncomingReport> reports) {
    Set<UUID> ids = new HashSet<>();
    Set<String> references = new HashSet<>();
    for (IncomingReport r : reports) {
      if (!ids.add(r.reportId()) || !references.add(r.reference())) {
        // The same report or reference twice in one batch: one at a time gets the order right.
        return reports.stream().map(this::ingest).toList();
      }
    }
    try {
      return dsl.transactionResult(cfg -> ingestAllOnce(cfg.dsl(), reports, ids, references));
    } catch (DataAccessException e) {
      if (!isRetryable(e)) {
        throw e;
      }
      // Another request stored some of these meanwhile: nothing of ours was kept, so take them
      // one at a time, which answers from whatever won.
      return reports.stream().map(this::ingest).toList();
    }
  }

  private static List<Ingest> ingestAllOnce(
      DSLContext tx, List<IncomingReport> reports, Set<UUID> ids, Set<String> references) {
    if (reports.isEmpty()) {
      return List.of();
    }
    Map<UUID, ReceivedReportRecord> byId = new HashMap<>();
    Set<String> takenReferences = new HashSet<>();
    for (ReceivedReportRecord held : heldByIdOrReference(tx, ids, references)) {
      byId.put(held.getReportId(), held);
      takenReferences.add(held.getReferenceText());
    }
    List<Ingest> answers = new ArrayList<>(reports.size());
    List<ReceivedReportRecord> fresh = new ArrayList<>();
    for (IncomingReport report : reports) {
      ReceivedReportRecord held = byId.get(report.reportId());
      if (held != null) {
        answers.add(compare(held, report));
      } else if (takenReferences.contains(report.reference())) {
        answers.add(new Ingest.ReferenceTaken());
      } else {
        fresh.add(newRecord(tx, report));
        answers.add(new Ingest.Stored(new Receipt(report.receiptId(), report.receivedAt())));
      }
    }
    if (!fresh.isEmpty()) {
      tx.batchInsert(fresh).execute();
    }
    return answers;
  }

  /**
   * Reports held with any of these ids or references. A UNION rather than an OR, so that each half
   * uses its index (H2 scans the whole table for an OR across two columns), and still one
   * statement, so one consistent view. A report may come twice; callers look it up by id.
   */
  private static List<ReceivedReportRecord> heldByIdOrReference(
      DSLContext tx, Set<UUID> ids, Set<String> references) {
    // Everything but the report itself, which is not needed to compare.
    List<Field<?>> fields =
        List.of(
            RECEIVED_REPORT.REPORT_ID,
            RECEIVED_REPORT.CENTRE_CODE,
            RECEIVED_REPORT.REFERENCE_TEXT,
            RECEIVED_REPORT.CONTENT_HASH,
            RECEIVED_REPORT.RECEIPT_ID,
            RECEIVED_REPORT.RECEIVED_AT);
    return tx.select(fields)
        .from(RECEIVED_REPORT)
        .where(RECEIVED_REPORT.REPORT_ID.in(ids))
        .unionAll(
            tx.select(fields)
                .from(RECEIVED_REPORT)
                .where(RECEIVED_REPORT.REFERENCE_TEXT.in(references)))
        .fetch()
        .into(RECEIVED_REPORT);
  }

  private static Ingest compare(ReceivedReportRecord held, IncomingReport report) {
    boolean identical =
        held.getCentreCode().equals(report.centreCode())
            && held.getContentHash().equals(report.contentHash());
    return identical
        ? new Ingest.AlreadyStored(
            new Receipt(held.getReceiptId(), held.getReceivedAt().toInstant()))
        : new Ingest.DifferentContent();
  }

  private static ReceivedReportRecord newRecord(DSLContext tx, IncomingReport report) {
    ReceivedReportRecord record = tx.newRecord(RECEIVED_REPORT);
    record.setReportId(report.reportId());
    record.setCentreCode(report.centreCode());
    record.setReferenceText(report.reference());
    record.setContentHash(report.contentHash());
    record.setReportJson(report.reportJson());
    record.setReceiptId(report.receiptId());
    record.setReceivedAt(utc(report.receivedAt()));
    return record;
  }

  private static Ingest ingestOnce(DSLContext tx, IncomingReport report) {
    List<ReceivedReportRecord> held =
        heldByIdOrReference(tx, Set.of(report.reportId()), Set.of(report.reference()));
    Optional<ReceivedReportRecord> same =
        held.stream().filter(r -> r.getReportId().equals(report.reportId())).findFirst();
    if (same.isPresent()) {
      return compare(same.get(), report);
    }
    if (!held.isEmpty()) {
      return new Ingest.ReferenceTaken();
    }
    // If another transaction inserts the same id or reference first, this fails on the unique
    // key and retrying() looks again, which then finds it.
    newRecord(tx, report).insert();
    return new Ingest.Stored(new Receipt(report.receiptId(), report.receivedAt()));
  }

  @Override
  public Optional<StoredReport> report(UUID reportId) {
    return dsl.selectFrom(RECEIVED_REPORT)
        .where(RECEIVED_REPORT.REPORT_ID.eq(reportId))
        .fetchOptional()
        .map(
            r ->
                new StoredReport(
                    r.getReportId(),
                    r.getCentreCode(),
                    r.getReferenceText(),
                    r.getContentHash(),
                    r.getReportJson(),
                    new Receipt(r.getReceiptId(), r.getReceivedAt().toInstant()),
                    Optional.ofNullable(r.getOutcomeStatus()).map(JooqSpocStore::status)));
  }

  @Override
  public long reportCount() {
    return dsl.fetchCount(RECEIVED_REPORT);
  }

  @Override
  public Optional<StoredOutcome> recordOutcome(
      Reference reference, OutcomeStatus status, Optional<String> messageForVictim, Instant at) {
    return retrying(
        () ->
            dsl.transactionResult(
                cfg -> {
                  DSLContext tx = cfg.dsl();
                  ReceivedReportRecord report =
                      tx.selectFrom(RECEIVED_REPORT)
                          .where(RECEIVED_REPORT.REFERENCE_TEXT.eq(reference.toString()))
                          .fetchOne();
                  if (report == null) {
                    return Optional.<StoredOutcome>empty();
                  }
                  // Taking the next number through an UPDATE locks the counter row until commit,
                  // so changes are numbered in commit order and a centre's cursor never skips one.
                  tx.update(COUNTER)
                      .set(COUNTER.NEXT_NUMBER, COUNTER.NEXT_NUMBER.plus(1))
                      .where(COUNTER.COUNTER_NAME.eq(OUTCOME_COUNTER))
                      .execute();
                  long seq =
                      tx.select(COUNTER.NEXT_NUMBER)
                              .from(COUNTER)
                              .where(COUNTER.COUNTER_NAME.eq(OUTCOME_COUNTER))
                              .fetchSingle(COUNTER.NEXT_NUMBER)
                          - 1;
                  Optional<LocalDate> closedOn =
                      status == OutcomeStatus.CLOSED
                          ? Optional.of(LocalDate.ofInstant(at, LOCAL_ZONE))
                          : Optional.empty();
                  tx.insertInto(OUTCOME_CHANGE)
                      .set(OUTCOME_CHANGE.CHANGE_SEQ, seq)
                      .set(OUTCOME_CHANGE.REPORT_ID, report.getReportId())
                      .set(OUTCOME_CHANGE.CENTRE_CODE, report.getCentreCode())
                      .set(OUTCOME_CHANGE.OUTCOME_STATUS, status.code())
                      .set(OUTCOME_CHANGE.MESSAGE_FOR_VICTIM, messageForVictim.orElse(null))
                      .set(OUTCOME_CHANGE.CLOSED_ON, closedOn.orElse(null))
                      .set(OUTCOME_CHANGE.CHANGED_AT, utc(at))
                      .execute();
                  tx.update(RECEIVED_REPORT)
                      .set(RECEIVED_REPORT.OUTCOME_STATUS, status.code())
                      .where(RECEIVED_REPORT.REPORT_ID.eq(report.getReportId()))
                      .execute();
                  return Optional.of(
                      new StoredOutcome(
                          seq,
                          report.getReportId(),
                          report.getCentreCode(),
                          report.getReferenceText(),
                          status,
                          messageForVictim,
                          closedOn,
                          at));
                }));
  }

  @Override
  public List<StoredOutcome> outcomesAfter(String centreCode, long afterSeq, int limit) {
    return dsl.select(
            OUTCOME_CHANGE.CHANGE_SEQ,
            OUTCOME_CHANGE.REPORT_ID,
            OUTCOME_CHANGE.CENTRE_CODE,
            RECEIVED_REPORT.REFERENCE_TEXT,
            OUTCOME_CHANGE.OUTCOME_STATUS,
            OUTCOME_CHANGE.MESSAGE_FOR_VICTIM,
            OUTCOME_CHANGE.CLOSED_ON,
            OUTCOME_CHANGE.CHANGED_AT)
        .from(OUTCOME_CHANGE)
        .join(RECEIVED_REPORT)
        .on(RECEIVED_REPORT.REPORT_ID.eq(OUTCOME_CHANGE.REPORT_ID))
        .where(OUTCOME_CHANGE.CENTRE_CODE.eq(centreCode))
        .and(OUTCOME_CHANGE.CHANGE_SEQ.gt(afterSeq))
        .orderBy(OUTCOME_CHANGE.CHANGE_SEQ)
        .limit(limit)
        .fetch(
            r ->
                new StoredOutcome(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    status(r.value5()),
                    Optional.ofNullable(r.value6()),
                    Optional.ofNullable(r.value7()),
                    r.value8().toInstant()));
  }

  @Override
  public PublishedDirectory publishDirectory(String directoryJson, Instant at) {
    return retrying(
        () ->
            dsl.transactionResult(
                cfg -> {
                  DSLContext tx = cfg.dsl();
                  Integer highest =
                      tx.select(DSL.max(DIRECTORY_VERSION.VERSION_NUMBER))
                          .from(DIRECTORY_VERSION)
                          .fetchOne(0, Integer.class);
                  int version = highest == null ? 1 : highest + 1;
                  tx.insertInto(DIRECTORY_VERSION)
                      .set(DIRECTORY_VERSION.VERSION_NUMBER, version)
                      .set(DIRECTORY_VERSION.PUBLISHED_AT, utc(at))
                      .set(DIRECTORY_VERSION.DIRECTORY_JSON, directoryJson)
                      .execute();
                  return new PublishedDirectory(version, at, directoryJson);
                }));
  }

  @Override
  public Optional<PublishedDirectory> currentDirectory() {
    return dsl.selectFrom(DIRECTORY_VERSION)
        .orderBy(DIRECTORY_VERSION.VERSION_NUMBER.desc())
        .limit(1)
        .fetchOptional()
        .map(
            r ->
                new PublishedDirectory(
                    r.getVersionNumber(), r.getPublishedAt().toInstant(), r.getDirectoryJson()));
  }

  @Override
  public ReferralIngest recordReferral(IncomingReferral referral) {
    return retrying(() -> dsl.transactionResult(cfg -> recordReferralOnce(cfg.dsl(), referral)));
  }

  private static ReferralIngest recordReferralOnce(DSLContext tx, IncomingReferral referral) {
    Record held =
        tx.select(REFERRAL.CENTRE_CODE, REFERRAL.CONTENT_HASH, REFERRAL.RECEIPT_ID)
            .select(REFERRAL.RECEIVED_AT)
            .from(REFERRAL)
            .where(REFERRAL.REFERRAL_ID.eq(referral.referralId()))
            .fetchOne();
    if (held != null) {
      boolean same =
          held.get(REFERRAL.CENTRE_CODE).equals(referral.centreCode())
              && held.get(REFERRAL.CONTENT_HASH).equals(referral.contentHash());
      return same
          ? new ReferralIngest.AlreadyStored(
              new Receipt(
                  held.get(REFERRAL.RECEIPT_ID), held.get(REFERRAL.RECEIVED_AT).toInstant()))
          : new ReferralIngest.DifferentContent();
    }
    boolean reportHeld =
        tx.fetchExists(
            RECEIVED_REPORT,
            RECEIVED_REPORT
                .REPORT_ID
                .eq(referral.reportId())
                .and(RECEIVED_REPORT.CENTRE_CODE.eq(referral.centreCode())));
    if (!reportHeld) {
      return new ReferralIngest.ReportNotHeld();
    }
    // A second request with the same id at the same moment fails on the primary key here, and
    // retrying() looks again, which then finds it.
    tx.insertInto(REFERRAL)
        .set(REFERRAL.REFERRAL_ID, referral.referralId())
        .set(REFERRAL.REPORT_ID, referral.reportId())
        .set(REFERRAL.CENTRE_CODE, referral.centreCode())
        .set(REFERRAL.SERVICE_ID, referral.serviceId())
        .set(REFERRAL.CONSENT_PURPOSE, referral.consentPurpose())
        .set(REFERRAL.MADE_AT, utc(referral.madeAt()))
        .set(REFERRAL.MADE_BY, referral.madeBy())
        .set(REFERRAL.CONTENT_HASH, referral.contentHash())
        .set(REFERRAL.RECEIPT_ID, referral.receipt().receiptId())
        .set(REFERRAL.RECEIVED_AT, utc(referral.receipt().receivedAt()))
        .execute();
    return new ReferralIngest.Stored(referral.receipt());
  }

  @Override
  public List<StoredReferral> referrals(Optional<String> centreCode, int limit) {
    return dsl.select(
            REFERRAL.REFERRAL_ID,
            REFERRAL.CENTRE_CODE,
            RECEIVED_REPORT.REFERENCE_TEXT,
            REFERRAL.SERVICE_ID,
            REFERRAL.CONSENT_PURPOSE,
            REFERRAL.MADE_AT,
            REFERRAL.MADE_BY,
            REFERRAL.RECEIPT_ID,
            REFERRAL.RECEIVED_AT)
        .from(REFERRAL)
        .join(RECEIVED_REPORT)
        .on(RECEIVED_REPORT.REPORT_ID.eq(REFERRAL.REPORT_ID))
        .where(centreCode.map(REFERRAL.CENTRE_CODE::eq).orElse(DSL.noCondition()))
        .orderBy(REFERRAL.RECEIVED_AT.desc(), REFERRAL.REFERRAL_ID)
        .limit(limit)
        .fetch(
            r ->
                new StoredReferral(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    r.value6().toInstant(),
                    r.value7(),
                    new Receipt(r.value8(), r.value9().toInstant())));
  }

  @Override
  public List<CentreCount> referralCounts() {
    return dsl.select(REFERRAL.CENTRE_CODE, DSL.count())
        .from(REFERRAL)
        .groupBy(REFERRAL.CENTRE_CODE)
        .orderBy(REFERRAL.CENTRE_CODE)
        .fetch(r -> new CentreCount(r.value1(), r.value2()));
  }

  @Override
  public List<StatusCount> countsByCentreAndStatus() {
    Field<String> status =
        DSL.coalesce(RECEIVED_REPORT.OUTCOME_STATUS, DSL.inline(OutcomeStatus.RECEIVED.code()));
    return dsl.select(RECEIVED_REPORT.CENTRE_CODE, status, DSL.count())
        .from(RECEIVED_REPORT)
        .groupBy(RECEIVED_REPORT.CENTRE_CODE, status)
        .orderBy(RECEIVED_REPORT.CENTRE_CODE, status)
        .fetch(r -> new StatusCount(r.value1(), status(r.value2()), r.value3()));
  }

  private static OutcomeStatus status(String code) {
    return Arrays.stream(OutcomeStatus.values())
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Unknown outcome status in the store"));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /**
   * Runs a transaction again when it lost a race: a unique key another transaction took first, a
   * lock wait that timed out, a deadlock or a serialisation failure. The next attempt sees the
   * winner's row and answers from it.
   */
  private static <T> T retrying(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (DataAccessException e) {
        if (attempt >= ATTEMPTS || !isRetryable(e)) {
          throw e;
        }
      }
    }
  }

  private static boolean isConstraintViolation(DataAccessException e) {
    String state = e.sqlState();
    return state != null && state.startsWith("23");
  }

  private static boolean isRetryable(DataAccessException e) {
    // 23: integrity constraint; 40: rollback (deadlock, serialisation); HYT00: H2 lock timeout.
    // A batch wraps the real cause, so look down the chain.
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql) {
        for (java.sql.SQLException next = sql; next != null; next = next.getNextException()) {
          String state = next.getSQLState();
          if (state != null
              && (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00"))) {
            return true;
          }
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    String state = e.sqlState();
    return state != null
        && (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00"));
  }
}
