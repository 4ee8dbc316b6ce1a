package org.reportingcentre.desktop.sync;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.LocalZone;
import org.reportingcentre.store.StoreException;
import org.reportingcentre.sync.SyncException;
import org.reportingcentre.sync.SyncScheduler;
import org.reportingcentre.sync.SyncSummary;

/** Sending's facts in the person's language: the scheduler's state, failures and the summary. */
public final class SyncWords {
  static final ZoneId ZONE = LocalZone.ZONE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);
  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").withZone(ZONE);

  private final Messages text;
  private final Clock clock;

  public SyncWords(Messages text, Clock clock) {
    this.text = text;
    this.clock = clock;
  }

  /** The manager's line on home: what automatic sending is doing. */
  public String state(SyncScheduler.State state, String address) {
    if (state instanceof SyncScheduler.State.Running) {
      return text.get("sync.state.running");
    }
    if (state instanceof SyncScheduler.State.NeedsManager n) {
      return text.get("sync.state.needsManager", failure(n.reason(), address));
    }
    if (state instanceof SyncScheduler.State.Waiting w) {
      String at = TIME.format(clock.instant().plus(w.delay()));
      Optional<SyncException> problem = w.last().flatMap(SyncSummary::stoppedBy);
      return problem.isPresent()
          ? text.get("sync.state.waitingAfterProblem", failure(problem.get(), address), at)
          : text.get("sync.state.waiting", at);
    }
    return text.get("sync.state.stopped");
  }

  /** Why sending or enrolling failed, in plain words; never the exception's own details. */
  public String failure(Exception e, String address) {
    if (e instanceof SyncException.Unreachable) {
      return text.get("sync.error.unreachable", address);
    }
    if (e instanceof SyncException.NotASpoc) {
      return text.get("sync.error.notASpoc", address);
    }
    if (e instanceof SyncException.WrongVersion) {
      return text.get("sync.error.wrongVersion");
    }
    if (e instanceof SyncException.Unauthorised) {
      return text.get("sync.error.unauthorised");
    }
    if (e instanceof SyncException.EnrolmentRefused) {
      // The SPOC's own sentence (it names why: used, expired, withdrawn); it holds no secret.
      return text.get("sync.error.enrolmentRefused", e.getMessage());
    }
    if (e instanceof SyncException.ServerError) {
      return text.get("sync.error.serverError");
    }
    if (e instanceof SyncException.TooLarge) {
      return text.get("sync.error.tooLarge");
    }
    if (e instanceof SyncException.Refused) {
      return text.get("sync.error.refused");
    }
    if (e instanceof SyncException.NotEnrolled) {
      return text.get("sync.error.notEnrolled");
    }
    if (e instanceof SyncException.Cancelled) {
      return text.get("sync.error.cancelled");
    }
    if (e instanceof IllegalArgumentException) {
      return text.get("sync.error.address");
    }
    if (e instanceof StoreException.NotAllowed) {
      return text.get("sync.error.notAllowed");
    }
    return text.get("common.unexpected");
  }

  /** The summary at the end of Send now, one line each. */
  public List<String> summary(SyncSummary s, String address) {
    List<String> lines = new ArrayList<>();
    boolean cancelled = s.stoppedBy().orElse(null) instanceof SyncException.Cancelled;
    if (cancelled) {
      lines.add(text.get("send.summary.cancelled"));
    }
    lines.add(text.get("send.summary.received", n(s.received())));
    if (s.duplicates() > 0) {
      lines.add(text.get("send.summary.duplicates", n(s.duplicates())));
    }
    lines.add(text.get("send.summary.attention", n(s.attentionInStore())));
    lines.add(text.get("send.summary.waiting", n(s.stillWaiting())));
    if (s.stillWaiting() > 0 && !cancelled) {
      lines.add(
          text.get(
              "send.summary.why",
              s.stoppedBy().map(e -> failure(e, address)).orElse(text.get("send.summary.later"))));
    } else if (s.stoppedBy().isPresent() && !cancelled) {
      lines.add(failure(s.stoppedBy().get(), address));
    }
    SyncSummary.Referrals referrals = s.referrals();
    if (referrals.any()) {
      lines.add(text.get("send.summary.referrals.received", n(referrals.received())));
      if (referrals.refused() > 0) {
        lines.add(text.get("send.summary.referrals.refused", n(referrals.refused())));
      }
      lines.add(text.get("send.summary.referrals.waiting", n(referrals.waiting())));
    }
    if (s.newOutcomes() > 0) {
      lines.add(text.get("send.summary.news", n(s.newOutcomes())));
    }
    if (s.allDone()) {
      lines.add(text.get("send.summary.allDone"));
    }
    return lines;
  }

  /** "1 report has news" or "N reports have news"; empty when none. */
  public Optional<String> news(long count) {
    if (count <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        count == 1 ? text.get("home.news.one") : text.get("home.news.many", n(count)));
  }

  static String n(long number) {
    return Long.toString(number);
  }
}
