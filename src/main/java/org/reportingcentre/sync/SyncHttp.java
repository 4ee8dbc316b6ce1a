package org.reportingcentre.sync;

import java.time.Duration;
import okhttp3.OkHttpClient;

/** The application's one HTTP client for the SPOC, with explicit timeouts. */
public final class SyncHttp {
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(120);

  private SyncHttp() {}

  /**
   * A client that never retries on its own: whether to send again is the outbox's decision, and a
   * silent retry would hide a failure from it.
   */
  public static OkHttpClient newClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(CONNECT_TIMEOUT)
        .readTimeout(READ_TIMEOUT)
        .writeTimeout(READ_TIMEOUT)
        .callTimeout(CALL_TIMEOUT)
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .build();
  }
}
