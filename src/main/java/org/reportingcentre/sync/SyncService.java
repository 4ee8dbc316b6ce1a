package org.reportingcentre.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.OkHttpClient;
import org.reportingcentre.centre.SyncStateService;
import org.reportingcentre.protocol.BatchResponse;
import org.reportingcentre.protocol.Health;
import org.reportingcentre.protocol.ItemResult;
import org.reportingcentre.protocol.OutcomesPage;
import org.reportingcentre.protocol.Protocol;
import org.reportingcentre.report.Problem;
import org.reportingcentre.report.ReportStatus;
import org.reportingcentre.store.QueuedReport;
import org.reportingcentre.store.SpocAnswer;
import org.reportingcentre.store.SpocLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of sending to the SPOC and bringing back what it has: health check, the queued reports in
 * batches, then outcomes and the directory. A report is marked received only with the SPOC's
 * receipt for it; any failure leaves the reports it carried queued. Safe to run again at any point,
 * including after the process was killed: the SPOC answers a resend with the original receipt.
 */
public final class SyncService {
  /**
   * Reports per batch: the protocol's most, which measured fastest end to end (docs/performance.md
   * "Sync", ADR 0405); a 413 for size splits a batch in halves.
   */
  public static final int DEFAULT_BATCH_SIZE = Protocol.MAX_REPORTS_PER_BATCH;

  private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

  private final SyncStateService state;
  private final OkHttpClient http;
  private final ObjectMapper mapper;
  private final int batchSize;
  private final java.util.concurrent.locks.ReentrantLock oneRunAtATime =
      new java.util.concurrent.locks.ReentrantLock();

  public SyncService(SyncStateService state, OkHttpClient http, ObjectMapper mapper) {
    this(state, http, mapper, DEFAULT_BATCH_SIZE);
  }

  public SyncService(
      SyncStateService state, OkHttpClient http, ObjectMapper mapper, int batchSize) {
    if (batchSize < 1 || batchSize > Protocol.MAX_REPORTS_PER_BATCH) {
      throw new IllegalArgumentException(
          "A batch holds 1 to " + Protocol.MAX_REPORTS_PER_BATCH + " reports");
    }
    this.state = state;
    this.http = http;
    this.mapper = mapper;
    this.batchSize = batchSize;
  }

  /** How many reports are waiting for the SPOC now (saved or interrupted while sending). */
  public int waiting() {
    return state.queued().size();
  }

  /**
   * Runs once; never throws for the network or the SPOC: the summary says what happened. One run at
   * a time: a "Send now" while an automatic run is going on waits for it to end, then finds what is
   * still waiting.
   */
  public SyncSummary run(SyncListener listener, CancelToken cancel) {
    oneRunAtATime.lock();
    try {
      return runNow(listener, cancel);
    } finally {
      oneRunAtATime.unlock();
    }
  }

  private SyncSummary runNow(SyncListener listener, CancelToken cancel) {
    Tally tally = new Tally();
    Optional<SyncException> stoppedBy = Optional.empty();
    Optional<Integer> directoryVersion = state.directory().map(d -> d.directory().version());
    ReferralSender referrals = new ReferralSender(state.referrals(), http, mapper);
    try {
      SpocLink link = state.link().orElseThrow(SyncException.NotEnrolled::new);
      SpocClient client =
          new SpocClient(
              http, SpocClient.parseAddress(link.baseUrl()), Optional.of(link.token()), mapper);
      Health health = client.health();
      if (!health.serverId().equals(link.serverId())) {
        // Another SPOC database behind the same address: sending would give it reports meant
        // for the SPOC this centre enrolled with.
        throw new SyncException.NotASpoc(
            client.address(),
            "it is a different SPOC from the one this centre enrolled with; enrol again if the"
                + " SPOC has really moved");
      }
      send(client, listener, cancel, tally);
      referrals.send(link);
      tally.newOutcomes = pullOutcomes(client);
      directoryVersion = pullDirectory(client);
    } catch (SyncException e) {
      LOG.info("Sync stopped: {}", e.getClass().getSimpleName());
      stoppedBy = Optional.of(e);
    }
    SyncSummary summary =
        new SyncSummary(
            tally.received,
            tally.duplicates,
            tally.attention,
            state.queued().size(),
            state.count(ReportStatus.NEEDS_ATTENTION),
            stoppedBy,
            tally.newOutcomes,
            directoryVersion,
            new SyncSummary.Referrals(
                referrals.received(), referrals.refused(), state.referrals().waiting().size()));
    LOG.info(
        "Sync run: {} received ({} duplicates), {} need attention, {} still waiting",
        summary.received(),
        summary.duplicates(),
        summary.needingAttention(),
        summary.stillWaiting());
    listener.finished(summary);
    return summary;
  }

