package org.reportingcentre.store;

import static org.reportingcentre.store.jooq.Tables.DRAFT;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.reportingcentre.store.jooq.tables.records.DraftRecord;

/** Drafts in the encrypted H2 store. */
final class JooqDraftRepository implements DraftRepository {
  private final DSLContext dsl;

  JooqDraftRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void save(Draft draft) {
    dsl.transaction(
        cfg ->
            cfg.dsl()
                .mergeInto(DRAFT)
                .using(cfg.dsl().selectOne())
                .on(DRAFT.ID.eq(draft.id()))
                .whenMatchedThenUpdate()
                .set(DRAFT.STEP, draft.step())
                .set(DRAFT.ANSWERS, draft.answers())
                .set(DRAFT.UPDATED_AT, draft.updatedAt().atOffset(ZoneOffset.UTC))
                .whenNotMatchedThenInsert(
                    DRAFT.ID,
                    DRAFT.OWNER,
                    DRAFT.STEP,
                    DRAFT.ANSWERS,
                    DRAFT.CREATED_AT,
                    DRAFT.UPDATED_AT)
                .values(
                    draft.id(),
                    draft.owner(),
                    draft.step(),
                    draft.answers(),
                    draft.createdAt().atOffset(ZoneOffset.UTC),
                    draft.updatedAt().atOffset(ZoneOffset.UTC))
                .execute());
  }

  @Override
  public Optional<Draft> find(UUID id) {
    return dsl.selectFrom(DRAFT).where(DRAFT.ID.eq(id)).fetchOptional(JooqDraftRepository::toDraft);
  }

  @Override
  public List<Draft> byOwner(String owner) {
    return dsl.selectFrom(DRAFT)
        .where(DRAFT.OWNER.eq(owner))
        .orderBy(DRAFT.UPDATED_AT.desc())
        .fetch(JooqDraftRepository::toDraft);
  }

  @Override
  public List<Draft> all() {
    return dsl.selectFrom(DRAFT)
        .orderBy(DRAFT.UPDATED_AT.desc())
        .fetch(JooqDraftRepository::toDraft);
  }

  @Override
  public boolean delete(UUID id) {
    return dsl.deleteFrom(DRAFT).where(DRAFT.ID.eq(id)).execute() == 1;
  }

  private static Draft toDraft(DraftRecord r) {
    return new Draft(
        r.getId(),
        r.getOwner(),
        r.getStep(),
        r.getAnswers(),
        r.getCreatedAt().toInstant(),
        r.getUpdatedAt().toInstant());
  }
}
