package org.reportingcentre.store;

import java.time.Clock;
import org.jooq.DSLContext;
import org.reportingcentre.protocol.ExchangeFormat;

/** The jOOQ repositories on one context: a transaction's, or the pool's. */
final class JooqRepositories implements Repositories {
  private final DSLContext dsl;
  private final ExchangeFormat format;
  private final Clock clock;

  JooqRepositories(DSLContext dsl, ExchangeFormat format, Clock clock) {
    this.dsl = dsl;
    this.format = format;
    this.clock = clock;
  }

  @Override
  public ReportRepository reports() {
    return new JooqReportRepository(dsl, format, clock);
  }

  @Override
  public ReportListRepository reportList() {
    return new JooqReportListRepository(dsl);
  }

  @Override
  public CorrectionRepository corrections() {
    return new JooqCorrectionRepository(dsl);
  }

  @Override
  public OutboxRepository outbox() {
    return new JooqOutboxRepository(dsl, format, clock);
  }

  @Override
  public ReferralRepository referrals() {
    return new JooqReferralRepository(dsl);
  }

  @Override
  public DraftRepository drafts() {
    return new JooqDraftRepository(dsl);
  }

  @Override
  public FactRepository facts() {
    return new JooqFactRepository(dsl, format, clock);
  }

  @Override
  public StatisticsSettingsRepository statisticsSettings() {
    return new JooqStatisticsSettingsRepository(dsl);
  }

  @Override
  public AuditLog audit() {
    return new JooqAuditLog(dsl, clock);
  }
}
