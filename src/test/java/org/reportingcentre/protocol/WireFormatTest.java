package org.reportingcentre.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Outcome;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Problem;

/** The wire records as JSON: the shapes {@code docs/protocol.md} promises, both ways. */
class WireFormatTest {
  private static final Instant AT = Instant.parse("2026-06-01T09:30:00Z");
  private static final UUID ID = UUID.fromString("3f1c2a9e-8b4d-4c6e-9a1f-2b3c4d5e6f70");
  private final ObjectMapper mapper = ExchangeFormat.newObjectMapper();

  private <T> T roundTrip(Object value, Class<T> type) throws Exception {
    return mapper.readValue(mapper.writeValueAsBytes(value), type);
  }

  @Test
  void eachItemResultSaysWhichItIsAndComesBackTheSame() throws Exception {
    BatchResponse response =
        new BatchResponse(
            List.of(
                new ItemResult.Accepted(0, ID, "rcpt-1", AT),
                new ItemResult.Duplicate(1, ID, "rcpt-1", AT),
                new ItemResult.Conflict(2, ID, "Different content."),
                new ItemResult.Rejected(
                    3, Optional.empty(), List.of(new Problem("incident.description", "Say.")))));

    JsonNode json = mapper.readTree(mapper.writeValueAsBytes(response));

    assertEquals("accepted", json.at("/results/0/result").asText());
    assertEquals("rcpt-1", json.at("/results/0/receiptId").asText());
    assertEquals("2026-06-01T09:30:00Z", json.at("/results/0/receivedAt").asText());
    assertEquals("duplicate", json.at("/results/1/result").asText());
    assertEquals("conflict", json.at("/results/2/result").asText());
    assertEquals("rejected", json.at("/results/3/result").asText());
    assertTrue(json.at("/results/3/reportId").isNull());
    assertEquals("incident.description", json.at("/results/3/problems/0/field").asText());
    assertEquals(response, roundTrip(response, BatchResponse.class));
  }

  @Test
  void onlyAcceptedAndDuplicateCountAsReceived() {
    assertTrue(new ItemResult.Accepted(0, ID, "r", AT).received());
    assertTrue(new ItemResult.Duplicate(0, ID, "r", AT).received());
    assertFalse(new ItemResult.Conflict(0, ID, "m").received());
    assertFalse(new ItemResult.Rejected(0, Optional.of(ID), List.of()).received());
  }

  @Test
  void healthHasExactlyTheDocumentedFields() throws Exception {
    Health health = new Health(Protocol.SERVICE_NAME, Protocol.VERSION, "spoc-1", AT);
    JsonNode json = mapper.readTree(mapper.writeValueAsBytes(health));
    assertEquals(
        List.of("service", "protocolVersion", "serverId", "time"), iterable(json.fieldNames()));
    assertTrue(roundTrip(health, Health.class).matchesThisBuild());
    assertFalse(new Health("captive-portal", 1, "x", AT).matchesThisBuild());
    assertFalse(new Health(Protocol.SERVICE_NAME, 2, "x", AT).matchesThisBuild());
  }

  @Test
  void anOutcomeTravelsWithItsStatusCodeAndDates() throws Exception {
    OutcomesPage page =
        new OutcomesPage(
            List.of(
                new OutcomeChange(
                    ID,
                    "TWL-22223A",
                    new Outcome(
                        OutcomeStatus.PASSED_TO_POLICE,
                        List.of(),
                        List.of(),
                        Optional.of(LocalDate.of(2026, 6, 1)),
                        Optional.of("Thank you."),
                        AT))),
            "42",
            false);
    JsonNode json = mapper.readTree(mapper.writeValueAsBytes(page));
    assertEquals("passed-to-police", json.at("/changes/0/outcome/status").asText());
    assertEquals("2026-06-01", json.at("/changes/0/outcome/closedOn").asText());
    assertEquals("42", json.at("/nextCursor").asText());
    assertEquals(page, roundTrip(page, OutcomesPage.class));
  }

