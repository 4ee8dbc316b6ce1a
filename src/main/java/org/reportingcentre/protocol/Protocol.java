package org.reportingcentre.protocol;

/**
 * The constants of the protocol between a reporting centre and the single point of contact (SPOC):
 * its version, paths, headers and limits. {@code docs/protocol.md} describes them for people.
 */
public final class Protocol {
  /**
   * The version of this protocol. It changes when a request or response changes in a way that an
   * older peer would misread; the path prefix {@code /api/v1} changes only with a new major shape.
   */
  public static final int VERSION = 1;

  /** What the health endpoint calls the service, so a captive portal's 200 is not taken for it. */
  public static final String SERVICE_NAME = "reporting-centre-spoc";

  /** A centre may send this header; a SPOC that speaks another version answers 400. */
  public static final String VERSION_HEADER = "RC-Protocol-Version";

  public static final String API_PREFIX = "/api/v1";
  public static final String HEALTH_PATH = API_PREFIX + "/health";
  public static final String ENROL_PATH = API_PREFIX + "/enrol";
  public static final String BATCH_PATH = API_PREFIX + "/reports/batch";
  public static final String OUTCOMES_PATH = API_PREFIX + "/outcomes";
  public static final String DIRECTORY_PATH = API_PREFIX + "/directory";
  public static final String REFERRALS_PATH = API_PREFIX + "/referrals";

  /** Most referrals in one request to {@link #REFERRALS_PATH}. */
  public static final int MAX_REFERRALS_PER_REQUEST = 200;

  /** Most reports in one batch. */
  public static final int MAX_REPORTS_PER_BATCH = 200;

  /** Most bytes in a request body as sent (after any gzip). */
  public static final long MAX_REQUEST_BYTES = 8L * 1024 * 1024;

  /**
   * Most bytes of JSON in a batch once any gzip is undone; stops a small gzip bomb from becoming a
   * huge body.
   */
  public static final long MAX_JSON_BYTES = 16L * 1024 * 1024;

  /** Most outcome changes in one page, and the number given when a centre does not ask. */
  public static final int MAX_OUTCOMES_PER_PAGE = 1000;

  public static final int DEFAULT_OUTCOMES_PER_PAGE = 500;

  private Protocol() {}
}
