package org.reportingcentre.sync;

/**
 * Told how a run goes, on the thread that runs it: a screen hands the calls to its own thread.
 * Every method has a default so a listener says only what it wants to hear.
 */
public interface SyncListener {
  SyncListener NONE = new SyncListener() {};

  /** The SPOC answered its health check and sending starts. */
  default void started(int total) {}

  /**
   * After each batch the SPOC answered.
   *
   * @param done reports answered so far in this run (received or needing attention)
   * @param total reports queued when the run started
   */
  default void progress(int done, int total) {}

  /** The run has ended, however it ended. */
  default void finished(SyncSummary summary) {}
}
