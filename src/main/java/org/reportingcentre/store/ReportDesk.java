package org.reportingcentre.store;

import static org.reportingcentre.store.jooq.Tables.AUDIT_ENTRY;
import static org.reportingcentre.store.jooq.Tables.REPORT;
import static org.reportingcentre.store.jooq.Tables.REPORT_CORRECTION;
import static org.reportingcentre.store.jooq.Tables.REPORT_FACT;
import static org.reportingcentre.store.jooq.Tables.REPORT_SYNC;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.ExchangeFormatException;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.CorrectableField;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Problem;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.report.ReportValidator;
import org.reportingcentre.report.Wards;

/**
 * The manager's desk for reports: the list (one page at a time, in SQL), a report's page with its
 * audit trail, and corrections before sending. Volunteers get the list with reference, date and
 * status only; the service refuses them anything more, so hiding it on screen is not the only
 * guard.
 */
public final class ReportDesk {
  private final DSLContext dsl;
  private final ExchangeFormat format;
  private final Clock clock;
  private final ZoneId zone;
  private final Session session;
  private final Runnable afterWrite;
  private final StatisticsData facts;

  ReportDesk(
      DSLContext dsl,
      ExchangeFormat format,
      Clock clock,
      ZoneId zone,
      Session session,
      Runnable afterWrite,
      StatisticsData facts) {
    this.dsl = dsl;
    this.format = format;
    this.clock = clock;
    this.zone = zone;
    this.session = session;
    this.afterWrite = afterWrite;
    this.facts = facts;
  }

  /** The desk of an open store, for its signed-in user; dates are days in {@code zone}. */
  public static ReportDesk of(CentreStore store, Clock clock, ZoneId zone) {
    return new ReportDesk(
        store.dsl(),
        store.format(),
        clock,
        zone,
        store.session(),
        store::sealAuditHead,
        StatisticsData.of(store, clock));
  }

  /** True for the states in which a report may still be corrected here. */
  public static boolean correctable(ReportStatus status) {
    return status == ReportStatus.SAVED || status == ReportStatus.NEEDS_ATTENTION;
  }

  public boolean detailed() {
    return session.isManager();
  }

