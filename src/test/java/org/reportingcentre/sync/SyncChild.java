package org.reportingcentre.sync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.store.CentreStore;

/**
 * A centre syncing in its own JVM, so a test can kill it with {@code kill -9} at an exact point: it
 * prints an event and waits for "go" before each request, after each answer arrives (before it is
 * recorded), and after each batch is recorded.
 *
 * <p>Arguments: the store folder and the batch size. The password comes from RC_PASSWORD.
 */
public final class SyncChild {
  private SyncChild() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    Runnable pause =
        () -> {
          try {
            if (!"go".equals(in.readLine())) {
              throw new IllegalStateException("told to stop");
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    OkHttpClient http =
        SyncHttp.newClient()
            .newBuilder()
            .addNetworkInterceptor(
                chain -> {
                  boolean batch = chain.request().url().encodedPath().endsWith("/batch");
                  if (batch) {
                    out.println("EVENT request");
                    pause.run();
                  }
                  Response response = chain.proceed(chain.request());
                  if (batch) {
                    out.println("EVENT answered");
                    pause.run();
                  }
                  return response;
                })
            .build();
    try (CentreStore store =
        CentreStore.open(
            Path.of(args[0]),
            Centre.MANAGER,
            System.getenv("RC_PASSWORD").toCharArray(),
            Centre.options(Clock.systemUTC()))) {
      SyncSummary summary =
          new SyncService(
                  CentreServices.on(store).sync(),
                  http,
                  new ExchangeFormat().mapper(),
                  Integer.parseInt(args[1]))
              .run(
                  new SyncListener() {
                    @Override
                    public void progress(int done, int total) {
                      if (done > 0) {
                        out.println("EVENT recorded " + done);
                        pause.run();
                      }
                    }
                  },
                  new CancelToken());
      out.println("DONE " + summary.received());
    }
  }
}
