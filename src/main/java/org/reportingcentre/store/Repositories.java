package org.reportingcentre.store;

/** The store's repositories, all on the same connection: one transaction, or none. */
public interface Repositories {
  ReportRepository reports();

  ReportListRepository reportList();

  CorrectionRepository corrections();

  OutboxRepository outbox();

  ReferralRepository referrals();

  DraftRepository drafts();

  FactRepository facts();

  StatisticsSettingsRepository statisticsSettings();

  AuditLog audit();
}
