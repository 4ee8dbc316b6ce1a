package org.reportingcentre.store;

/**
 * How the centre's services change the store: work on repositories bound to one transaction, so
 * that a report, its audit entry and whatever else one call changes are saved together or not at
 * all; and the seal moved up to the newest audit entry once the change is committed.
 */
public interface UnitOfWork {
  /**
   * Repositories for work outside a transaction: each of their calls is a transaction of its own.
   */
  Repositories repositories();

  /**
   * Runs work in one transaction: committed when it returns, rolled back when it throws, and what
   * it threw passed on as it was.
   */
  <T, E extends Exception> T inTransaction(Work<T, E> work) throws E;

  /**
   * Moves the store's seal up to the newest audit entry; called after every committed change. A
   * seal that cannot be written is logged, not thrown: a database ahead of its seal still opens.
   */
  void sealAuditHead();

  /** Work on the repositories of one transaction. */
  @FunctionalInterface
  interface Work<T, E extends Exception> {
    T run(Repositories transaction) throws E;
  }
}