  private static final class Tally {
    int received;
    int duplicates;
    int attention;
    int newOutcomes;
  }

  /**
   * Sends the queue in batches, as a pipeline: while one batch is at the SPOC, a helper thread
   * records the answer to the one before (receipts, statuses and audit in one transaction) and
   * prepares the next (reads its documents, marks them sending, gzips them). Nothing is marked
   * received except from the SPOC's answer to the batch that carried it; every batch that gets no
   * usable answer, and a prepared batch that is never sent, goes back to "saved".
   */
  private void send(SpocClient client, SyncListener listener, CancelToken cancel, Tally tally)
      throws SyncException {
    state.forgetInterruptedSends();
    List<UUID> queued = state.queued();
    int total = queued.size();
    listener.started(total);
    listener.progress(0, total);
    Deque<List<UUID>> batches = new ArrayDeque<>();
    for (int i = 0; i < queued.size(); i += batchSize) {
      batches.add(queued.subList(i, Math.min(queued.size(), i + batchSize)));
    }
    ExecutorService helper =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "sync-prepare-record");
              t.setDaemon(true);
              return t;
            });
    Pipeline pipeline = new Pipeline(client, listener, tally, total, helper);
    try {
      pipeline.run(batches, cancel);
    } finally {
      pipeline.drain();
      helper.shutdown();
    }
  }

  /** A batch made ready to go: its reports (marked sending) and the gzip body. */
  private record Prepared(List<QueuedReport> reports, byte[] body) {
    List<UUID> ids() {
      return reports.stream().map(QueuedReport::id).toList();
    }
  }

  /** The state of one run's sending, shared by the run's thread and its one helper thread. */
  private final class Pipeline {
    private final SpocClient client;
    private final SyncListener listener;
    private final Tally tally;
    private final int total;
    private final ExecutorService helper;
    private int done;
    private Future<Prepared> next;
    private Future<?> recording = CompletableFuture.completedFuture(null);

    Pipeline(
        SpocClient client, SyncListener listener, Tally tally, int total, ExecutorService helper) {
      this.client = client;
      this.listener = listener;
      this.tally = tally;
      this.total = total;
      this.helper = helper;
    }

    void run(Deque<List<UUID>> batches, CancelToken cancel) throws SyncException {
      while (!batches.isEmpty() || next != null) {
        if (next == null) {
          next = prepare(batches.pop());
        }
        Prepared batch = await(next);
        next = batches.isEmpty() ? null : prepare(batches.pop());
        if (batch.reports().isEmpty()) {
          continue;
        }
        if (cancel.isCancelled()) {
          state.backToSaved(batch.ids());
          throw new SyncException.Cancelled();
        }
        BatchResponse response;
        try {
          response = client.sendBatch(batch.body(), cancel::inFlight);
        } catch (SyncException.TooLarge e) {
          state.backToSaved(batch.ids());
          if (batch.reports().size() > 1) {
            // The prepared next batch goes back too, and comes after the two halves.
            if (next != null) {
              List<UUID> nextIds = await(next).ids();
              state.backToSaved(nextIds);
              batches.push(nextIds);
              next = null;
            }
            List<UUID> ids = batch.ids();
            int half = ids.size() / 2;
            batches.push(ids.subList(half, ids.size()));
            batches.push(ids.subList(0, half));
            LOG.info(
                "A batch of {} was too large for the SPOC; sending it in halves",
                batch.reports().size());
            continue;
          }
          tooLargeAlone(batch.reports().get(0), e);
          continue;
        } catch (SyncException e) {
          state.backToSaved(batch.ids());
          throw e;
        }
        if (response.results().size() != batch.reports().size()) {
          // One result per report is the protocol; anything else is not an answer to this batch.
          state.backToSaved(batch.ids());
          throw new SyncException.NotASpoc(client.address(), "its answer did not match the batch");
        }
        await(recording);
        recording = helper.submit(() -> record(batch.reports(), response));
      }
    }

    private Future<Prepared> prepare(List<UUID> ids) {
      return helper.submit(
          () -> {
            List<QueuedReport> reports = state.documents(ids);
            if (reports.isEmpty()) {
              return new Prepared(reports, new byte[0]);
            }
            state.markSending(reports.stream().map(QueuedReport::id).toList());
            return new Prepared(reports, SpocClient.gzip(SpocClient.batchJson(reports)));
          });
    }

    /** On the helper thread: what the SPOC said, in one transaction, then the progress. */
    private void record(List<QueuedReport> batch, BatchResponse response) {
      List<SpocAnswer> answers = answers(batch, response);
      state.record(answers);
      Set<UUID> answered = new HashSet<>();
      for (SpocAnswer answer : answers) {
        answered.add(answer.reportId());
        if (answer instanceof SpocAnswer.Received r) {
          tally.received++;
          if (r.duplicate()) {
            tally.duplicates++;
          }
        } else {
          tally.attention++;
        }
      }
      List<UUID> unanswered =
          batch.stream().map(QueuedReport::id).filter(id -> !answered.contains(id)).toList();
      if (!unanswered.isEmpty()) {
        state.backToSaved(unanswered);
      }
      done += answered.size();
      listener.progress(done, total);
    }

    private void tooLargeAlone(QueuedReport report, SyncException.TooLarge e) {
      await(recording);
      state.record(
          List.of(
              new SpocAnswer.NeedsAttention(
                  report.id(),
                  SpocAnswer.Kind.REJECTED,
                  "This report is too large for the SPOC to take ("
                      + e.getMessage()
                      + "). Ask the SPOC how to send it.")));
      tally.attention++;
      listener.progress(++done, total);
    }

    /**
     * At the end, however it ends: the last answer recorded, and a batch prepared but never sent
     * put back to "saved".
     */
    void drain() {
      try {
        await(recording);
      } finally {
        if (next != null) {
          try {
            Prepared unsent = await(next);
            if (!unsent.reports().isEmpty()) {
              state.backToSaved(unsent.ids());
            }
          } catch (RuntimeException e) {
            // The run already failed; "sending" left behind is put back at the next start.
            LOG.warn("A prepared batch could not be put back ({})", e.getClass().getSimpleName());
          }
          next = null;
        }
      }
    }
  }

  /** The helper's result; its failure (a store error) is the run's failure. */
  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while sending", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Matches each result to the report at its index. A result that does not match what was sent
   * (another id, an index out of range) proves nothing, so that report stays queued.
   */
  static List<SpocAnswer> answers(List<QueuedReport> batch, BatchResponse response) {
    List<SpocAnswer> answers = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (ItemResult result : response.results()) {
      int index = result.index();
      if (index < 0 || index >= batch.size() || !seen.add(index)) {
        continue;
      }
      QueuedReport sent = batch.get(index);
      Optional<SpocAnswer> answer = answer(sent, result);
      answer.ifPresent(answers::add);
    }
    return answers;
  }

  private static Optional<SpocAnswer> answer(QueuedReport sent, ItemResult result) {
    UUID id = sent.id();
    if (result instanceof ItemResult.Accepted a && a.reportId().equals(id)) {
      return Optional.of(new SpocAnswer.Received(id, a.receiptId(), a.receivedAt(), false));
    }
    if (result instanceof ItemResult.Duplicate d && d.reportId().equals(id)) {
      return Optional.of(new SpocAnswer.Received(id, d.receiptId(), d.receivedAt(), true));
    }
    if (result instanceof ItemResult.Conflict c && c.reportId().equals(id)) {
      return Optional.of(
          new SpocAnswer.NeedsAttention(
              id,
              SpocAnswer.Kind.CONFLICT,
              c.message()
                  + " What to do: do not send it again as it is; ask the SPOC which report it"
                  + " holds under this reference."));
    }
    if (result instanceof ItemResult.Rejected r
        && r.reportId().map(rid -> rid.equals(id)).orElse(true)) {
      StringBuilder reason = new StringBuilder("The SPOC could not accept this report: ");
      List<Problem> problems = r.problems();
      for (int i = 0; i < problems.size(); i++) {
        Problem p = problems.get(i);
        reason.append(i == 0 ? "" : "; ").append(p.field()).append(": ").append(p.message());
      }
      if (problems.isEmpty()) {
        reason.append("no reason was given");
      }
      reason.append(". What to do: correct it as a new report that refers to this one.");
      return Optional.of(
          new SpocAnswer.NeedsAttention(id, SpocAnswer.Kind.REJECTED, reason.toString()));
    }
    return Optional.empty();
  }

  private int pullOutcomes(SpocClient client) throws SyncException {
    int news = 0;
    for (int page = 0; page < 10_000; page++) {
      OutcomesPage answer = client.outcomes(state.outcomesCursor());
      news += state.applyOutcomes(answer.changes(), answer.nextCursor()).size();
      if (!answer.more() || answer.changes().isEmpty()) {
        break;
      }
    }
    return news;
  }

  private Optional<Integer> pullDirectory(SpocClient client) throws SyncException {
    var cached = state.directory();
    Optional<SpocClient.FetchedDirectory> fetched = client.directory(cached.flatMap(c -> c.etag()));
    if (fetched.isPresent()) {
      state.saveDirectory(fetched.get().directory(), fetched.get().etag());
      return Optional.of(fetched.get().directory().version());
    }
    return cached.map(c -> c.directory().version());
  }
}
