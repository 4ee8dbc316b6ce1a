package org.reportingcentre.desktop.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.reportingcentre.desktop.common.Scheduler;

/** A scheduler whose time moves only when a test says so. */
public final class ManualScheduler implements Scheduler {
  private final List<Entry> pending = new ArrayList<>();
  private Duration now = Duration.ZERO;

  private record Entry(Duration due, Runnable task) {}

  @Override
  public synchronized Cancellable schedule(Duration delay, Runnable task) {
    Entry entry = new Entry(now.plus(delay), task);
    pending.add(entry);
    return () -> {
      synchronized (this) {
        pending.remove(entry);
      }
    };
  }

  /** Moves time on and runs whatever fell due, in order. */
  public void advance(Duration by) {
    Duration until = now.plus(by);
    while (true) {
      Entry next;
      synchronized (this) {
        next =
            pending.stream()
                .filter(e -> e.due().compareTo(until) <= 0)
                .min((a, b) -> a.due().compareTo(b.due()))
                .orElse(null);
        if (next == null) {
          now = until;
          return;
        }
        pending.remove(next);
        now = next.due();
      }
      next.task().run();
    }
  }

  public synchronized int pendingCount() {
    return pending.size();
  }
}
