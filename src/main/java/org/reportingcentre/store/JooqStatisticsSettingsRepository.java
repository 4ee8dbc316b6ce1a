package org.reportingcentre.store;

import static org.reportingcentre.store.jooq.Tables.POPULATION;
import static org.reportingcentre.store.jooq.Tables.STATISTICS_SETTING;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.reportingcentre.report.Wards;

/** Population figures and statistics settings in the encrypted H2 store. */
final class JooqStatisticsSettingsRepository implements StatisticsSettingsRepository {
  private static final String SUPPRESS_SMALL = "suppress-small-counts";
  private static final String AREA_SCOPE = "area";
  private static final String WARD_SCOPE = "ward:";

  private final DSLContext dsl;

  JooqStatisticsSettingsRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Population population() {
    Optional<Long> area = Optional.empty();
    List<Population.Ward> wards = new ArrayList<>();
    for (var row :
        dsl.select(POPULATION.SCOPE, POPULATION.LABEL, POPULATION.PEOPLE)
            .from(POPULATION)
            .orderBy(POPULATION.LABEL)
            .fetch()) {
      if (row.value1().equals(AREA_SCOPE)) {
        area = Optional.of(row.value3());
      } else {
        wards.add(new Population.Ward(row.value2(), row.value3()));
      }
    }
    return new Population(area, wards);
  }

  @Override
  public void saveAreaPopulation(long people, Instant at) {
    savePopulation(AREA_SCOPE, "whole area", people, at);
  }

  @Override
  public void saveWardPopulation(String ward, long people, Instant at) {
    savePopulation(WARD_SCOPE + Wards.key(ward), ward, people, at);
  }

  private void savePopulation(String scope, String label, long people, Instant at) {
    OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
    dsl.mergeInto(POPULATION)
        .using(dsl.selectOne())
        .on(POPULATION.SCOPE.eq(scope))
        .whenMatchedThenUpdate()
        .set(POPULATION.LABEL, label)
        .set(POPULATION.PEOPLE, people)
        .set(POPULATION.UPDATED_AT, when)
        .whenNotMatchedThenInsert(
            POPULATION.SCOPE, POPULATION.LABEL, POPULATION.PEOPLE, POPULATION.UPDATED_AT)
        .values(scope, label, people, when)
        .execute();
  }

  @Override
  public Optional<Boolean> suppressSmallCounts() {
    return setting(dsl, SUPPRESS_SMALL).map(Boolean::parseBoolean);
  }

  @Override
  public void saveSuppressSmallCounts(boolean suppress) {
    putSetting(dsl, SUPPRESS_SMALL, Boolean.toString(suppress));
  }

  static Optional<String> setting(DSLContext tx, String name) {
    return tx.select(STATISTICS_SETTING.SETTING_VALUE)
        .from(STATISTICS_SETTING)
        .where(STATISTICS_SETTING.SETTING_NAME.eq(name))
        .fetchOptional(STATISTICS_SETTING.SETTING_VALUE);
  }

  static void putSetting(DSLContext tx, String name, String value) {
    tx.mergeInto(STATISTICS_SETTING)
        .using(tx.selectOne())
        .on(STATISTICS_SETTING.SETTING_NAME.eq(name))
        .whenMatchedThenUpdate()
        .set(STATISTICS_SETTING.SETTING_VALUE, value)
        .whenNotMatchedThenInsert(STATISTICS_SETTING.SETTING_NAME, STATISTICS_SETTING.SETTING_VALUE)
        .values(name, value)
        .execute();
  }
}