  /**
   * One page of the list. A manager's first page first brings the de-identified facts (strands,
   * types, ward) up to date with any report saved or corrected since they were last read.
   *
   * @throws StoreException.NotAllowed when a volunteer searches by anything but reference, date and
   *     status
   */
  public ReportListPage page(ReportQuery query) throws StoreException.NotAllowed {
    session.refuseKiosk("list reports");
    boolean detailed = session.isManager();
    if (!detailed && query.looksAtDetails()) {
      throw new StoreException.NotAllowed(
          "search reports by strand, type, ward, channel or volunteer");
    }
    if (detailed && query.offset() == 0) {
      facts.refresh();
    }
    Condition where = conditions(query);
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

  /**
   * How many reports match in all. With no filter this is immediate; a filter on strand, type or
   * ward has to look at every report's facts, so the screens ask after showing the first page.
   */
  public long count(ReportQuery query) throws StoreException.NotAllowed {
    session.refuseKiosk("count reports");
    if (!session.isManager() && query.looksAtDetails()) {
      throw new StoreException.NotAllowed(
          "search reports by strand, type, ward, channel or volunteer");
    }
    if (needsFacts(query)
        && !query.onlyWithNews()
        && query.reference().isEmpty()
        && query.status().isEmpty()
        && query.volunteer().isEmpty()) {
      // Everything asked is in the facts (one row per report, reports are never deleted): count
      // there alone, by its date index, rather than joining every report to its facts.
      return dsl.selectCount()
          .from(REPORT_FACT)
          .where(factConditions(query))
          .fetchOne(0, Long.class);
    }
    var count = dsl.selectCount().from(REPORT);
    Condition where = conditions(query);
    if (needsFacts(query)) {
      return count
          .join(REPORT_FACT)
          .on(REPORT_FACT.REPORT_ID.eq(REPORT.ID))
          .where(where)
          .fetchOne(0, Long.class);
    }
    return count.where(where).fetchOne(0, Long.class);
  }

  private static <R extends Record> SelectJoinStep<R> from(
      org.jooq.SelectSelectStep<R> select, boolean withFacts) {
    SelectJoinStep<R> from = select.from(REPORT);
    return withFacts ? from.leftJoin(REPORT_FACT).on(REPORT_FACT.REPORT_ID.eq(REPORT.ID)) : from;
  }

  private static boolean needsFacts(ReportQuery q) {
    return q.strand().isPresent() || q.type().isPresent() || q.ward().isPresent();
  }

  private Condition conditions(ReportQuery q) {
    List<Condition> all = new ArrayList<>();
    q.reference()
        .ifPresent(
            text ->
                all.add(REPORT.REFERENCE.contains(text.toUpperCase(Locale.ROOT).replace(" ", ""))));
    q.from().ifPresent(d -> all.add(REPORT.COMPLETED_AT.ge(startOf(d))));
    q.to().ifPresent(d -> all.add(REPORT.COMPLETED_AT.lt(startOf(d.plusDays(1)))));
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
  private Condition factConditions(ReportQuery q) {
    List<Condition> all = new ArrayList<>();
    q.from().ifPresent(d -> all.add(REPORT_FACT.COMPLETED_AT.ge(startOf(d))));
    q.to().ifPresent(d -> all.add(REPORT_FACT.COMPLETED_AT.lt(startOf(d.plusDays(1)))));
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

  private OffsetDateTime startOf(java.time.LocalDate day) {
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

  /** The wards reports have named, for the ward filter (managers only). */
  public List<String> wards() throws StoreException.NotAllowed {
    session.requireManager("see the wards reports name");
    facts.refresh();
    return dsl.selectDistinct(REPORT_FACT.WARD)
        .from(REPORT_FACT)
        .where(REPORT_FACT.WARD.isNotNull())
        .orderBy(REPORT_FACT.WARD)
        .fetch(REPORT_FACT.WARD);
  }

  /** Who recorded reports (user names and {@code kiosk}), for the volunteer filter. */
  public List<String> recorders() throws StoreException.NotAllowed {
    session.requireManager("see who recorded each report");
    return dsl.selectDistinct(REPORT.RECORDED_BY)
        .from(REPORT)
        .orderBy(REPORT.RECORDED_BY)
        .fetch(REPORT.RECORDED_BY);
  }

  /** Where one report is, for anyone signed in (no answers): status, receipt, outcome status. */
  public Optional<SyncDetails> status(Reference reference) {
    session.refuseKiosk("look a report up");
    return dsl.select(REPORT.ID)
        .from(REPORT)
        .where(REPORT.REFERENCE.eq(reference.toString()))
        .fetchOptional(REPORT.ID)
        .flatMap(id -> outbox(dsl).details(id));
  }

  /**
   * Opens a report's page for a manager: the answers, sync facts, audit trail and corrections. The
   * view is audited, and an outcome nobody had seen is marked seen.
   *
   * @throws StoreException.NotAllowed for a volunteer: they see the status only
   * @throws StoreException.BadRequest when there is no such report
   */
  public ReportPage open(Reference reference) throws StoreException {
    session.refuseKiosk("open a report");
    session.requireManager("open a report's answers");
    ReportPage page =
        inTransaction(
            tx -> {
              Report report = find(tx, reference);
              UUID id = report.meta().id();
              new JooqAuditLog(tx, clock)
                  .append(session.user(), AuditAction.VIEW, reference.toString(), "");
              SyncDetails sync = outbox(tx).details(id).orElseThrow();
              if (sync.news()) {
                outbox(tx).markSeen(id);
              }
              return new ReportPage(report, sync, trail(tx, reference), corrections(tx, id));
            });
    afterWrite.run();
    return page;
  }

  /**
   * Corrects answers of a report that has not been sent, with a coded answer's codes as its words.
   *
   * @see #correct(Reference, Map, Wording)
   */
  public List<CorrectableField> correct(Reference reference, Map<CorrectableField, String> values)
      throws StoreException {
    return correct(reference, values, (field, value) -> value);
  }

  /** How the screen says a coded value (its codes) to the manager, in the manager's language. */
  @FunctionalInterface
  public interface Wording {
    String say(CorrectableField field, String value);
  }

  /**
   * Corrects answers of a report that has not been sent: saved with one audit entry naming each
   * changed field, and the old and new values kept beside it until the purge (a coded answer also
   * with the words the manager was shown). A report that needed attention goes back to the queue to
   * be sent again. The report's statistics facts are written again in the same transaction, so a
   * corrected strand, type or place counts at once and only as corrected.
   *
   * @param values the new value of each field to change (see {@link CorrectableField}); an empty
   *     value clears the answer; a field with the same value as before is left alone
   * @param words how the screen says a coded value, kept beside its codes
   * @return the fields that changed
   * @throws StoreException.BadRequest when the report is sending or received, nothing changed, a
   *     value is not an answer its field can take, or the new answers break a rule of the form
   */
  public List<CorrectableField> correct(
      Reference reference, Map<CorrectableField, String> values, Wording words)
      throws StoreException {
    session.refuseKiosk("correct a report");
    session.requireManager("correct a report");
    List<CorrectableField> changed =
        inTransaction(
            tx -> {
              String statusCode =
                  tx.select(REPORT.STATUS)
                      .from(REPORT)
                      .where(REPORT.REFERENCE.eq(reference.toString()))
                      .forUpdate()
                      .fetchOptional(REPORT.STATUS)
                      .orElseThrow(() -> noSuchReport(reference));
              ReportStatus status = Coded.fromCode(ReportStatus.class, statusCode).orElseThrow();
              if (!correctable(status)) {
                throw new StoreException.BadRequest(
                    reference
                        + (status == ReportStatus.SENDING
                            ? " is being sent to the SPOC now"
                            : " has been received by the SPOC")
                        + ", so it cannot be changed on this computer. Nothing was changed."
                        + " Ask the SPOC to correct it there.");
              }
              Report old = find(tx, reference);
              Report updated = old;
              Map<CorrectableField, Optional<String>[]> changes = new LinkedHashMap<>();
              for (Map.Entry<CorrectableField, String> e : values.entrySet()) {
                CorrectableField field = e.getKey();
                Optional<String> before = field.read(updated);
                try {
                  updated = field.write(updated, e.getValue());
                } catch (IllegalArgumentException wrong) {
                  throw new StoreException.BadRequest(wrong.getMessage() + " Nothing was changed.");
                }
                Optional<String> after = field.read(updated);
                if (!before.equals(after)) {
                  @SuppressWarnings("unchecked")
                  Optional<String>[] pair = new Optional[] {before, after};
                  changes.put(field, pair);
                }
              }
              if (changes.isEmpty()) {
                throw new StoreException.BadRequest(
                    "Nothing was changed: the answers are the same as before.");
              }
              List<Problem> problems = new ReportValidator(clock).validate(updated);
              if (!problems.isEmpty()) {
                throw new StoreException.BadRequest(
                    problems.get(0).message() + " Nothing was changed.");
              }
              save(tx, old.meta().id(), updated, status);
              facts.rewrite(tx, old.meta().id());
              AuditEntry entry =
                  new JooqAuditLog(tx, clock)
                      .append(
                          session.user(),
                          AuditAction.CHANGE,
                          reference.toString(),
                          "corrected "
                              + changes.keySet().stream()
                                  .map(CorrectableField::code)
                                  .collect(Collectors.joining(", "))
                              + "; values sha256 "
                              + digest(changes));
              for (var c : changes.entrySet()) {
                tx.insertInto(REPORT_CORRECTION)
                    .set(REPORT_CORRECTION.AUDIT_SEQ, entry.seq())
                    .set(REPORT_CORRECTION.FIELD_NAME, c.getKey().code())
                    .set(REPORT_CORRECTION.REPORT_ID, old.meta().id())
                    .set(REPORT_CORRECTION.OLD_VALUE, c.getValue()[0].orElse(null))
                    .set(REPORT_CORRECTION.NEW_VALUE, c.getValue()[1].orElse(null))
                    .set(REPORT_CORRECTION.OLD_WORDS, wordsOf(words, c.getKey(), c.getValue()[0]))
                    .set(REPORT_CORRECTION.NEW_WORDS, wordsOf(words, c.getKey(), c.getValue()[1]))
                    .execute();
              }
              return List.copyOf(changes.keySet());
            });
    afterWrite.run();
    return changed;
  }

  /** The words of a coded value; none for free text (its value is its words) or no value. */
  private static String wordsOf(Wording words, CorrectableField field, Optional<String> value) {
    return field.coded() ? value.map(v -> words.say(field, v)).orElse(null) : null;
  }

  private void save(DSLContext tx, UUID id, Report updated, ReportStatus status) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    tx.update(REPORT)
        .set(REPORT.DOCUMENT, new String(format.write(updated), StandardCharsets.UTF_8))
        .set(REPORT.CONTENT_HASH, format.contentHash(updated))
        .set(REPORT.STATUS, ReportStatus.SAVED.code())
        .set(REPORT.UPDATED_AT, now)
        .where(REPORT.ID.eq(id))
        .execute();
    if (status == ReportStatus.NEEDS_ATTENTION) {
      // The SPOC's reason was about the old answers; the corrected report waits to be sent again.
      tx.update(REPORT_SYNC)
          .setNull(REPORT_SYNC.ATTENTION_KIND)
          .setNull(REPORT_SYNC.ATTENTION_REASON)
          .set(REPORT_SYNC.UPDATED_AT, now)
          .where(REPORT_SYNC.REPORT_ID.eq(id))
          .execute();
    }
  }

  /**
   * Removes the old and new values of a report's corrections; the purge calls it in its own
   * transaction, so identifying details do not outlive the report's own.
   */
  static void removeCorrectionValues(DSLContext tx, UUID reportId, Instant at) {
    tx.update(REPORT_CORRECTION)
        .setNull(REPORT_CORRECTION.OLD_VALUE)
        .setNull(REPORT_CORRECTION.NEW_VALUE)
        .setNull(REPORT_CORRECTION.OLD_WORDS)
        .setNull(REPORT_CORRECTION.NEW_WORDS)
        .set(REPORT_CORRECTION.REMOVED_AT, at.atOffset(ZoneOffset.UTC))
        .where(REPORT_CORRECTION.REPORT_ID.eq(reportId))
        .and(REPORT_CORRECTION.REMOVED_AT.isNull())
        .execute();
  }

  /** The SHA-256 of the changed values, so the kept values can be checked against the audit. */
  static String digest(Map<CorrectableField, Optional<String>[]> changes) {
    StringBuilder canonical = new StringBuilder();
    changes.forEach(
        (field, pair) ->
            canonical
                .append(field.code())
                .append('\u001f')
                .append(pair[0].orElse(""))
                .append('\u001f')
                .append(pair[1].orElse(""))
                .append('\u001e'));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static List<AuditEntry> trail(DSLContext tx, Reference reference) {
    return tx.selectFrom(AUDIT_ENTRY)
        .where(AUDIT_ENTRY.SUBJECT.eq(reference.toString()))
        .orderBy(AUDIT_ENTRY.SEQ)
        .fetch(JooqAuditLog::toEntry);
  }

  private static List<ReportCorrection> corrections(DSLContext tx, UUID id) {
    return tx.select(
            REPORT_CORRECTION.AUDIT_SEQ,
            AUDIT_ENTRY.AT,
            AUDIT_ENTRY.ACTOR,
            REPORT_CORRECTION.FIELD_NAME,
            REPORT_CORRECTION.OLD_VALUE,
            REPORT_CORRECTION.NEW_VALUE,
            REPORT_CORRECTION.REMOVED_AT,
            REPORT_CORRECTION.OLD_WORDS,
            REPORT_CORRECTION.NEW_WORDS)
        .from(REPORT_CORRECTION)
        .join(AUDIT_ENTRY)
        .on(AUDIT_ENTRY.SEQ.eq(REPORT_CORRECTION.AUDIT_SEQ))
        .where(REPORT_CORRECTION.REPORT_ID.eq(id))
        .orderBy(REPORT_CORRECTION.AUDIT_SEQ, REPORT_CORRECTION.FIELD_NAME)
        .fetch(
            r ->
                new ReportCorrection(
                    r.value1(),
                    r.value2().toInstant(),
                    r.value3(),
                    CorrectableField.fromCode(r.value4()).orElseThrow(),
                    Optional.ofNullable(r.value5()),
                    Optional.ofNullable(r.value6()),
                    Optional.ofNullable(r.value7()).map(OffsetDateTime::toInstant),
                    Optional.ofNullable(r.value8()),
                    Optional.ofNullable(r.value9())));
  }

  private Report find(DSLContext tx, Reference reference) throws StoreException.BadRequest {
    Optional<String> document =
        tx.select(REPORT.DOCUMENT)
            .from(REPORT)
            .where(REPORT.REFERENCE.eq(reference.toString()))
            .fetchOptional(REPORT.DOCUMENT);
    if (document.isEmpty()) {
      throw noSuchReport(reference);
    }
    try {
      return format.read(document.get().getBytes(StandardCharsets.UTF_8));
    } catch (ExchangeFormatException e) {
      // Only the reference: the document may hold personal details.
      throw new IllegalStateException("Stored report " + reference + " cannot be read", e);
    }
  }

  private static StoreException.BadRequest noSuchReport(Reference reference) {
    return new StoreException.BadRequest("There is no report " + reference + " on this computer.");
  }

  private JooqOutboxRepository outbox(DSLContext context) {
    return new JooqOutboxRepository(context, format, clock);
  }

  /** Work that may throw a store error, in one transaction, the error passed through as it was. */
  private <T> T inTransaction(Work<T> work) throws StoreException {
    try {
      return dsl.transactionResult(cfg -> work.run(cfg.dsl()));
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof StoreException se) {
          throw se;
        }
      }
      throw e;
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(DSLContext tx) throws StoreException;
  }
}
