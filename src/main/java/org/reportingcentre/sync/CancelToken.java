package org.reportingcentre.sync;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;

/**
 * Lets a person stop a run ("Cancel" beside the progress bar) from any thread. The request in
 * flight is cancelled too; reports it carried stay queued, since nothing is known of them.
 */
public final class CancelToken {
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final AtomicReference<Call> inFlight = new AtomicReference<>();

  public void cancel() {
    cancelled.set(true);
    Call call = inFlight.get();
    if (call != null) {
      call.cancel();
    }
  }

  public boolean isCancelled() {
    return cancelled.get();
  }

  void inFlight(Call call) {
    inFlight.set(call);
    if (cancelled.get()) {
      call.cancel();
    }
  }
}
