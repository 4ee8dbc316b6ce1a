package org.reportingcentre.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.reportingcentre.protocol.BatchRequest;
import org.reportingcentre.protocol.BatchResponse;
import org.reportingcentre.protocol.Directory;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.ExchangeFormatException;
import org.reportingcentre.protocol.Health;
import org.reportingcentre.protocol.ItemResult;
import org.reportingcentre.protocol.OutcomesPage;
import org.reportingcentre.protocol.Protocol;

/**
 * A scripted SPOC for MockWebServer: it answers like the protocol says, keeps the ids it "stored",
 * and plays the faults a test queues for the batch (or health) address first.
 */
final class FakeSpoc extends Dispatcher {
  static final String SERVER_ID = "spoc-test";
  final ObjectMapper mapper = ExchangeFormat.newObjectMapper();
  final Map<UUID, String> stored = new ConcurrentHashMap<>();
  final Deque<Function<List<UUID>, MockResponse>> batchFaults = new ConcurrentLinkedDeque<>();
  final Deque<MockResponse> healthFaults = new ConcurrentLinkedDeque<>();
  final List<Integer> batchSizes = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (path.equals(Protocol.HEALTH_PATH)) {
      MockResponse fault = healthFaults.poll();
      return fault != null
          ? fault
          : json(
              200, new Health(Protocol.SERVICE_NAME, Protocol.VERSION, SERVER_ID, Instant.EPOCH));
    }
    if (path.equals(Protocol.BATCH_PATH)) {
      List<UUID> ids = ids(request);
      batchSizes.add(ids.size());
      Function<List<UUID>, MockResponse> fault = batchFaults.poll();
      return fault != null ? fault.apply(ids) : json(200, store(ids));
    }
    if (path.equals(Protocol.OUTCOMES_PATH)) {
      String since = request.getUrl().queryParameter("since");
      return json(200, new OutcomesPage(List.of(), since == null ? "0" : since, false));
    }
    if (path.equals(Protocol.DIRECTORY_PATH)) {
      return json(200, new Directory(0, Instant.EPOCH, List.of()));
    }
    return new MockResponse.Builder().code(404).build();
  }

  /** Stores the reports (those new) and answers as the SPOC would. */
  BatchResponse store(List<UUID> ids) {
    List<ItemResult> results = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      UUID id = ids.get(i);
      String before = stored.putIfAbsent(id, "rcpt-" + id);
      results.add(
          before == null
              ? new ItemResult.Accepted(i, id, "rcpt-" + id, Instant.EPOCH)
              : new ItemResult.Duplicate(i, id, before, Instant.EPOCH));
    }
    return new BatchResponse(results);
  }

  MockResponse json(int status, Object body) {
    try {
      return new MockResponse.Builder()
          .code(status)
          .setHeader("Content-Type", "application/json")
          .setHeader(Protocol.VERSION_HEADER, "1")
          .body(mapper.writeValueAsString(body))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse html() {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "text/html")
        .body("<html><body>Welcome to the library Wi-Fi. Please sign in.</body></html>")
        .build();
  }

  private List<UUID> ids(RecordedRequest request) {
    try {
      byte[] body = request.getBody().toByteArray();
      if ("gzip".equals(request.getHeaders().get("Content-Encoding"))) {
        body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
      }
      List<UUID> ids = new ArrayList<>();
      for (JsonNode report : BatchRequest.read(mapper.readTree(body)).reports()) {
        ids.add(UUID.fromString(report.get("meta").get("id").asText()));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ExchangeFormatException e) {
      throw new AssertionError("The centre sent something that is not a batch: " + e.getMessage());
    }
  }
}
