package org.reportingcentre.store;

import java.time.Clock;
import org.jooq.DSLContext;
import org.reportingcentre.protocol.ExchangeFormat;

/** Transactions on the encrypted H2 store, handing out the jOOQ repositories bound to them. */
final class JooqUnitOfWork implements UnitOfWork {
  private final DSLContext dsl;
  private final ExchangeFormat format;
  private final Clock clock;
  private final Runnable sealer;

  JooqUnitOfWork(DSLContext dsl, ExchangeFormat format, Clock clock, Runnable sealer) {
    this.dsl = dsl;
    this.format = format;
    this.clock = clock;
    this.sealer = sealer;
  }

  @Override
  public Repositories repositories() {
    return new JooqRepositories(dsl, format, clock);
  }

  @Override
  public <T, E extends Exception> T inTransaction(Work<T, E> work) throws E {
    try {
      return dsl.transactionResult(
          cfg -> {
            try {
              return work.run(new JooqRepositories(cfg.dsl(), format, clock));
            } catch (RuntimeException e) {
              throw e;
            } catch (Exception e) {
              throw new Checked(e);
            }
          });
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof Checked checked) {
          @SuppressWarnings("unchecked")
          E cause = (E) checked.getCause();
          throw cause;
        }
      }
      throw e;
    }
  }

  @Override
  public void sealAuditHead() {
    sealer.run();
  }

  /** Carries a checked exception of the work through jOOQ, which rolls back on it. */
  private static final class Checked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Checked(Exception cause) {
      super(cause);
    }
  }
}
