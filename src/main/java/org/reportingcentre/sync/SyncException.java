package org.reportingcentre.sync;

import java.util.Optional;

/**
 * Why a call to the SPOC did not give an answer the centre can act on. Messages are plain words for
 * a manager and never hold a token, an enrolment code or anything from a report.
 */
public abstract sealed class SyncException extends Exception {
  private static final long serialVersionUID = 1L;

  SyncException(String message, Throwable cause) {
    super(message, cause);
  }

  /** True when trying again later, unchanged, may work (the network, the SPOC's own trouble). */
  public abstract boolean retryLater();

  /** No answer: no network, refused connection, timeout, or a connection cut in the middle. */
  public static final class Unreachable extends SyncException {
    private static final long serialVersionUID = 1L;

    Unreachable(String address, Throwable cause) {
      super(
          "The SPOC at "
              + address
              + " could not be reached (no network, or it did not answer in time). Nothing was"
              + " marked as sent; the reports will be sent later.",
          cause);
    }

    @Override
    public boolean retryLater() {
      return true;
    }
  }

  /** Something answered, but not a SPOC: a captive portal, a proxy, the wrong address. */
  public static final class NotASpoc extends SyncException {
    private static final long serialVersionUID = 1L;

    NotASpoc(String address, String what) {
      super(
          "The address "
              + address
              + " did not answer as a SPOC ("
              + what
              + "). It may be a Wi-Fi sign-in page or the wrong address. Nothing was marked as"
              + " sent.",
          null);
    }

    @Override
    public boolean retryLater() {
      return true;
    }
  }

  /** The SPOC speaks another protocol version: this build must be updated. */
  public static final class WrongVersion extends SyncException {
    private static final long serialVersionUID = 1L;

    WrongVersion(String theirs, int ours) {
      super(
          "The SPOC speaks protocol version "
              + theirs
              + "; this Reporting Centre speaks version "
              + ours
              + ". Update Reporting Centre. Nothing was sent.",
          null);
    }

    @Override
    public boolean retryLater() {
      return false;
    }
  }

  /** The token was refused (revoked or unknown): a manager must enrol again. */
  public static final class Unauthorised extends SyncException {
    private static final long serialVersionUID = 1L;

    Unauthorised() {
      super(
          "The SPOC no longer accepts this centre's token (it may have been revoked). Ask the SPOC"
              + " for a new enrolment code and enrol again. Every report stays queued.",
          null);
    }

    @Override
    public boolean retryLater() {
      return false;
    }
  }

  /** The enrolment code was not accepted (unknown, used, withdrawn, expired, other centre). */
  public static final class EnrolmentRefused extends SyncException {
    private static final long serialVersionUID = 1L;

    EnrolmentRefused(String spocMessage) {
      super(spocMessage, null);
    }

    @Override
    public boolean retryLater() {
      return false;
    }
  }

  /** The SPOC failed (5xx): nothing was half-done there, try again later. */
  public static final class ServerError extends SyncException {
    private static final long serialVersionUID = 1L;
    private final int status;

    ServerError(int status) {
      super(
          "The SPOC had a problem (HTTP "
              + status
              + "). Nothing was marked as sent; the reports will be sent later.",
          null);
      this.status = status;
    }

    public int status() {
      return status;
    }

    @Override
    public boolean retryLater() {
      return true;
    }
  }

  /** The request was over one of the SPOC's limits (413): send less at once. */
  public static final class TooLarge extends SyncException {
    private static final long serialVersionUID = 1L;
    private final Optional<Long> limit;

    TooLarge(Optional<Long> limit, String spocMessage) {
      super(spocMessage, null);
      this.limit = limit;
    }

    public Optional<Long> limit() {
      return limit;
    }

    @Override
    public boolean retryLater() {
      return true;
    }
  }

  /** Any other refusal (400, 404, 415…): this build and the SPOC disagree. */
  public static final class Refused extends SyncException {
    private static final long serialVersionUID = 1L;

    Refused(int status, String spocMessage) {
      super("The SPOC refused the request (HTTP " + status + "): " + spocMessage, null);
    }

    @Override
    public boolean retryLater() {
      return false;
    }
  }

  /** The centre has not enrolled with a SPOC yet. */
  public static final class NotEnrolled extends SyncException {
    private static final long serialVersionUID = 1L;

    NotEnrolled() {
      super(
          "This centre has not enrolled with a SPOC yet. A manager runs: reporting-centre enrol"
              + " --spoc URL",
          null);
    }

    @Override
    public boolean retryLater() {
      return false;
    }
  }

  /** The sending was cancelled by the person who started it. */
  public static final class Cancelled extends SyncException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("Sending was cancelled. Reports not yet answered stay queued.", null);
    }

    @Override
    public boolean retryLater() {
      return true;
    }
  }
}
