package org.reportingcentre.cli;

/** The documented exit codes of the command line (also in README.md). */
public final class ExitCode {
  /** Done. */
  public static final int OK = 0;

  /** The command was not used right: unknown option, missing argument. */
  public static final int USAGE = 2;

  /** Wrong user name or password, or this user may not do that. */
  public static final int WRONG_USER_OR_PASSWORD = 3;

  /** The input (a file, a value) is not valid; nothing was changed. */
  public static final int INVALID_INPUT = 4;

  /** The store is locked by another program, damaged, missing, or the disk is full. */
  public static final int STORE_ERROR = 5;

  /** Some reports are still waiting to be sent, or need attention (sync). */
  public static final int REPORTS_WAITING = 6;

  private ExitCode() {}
}
