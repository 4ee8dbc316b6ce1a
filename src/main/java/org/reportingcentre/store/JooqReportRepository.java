package org.reportingcentre.store;

import static org.reportingcentre.store.jooq.Tables.REFERENCE_SEQUENCE;
import static org.reportingcentre.store.jooq.Tables.REPORT;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.ExchangeFormatException;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportStatus;

/**
 * Reports in the encrypted H2 store. Each report is kept as its exchange-format document, so what
 * is stored, exported and sent can never drift apart, beside the few columns lists need.
 */
final class JooqReportRepository implements ReportRepository {
  private final DSLContext dsl;
  private final ExchangeFormat format;
  private final Clock clock;

  JooqReportRepository(DSLContext dsl, ExchangeFormat format, Clock clock) {
    this.dsl = dsl;
    this.format = format;
    this.clock = clock;
  }

  @Override
  public void addAll(List<Report> reports) {
    dsl.transaction(
        cfg -> {
          DSLContext tx = cfg.dsl();
          List<UUID> clashes =
              new JooqReportRepository(tx, format, clock).existingIds(ids(reports));
          if (!clashes.isEmpty()) {
            throw new IllegalArgumentException(
                clashes.size() + " of the reports are stored already");
          }
          var now = clock.instant().atOffset(ZoneOffset.UTC);
          for (List<Report> chunk : chunks(reports)) {
            insertChunk(tx, chunk, now);
          }
          Map<String, Long> highest =
              reports.stream()
                  .map(r -> r.meta().reference())
                  .collect(Collectors.toMap(Reference::centreCode, Reference::sequence, Math::max));
          highest.forEach((centre, sequence) -> moveSequencePast(tx, centre, sequence));
        });
  }

  /** Rows per INSERT: one statement with thousands of rows exceeds H2's limit on parameters. */
  private static final int ROWS_PER_STATEMENT = 500;

  private static List<List<Report>> chunks(List<Report> reports) {
    List<List<Report>> chunks = new java.util.ArrayList<>();
    for (int i = 0; i < reports.size(); i += ROWS_PER_STATEMENT) {
      chunks.add(reports.subList(i, Math.min(reports.size(), i + ROWS_PER_STATEMENT)));
    }
    return chunks;
  }

  private void insertChunk(DSLContext tx, List<Report> chunk, java.time.OffsetDateTime now) {
    var insert =
        tx.insertInto(
            REPORT,
            REPORT.ID,
            REPORT.REFERENCE,
            REPORT.CENTRE_CODE,
            REPORT.RECORDED_BY,
            REPORT.CHANNEL,
            REPORT.STATUS,
            REPORT.CREATED_AT,
            REPORT.COMPLETED_AT,
            REPORT.CONTENT_HASH,
            REPORT.DOCUMENT,
            REPORT.UPDATED_AT);
    for (Report report : chunk) {
      var meta = report.meta();
      insert =
          insert.values(
              meta.id(),
              meta.reference().toString(),
              meta.centreCode(),
              meta.recordedBy(),
              meta.channel().code(),
              ReportStatus.SAVED.code(),
              meta.createdAt().atOffset(ZoneOffset.UTC),
              meta.completedAt()
                  .orElseThrow(() -> new IllegalArgumentException("A draft is not a report"))
                  .atOffset(ZoneOffset.UTC),
              format.contentHash(report),
              new String(format.write(report), StandardCharsets.UTF_8),
              now);
    }
    insert.execute();
  }

  private static void moveSequencePast(DSLContext tx, String centre, long sequence) {
    tx.mergeInto(REFERENCE_SEQUENCE)
        .using(tx.selectOne())
        .on(REFERENCE_SEQUENCE.CENTRE_CODE.eq(centre))
        .whenMatchedThenUpdate()
        .set(
            REFERENCE_SEQUENCE.NEXT_VALUE,
            DSL.greatest(REFERENCE_SEQUENCE.NEXT_VALUE, DSL.val(sequence + 1)))
        .whenNotMatchedThenInsert(REFERENCE_SEQUENCE.CENTRE_CODE, REFERENCE_SEQUENCE.NEXT_VALUE)
        .values(centre, sequence + 1)
        .execute();
  }

  @Override
  public Optional<Report> find(UUID id) {
    return documentWhere(REPORT.ID.eq(id));
  }

  @Override
  public Optional<Report> findByReference(Reference reference) {
    return documentWhere(REPORT.REFERENCE.eq(reference.toString()));
  }

  private Optional<Report> documentWhere(Condition condition) {
    return dsl.select(REPORT.DOCUMENT, REPORT.ID)
        .from(REPORT)
        .where(condition)
        .fetchOptional()
        .map(r -> parse(r.value1(), r.value2()));
  }

  @Override
  public Optional<UUID> idOf(Reference reference) {
    return dsl.select(REPORT.ID)
        .from(REPORT)
        .where(REPORT.REFERENCE.eq(reference.toString()))
        .fetchOptional(REPORT.ID);
  }

