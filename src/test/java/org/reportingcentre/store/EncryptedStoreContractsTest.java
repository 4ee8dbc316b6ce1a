package org.reportingcentre.store;

import java.nio.file.Path;
import java.time.Clock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.protocol.ExchangeFormat;

/** The repository contracts, run against the real encrypted H2 file in a temporary folder. */
class EncryptedStoreContractsTest {
  @TempDir Path folder;
  CentreStore store;

  @BeforeEach
  void openStore() throws StoreException {
    store = StoreFixtures.createFast(folder).store();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  DSLContext dsl() {
    return store.dsl();
  }

  @Nested
  class Reports extends ReportRepositoryContract {
    @Override
    protected ReportRepository repository() {
      return new JooqReportRepository(dsl(), new ExchangeFormat(), Clock.systemUTC());
    }
  }

  @Nested
  class Drafts extends DraftRepositoryContract {
    @Override
    protected DraftRepository repository() {
      return store.drafts();
    }
  }

  @Nested
  class Audit extends AuditLogContract {
    @Override
    protected AuditLog log() {
      return store.audit();
    }
  }

  @Nested
  class ReportList extends ReportListRepositoryContract {
    @Override
    protected Repositories store() {
      return store.work().repositories();
    }
  }

  @Nested
  class Corrections extends CorrectionRepositoryContract {
    @Override
    protected Repositories store() {
      return store.work().repositories();
    }
  }

  @Nested
  class Referrals extends ReferralRepositoryContract {
    @Override
    protected Repositories store() {
      return store.work().repositories();
    }
  }

  @Nested
  class Facts extends FactRepositoryContract {
    @Override
    protected Repositories store() {
      return store.work().repositories();
    }
  }

  @Nested
  class StatisticsSettings extends StatisticsSettingsRepositoryContract {
    @Override
    protected StatisticsSettingsRepository repository() {
      return store.work().repositories().statisticsSettings();
    }
  }

  @Nested
  class Outbox extends OutboxRepositoryContract {
    @Override
    protected Repositories store() {
      return store.work().repositories();
    }
  }

  @Nested
  class Transactions extends UnitOfWorkContract {
    @Override
    protected UnitOfWork work() {
      return store.work();
    }
  }
}