  @Test
  void anErrorBodyCarriesItsLimitWhenThereIsOne() throws Exception {
    ErrorBody tooLarge = new ErrorBody("too-large", "At most 200.", Optional.of(200L), List.of());
    JsonNode json = mapper.readTree(mapper.writeValueAsBytes(tooLarge));
    assertEquals(200, json.get("limit").asLong());
    assertEquals(tooLarge, roundTrip(tooLarge, ErrorBody.class));
    assertEquals(413, ErrorCode.TOO_LARGE.status());
  }

  @Test
  void theEnrolmentAnswerNeverPrintsItsToken() {
    EnrolResponse response = new EnrolResponse("TWL", "Tower Library", "rcs_secret", "spoc-1");
    assertFalse(response.toString().contains("rcs_secret"));
  }

  @Test
  void theSampleDirectoryReadsAsADirectoryWithRealNationalNumbersMarked() throws Exception {
    DirectoryDocument document =
        mapper.readValue(
            Files.readAllBytes(Path.of("sample-data", "directory.json")), DirectoryDocument.class);
    assertTrue(document.services().size() >= 8);
    List<String> national =
        document.services().stream()
            .filter(SupportService::nationalPublicNumber)
            .map(s -> s.phone().orElse(""))
            .toList();
    assertTrue(national.contains("999"));
    assertTrue(national.contains("101"));
    assertTrue(
        document.services().stream()
            .filter(s -> !s.nationalPublicNumber())
            .allMatch(s -> s.name().contains("(fictional)")),
        "every local entry says it is fictional");
    assertTrue(
        document.services().stream()
            .anyMatch(s -> s.strands().contains(MotivationStrand.DISABILITY)));
  }

  @Test
  void aDirectoryWithAnUnknownFieldIsRefused() {
    assertThrows(
        UnrecognizedPropertyException.class,
        () -> mapper.readValue("{\"services\":[],\"owner\":\"x\"}", DirectoryDocument.class));
  }

  @Test
  void anEmptyBatchRequestIsAnEmptyListOfReports() throws Exception {
    BatchRequest empty = new BatchRequest(null);
    assertEquals("{\"reports\":[]}", mapper.writeValueAsString(empty));
  }

  @Test
  void storedDocumentsSentAsABatchAreReadBackAsTheSameReportsInTheSameOrder() throws Exception {
    String first = "{\"meta\":{\"id\":\"a\"},\"text\":\"caf\u00e9 \\\"quoted\\\"\"}";
    String second = "{\"meta\":{\"id\":\"b\"}}";

    BatchRequest read =
        BatchRequest.read(mapper.readTree(BatchRequest.json(List.of(first, second))));

    assertEquals(List.of(mapper.readTree(first), mapper.readTree(second)), read.reports());
    assertEquals(
        mapper.readTree(mapper.writeValueAsBytes(read)),
        mapper.readTree(BatchRequest.json(List.of(first, second))),
        "the centre's writing and the record's own JSON are one shape");
  }

  @Test
  void somethingThatIsNotABatchIsRefusedWithAPlainMessage() {
    ExchangeFormatException notAnObject =
        assertThrows(
            ExchangeFormatException.class, () -> BatchRequest.read(mapper.readTree("[1, 2]")));
    assertTrue(notAnObject.getMessage().contains("JSON object"), notAnObject.getMessage());

    ExchangeFormatException unknown =
        assertThrows(
            ExchangeFormatException.class,
            () -> BatchRequest.read(mapper.readTree("{\"reports\":[],\"extra\":1}")));
    assertTrue(unknown.getMessage().contains("\"extra\""), unknown.getMessage());

    ExchangeFormatException noList =
        assertThrows(
            ExchangeFormatException.class,
            () -> BatchRequest.read(mapper.readTree("{\"reports\":{}}")));
    assertTrue(noList.getMessage().contains("a list"), noList.getMessage());
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