  @Override
  public Map<UUID, Reference> referencesOf(List<UUID> ids) {
    Map<UUID, Reference> references = new java.util.HashMap<>();
    for (int i = 0; i < ids.size(); i += ROWS_PER_STATEMENT) {
      dsl.select(REPORT.ID, REPORT.REFERENCE)
          .from(REPORT)
          .where(REPORT.ID.in(ids.subList(i, Math.min(ids.size(), i + ROWS_PER_STATEMENT))))
          .forEach(r -> references.put(r.value1(), Reference.parse(r.value2())));
    }
    return references;
  }

  @Override
  public Optional<ReportStatus> lockStatus(Reference reference) {
    return dsl.select(REPORT.STATUS)
        .from(REPORT)
        .where(REPORT.REFERENCE.eq(reference.toString()))
        .forUpdate()
        .fetchOptional(REPORT.STATUS)
        .map(code -> Coded.fromCode(ReportStatus.class, code).orElseThrow());
  }

  @Override
  public void replace(UUID id, Report corrected, java.time.Instant at) {
    dsl.update(REPORT)
        .set(REPORT.DOCUMENT, new String(format.write(corrected), StandardCharsets.UTF_8))
        .set(REPORT.CONTENT_HASH, format.contentHash(corrected))
        .set(REPORT.STATUS, ReportStatus.SAVED.code())
        .set(REPORT.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
        .where(REPORT.ID.eq(id))
        .execute();
  }

  @Override
  public List<UUID> existingIds(List<UUID> ids) {
    List<UUID> found = new java.util.ArrayList<>();
    for (int i = 0; i < ids.size(); i += ROWS_PER_STATEMENT) {
      List<UUID> part = ids.subList(i, Math.min(ids.size(), i + ROWS_PER_STATEMENT));
      found.addAll(dsl.select(REPORT.ID).from(REPORT).where(REPORT.ID.in(part)).fetch(REPORT.ID));
    }
    return found;
  }

  @Override
  public List<Reference> existingReferences(List<Reference> references) {
    List<String> texts = references.stream().map(Reference::toString).toList();
    List<Reference> found = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i += ROWS_PER_STATEMENT) {
      List<String> part = texts.subList(i, Math.min(texts.size(), i + ROWS_PER_STATEMENT));
      found.addAll(
          dsl.select(REPORT.REFERENCE)
              .from(REPORT)
              .where(REPORT.REFERENCE.in(part))
              .fetch(r -> Reference.parse(r.value1())));
    }
    return found;
  }

  @Override
  public List<ReportSummary> list(Optional<ReportStatus> status) {
    Condition condition = status.map(s -> REPORT.STATUS.eq(s.code())).orElse(DSL.noCondition());
    return dsl.select(
            REPORT.ID, REPORT.REFERENCE, REPORT.COMPLETED_AT, REPORT.CHANNEL, REPORT.STATUS)
        .from(REPORT)
        .where(condition)
        .orderBy(REPORT.COMPLETED_AT, REPORT.REFERENCE)
        .fetch(
            r ->
                new ReportSummary(
                    r.value1(),
                    Reference.parse(r.value2()),
                    r.value3().toInstant(),
                    Coded.fromCode(Channel.class, r.value4()).orElseThrow(),
                    Coded.fromCode(ReportStatus.class, r.value5()).orElseThrow()));
  }

  @Override
  public List<Report> all() {
    return dsl.select(REPORT.DOCUMENT, REPORT.ID)
        .from(REPORT)
        .orderBy(REPORT.COMPLETED_AT, REPORT.REFERENCE)
        .fetch(r -> parse(r.value1(), r.value2()));
  }

  @Override
  public Optional<ReportStatus> status(UUID id) {
    return dsl.select(REPORT.STATUS)
        .from(REPORT)
        .where(REPORT.ID.eq(id))
        .fetchOptional(REPORT.STATUS)
        .flatMap(code -> Coded.fromCode(ReportStatus.class, code));
  }

  @Override
  public boolean setStatus(UUID id, ReportStatus status) {
    return dsl.update(REPORT)
            .set(REPORT.STATUS, status.code())
            .set(REPORT.UPDATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
            .where(REPORT.ID.eq(id))
            .execute()
        == 1;
  }

  @Override
  public long count() {
    return dsl.fetchCount(REPORT);
  }

  @Override
  public Reference nextReference(String centreCode) {
    return dsl.transactionResult(
        cfg -> {
          DSLContext tx = cfg.dsl();
          Long next =
              tx.select(REFERENCE_SEQUENCE.NEXT_VALUE)
                  .from(REFERENCE_SEQUENCE)
                  .where(REFERENCE_SEQUENCE.CENTRE_CODE.eq(centreCode))
                  .forUpdate()
                  .fetchOne(REFERENCE_SEQUENCE.NEXT_VALUE);
          long value = next == null ? 1 : next;
          moveSequencePast(tx, centreCode, value);
          return new Reference(centreCode, value);
        });
  }

  private Report parse(String document, UUID id) {
    try {
      return format.read(document.getBytes(StandardCharsets.UTF_8));
    } catch (ExchangeFormatException e) {
      // Only the id goes into the message: the document may hold personal details.
      throw new IllegalStateException("Stored report " + id + " cannot be read", e);
    }
  }

  private static List<UUID> ids(List<Report> reports) {
    return reports.stream().map(r -> r.meta().id()).toList();
  }
}
