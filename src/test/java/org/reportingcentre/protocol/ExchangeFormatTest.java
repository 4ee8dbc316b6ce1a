package org.reportingcentre.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Outcome;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Problem;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportBuilder;

class ExchangeFormatTest {
  private static final ExchangeFormat format = new ExchangeFormat();

  // round trip

  @Test
  void aMissingAnonymousAnswerIsRefusedRatherThanReadAsNotAnonymous() throws Exception {
    ObjectNode tree = format.toTree(ReportBuilder.minimal().build());
    ((ObjectNode) tree.get("reporter")).remove("anonymous");
    ExchangeFormatException e =
        assertThrows(ExchangeFormatException.class, () -> format.fromTree(tree, ""));
    assertTrue(e.getMessage().contains("\"anonymous\" is missing"), e.getMessage());
  }

  @Test
  void aMinimalReportReadsBackEqual() throws Exception {
    Report report = ReportBuilder.minimal().build();
    assertEquals(report, format.read(format.write(report)));
  }

  @Test
  void aFullyFilledReportReadsBackEqual() throws Exception {
    Report report = ReportBuilder.full().build();
    assertEquals(report, format.read(format.write(report)));
  }

  @Test
  void everyMotivationAndEveryIncidentTypeReadsBack() throws Exception {
    Report report =
        ReportBuilder.full()
            .motivations(MotivationStrand.values())
            .types(IncidentType.values())
            .build();
    Report read = format.read(format.write(report));
    assertEquals(
        Arrays.asList(MotivationStrand.values()), List.copyOf(read.incident().motivations()));
    assertEquals(Arrays.asList(IncidentType.values()), List.copyOf(read.incident().types()));
  }

  @Test
  void textInAnyLanguageReadsBackExactly() throws Exception {
    String polish = "Sąsiad znowu krzyczał na mnie na klatce schodowej.";
    String urdu = "انہوں نے میرے حجاب کے بارے میں چیخ کر کہا";
    Report report = ReportBuilder.minimal().description(polish).hateIndicators(urdu).build();
    byte[] json = format.write(report);
    assertTrue(new String(json, StandardCharsets.UTF_8).contains(polish));
    assertEquals(report, format.read(json));
  }

  @Test
  void theSchemaVersionComesFirst() {
    String json = new String(format.write(ReportBuilder.minimal().build()), StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\"schemaVersion\":1,"), json);
  }

  @Test
  void codesAreWrittenNotJavaNames() {
    ObjectNode tree = format.toTree(ReportBuilder.full().build());
    assertEquals("in-person", tree.at("/meta/channel").asText());
    assertEquals("threats-intimidation", tree.at("/incident/types/0").asText());
    assertEquals("2026-02-27", tree.at("/incident/when/date").asText());
    assertEquals("2026-03-02T10:15:30Z", tree.at("/meta/createdAt").asText());
  }

  @Test
  void theReferenceIsWrittenAsPeopleReadIt() {
    ObjectNode tree = format.toTree(ReportBuilder.minimal().build());
    assertEquals(new Reference("TWL", 123).toString(), tree.at("/meta/reference").asText());
  }

  @Test
  void optionalPartsMayBeLeftOutOrNull() throws Exception {
    Report report = ReportBuilder.minimal().build();
    Report read =
        readChanged(
            report,
            tree -> {
              ((ObjectNode) tree.get("incident")).remove("hateIndicators");
              ((ObjectNode) tree.get("incident")).putNull("otherType");
              ((ObjectNode) tree.get("people")).remove("victim");
              tree.remove("outcome");
              tree.remove("attachments");
            });
    assertEquals(report, read);
  }

  // schema version

  @Test
  void aReportWithoutSchemaVersionIsRefused() {
    Problem problem = refused(tree -> tree.remove("schemaVersion"));
    assertEquals("schemaVersion", problem.field());
    assertTrue(problem.message().contains("no schemaVersion"), problem.message());
  }

  @Test
  void newerSchemaVersionIsRefusedWithAClearMessage() {
    Problem problem = refused(tree -> tree.put("schemaVersion", 2));
    assertTrue(problem.message().contains("newer"), problem.message());
    assertTrue(problem.message().contains("version 2"), problem.message());
    assertTrue(problem.message().contains("Update Reporting Centre"), problem.message());
  }

  @Test
  void unknownSchemaVersionIsRefusedNamingIt() {
    Problem problem = refused(tree -> tree.put("schemaVersion", 0));
    assertTrue(problem.message().contains("unknown"), problem.message());
    assertTrue(problem.message().contains("version 0"), problem.message());
  }

  @Test
  void aSchemaVersionThatIsNotAWholeNumberIsRefusedQuotingIt() {
    for (JsonNode version : List.of(text("1"), text("one"), decimal(1.5))) {
      Problem problem = refused(tree -> tree.set("schemaVersion", version));
      assertEquals("schemaVersion", problem.field());
      assertTrue(problem.message().contains("whole number"), problem.message());
      assertTrue(problem.message().contains(version.toString()), problem.message());
    }
  }

  // fields and values

  @Test
  void anUnknownFieldIsRefusedNamingTheField() {
    Problem problem = refused(tree -> ((ObjectNode) tree.get("incident")).put("colour", "red"));
    assertEquals("incident.colour", problem.field());
    assertTrue(problem.message().contains("\"colour\""), problem.message());
  }

  @Test
  void anUnknownFieldInAListIsNamedWithItsPosition() {
    Problem problem = refused(tree -> ((ObjectNode) tree.at("/consents/1")).put("signed", true));
    assertEquals("consents[1].signed", problem.field());
    assertTrue(problem.message().startsWith("consents[1]: "), problem.message());
  }

  @Test
  void aNumberWhereACodeBelongsIsNamedWithItsPosition() {
    Problem problem = refused(tree -> ((ArrayNode) tree.at("/incident/types")).add(5));
    assertEquals("incident.types[3]", problem.field());
    assertTrue(problem.message().contains("codes, in quotes"), problem.message());
  }

  @Test
  void anUnknownFieldAtTheTopIsRefusedNamingTheField() {
    Problem problem = refused(tree -> tree.put("priority", "high"));
    assertEquals("priority", problem.field());
    assertTrue(problem.message().contains("\"priority\""), problem.message());
  }

  @Test
  void anUnknownCodeIsRefusedListingTheAllowedCodes() {
    Problem problem =
        refused(tree -> ((ArrayNode) tree.at("/incident/motivations")).removeAll().add("football"));
    assertTrue(problem.field().startsWith("incident.motivations"), problem.field());
    assertTrue(problem.message().contains("\"football\""), problem.message());
    for (MotivationStrand strand : MotivationStrand.values()) {
      assertTrue(problem.message().contains(strand.code()), problem.message());
    }
  }

  @Test
  void aJavaNameInsteadOfACodeIsRefused() {
    Problem problem = refused(tree -> ((ObjectNode) tree.get("meta")).put("channel", "IN_PERSON"));
    assertEquals("meta.channel", problem.field());
    assertTrue(problem.message().contains("in-person"), problem.message());
  }

  @Test
  void textWhereTrueOrFalseBelongsIsRefused() {
    Problem problem = refused(tree -> ((ObjectNode) tree.get("reporter")).put("anonymous", "yes"));
    assertEquals("reporter.anonymous", problem.field());
    assertTrue(problem.message().contains("true or false"), problem.message());
  }

  @Test
  void textWhereANumberBelongsIsRefused() {
    Problem problem = refused(tree -> ((ObjectNode) tree.get("meta")).put("formVersion", "one"));
    assertEquals("meta.formVersion", problem.field());
    assertTrue(problem.message().contains("whole number"), problem.message());
  }

  @Test
  void aDateInTheWrongFormIsRefusedWithAnExample() {
    Problem problem =
        refused(tree -> ((ObjectNode) tree.at("/incident/when")).put("date", "01/03/2026"));
    assertEquals("incident.when.date", problem.field());
    assertTrue(problem.message().contains("2026-03-01"), problem.message());
  }

  @Test
  void aSingleCodeWhereAListBelongsIsRefused() {
    Problem problem = refused(tree -> ((ObjectNode) tree.get("incident")).put("types", "graffiti"));
    assertEquals("incident.types", problem.field());
    assertTrue(problem.message().contains("list"), problem.message());
  }

  @Test
  void aListWhereAnObjectBelongsIsRefused() {
    Problem problem = refused(tree -> tree.putArray("needs"));
    assertEquals("needs", problem.field());
    assertTrue(problem.message().contains("object"), problem.message());
  }

  @Test
  void aMissingRequiredPartIsNamed() {
    Problem problem = refused(tree -> tree.remove("incident"));
    assertTrue(problem.message().contains("\"incident\" is missing"), problem.message());
  }

  @Test
  void aMistypedReferenceIsRefused() {
    Problem problem =
        refused(tree -> ((ObjectNode) tree.get("meta")).put("reference", "TWL-2223KD"));
    assertEquals("meta.reference", problem.field());
    assertTrue(problem.message().contains("one character may be wrong"), problem.message());
  }

  @Test
  void somethingThatIsNotAnObjectIsNotAReport() {
    ExchangeFormatException e =
        assertThrows(ExchangeFormatException.class, () -> format.read(utf8("[1, 2]")));
    assertTrue(e.getMessage().contains("not a report"), e.getMessage());
  }

  // many reports

  @Test
  void readAllReadsASingleObject() throws Exception {
    Report report = ReportBuilder.full().build();
    List<ExchangeFormat.Item> items =
        format.readAll(new ByteArrayInputStream(format.write(report)));
    assertEquals(1, items.size());
    assertEquals(1, items.get(0).position());
    assertEquals(Optional.of(report), items.get(0).report());
    assertEquals(List.of(), items.get(0).problems());
  }

  @Test
  void readAllReadsAnArrayInOrder() throws Exception {
    List<Report> reports = threeReports();
    List<ExchangeFormat.Item> items = format.readAll(new ByteArrayInputStream(writeAll(reports)));
    assertEquals(3, items.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(i + 1, items.get(i).position());
      assertEquals(Optional.of(reports.get(i)), items.get(i).report());
    }
  }

  @Test
  void anEmptyArrayHoldsNoReports() throws Exception {
    assertEquals(List.of(), format.readAll(new ByteArrayInputStream(utf8("[ ]"))));
  }

  @Test
  void oneBadReportAmongGoodOnesIsNamedByPositionAndLine() throws Exception {
    List<Report> reports = threeReports();
    ArrayNode array = format.mapper().createArrayNode();
    reports.forEach(r -> array.add(format.toTree(r)));
    ((ObjectNode) array.get(1).get("meta")).put("channel", "carrier-pigeon");
    byte[] json = format.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(array);
    int lineOfSecond = lineOfObject(json, 2);

    List<ExchangeFormat.Item> items = format.readAll(new ByteArrayInputStream(json));

    assertEquals(3, items.size());
    assertEquals(Optional.of(reports.get(0)), items.get(0).report());
    assertEquals(Optional.of(reports.get(2)), items.get(2).report());
    ExchangeFormat.Item bad = items.get(1);
    assertEquals(Optional.empty(), bad.report());
    assertEquals(2, bad.position());
    assertEquals(lineOfSecond, bad.location().getLineNr());
    assertEquals(1, bad.problems().size());
    Problem problem = bad.problems().get(0);
    assertTrue(problem.field().contains("meta.channel"), problem.field());
    assertTrue(
        problem.message().startsWith("report 2 (line " + lineOfSecond + "): meta.channel: "),
        problem.message());
    assertTrue(problem.message().contains("\"carrier-pigeon\""), problem.message());
  }

  @Test
  void aReportOfANewerVersionAmongGoodOnesIsNamed() throws Exception {
    ArrayNode array = format.mapper().createArrayNode();
    threeReports().forEach(r -> array.add(format.toTree(r)));
    ((ObjectNode) array.get(2)).put("schemaVersion", 2);
    List<ExchangeFormat.Item> items =
        format.readAll(new ByteArrayInputStream(format.mapper().writeValueAsBytes(array)));
    assertTrue(items.get(0).report().isPresent());
    assertTrue(items.get(1).report().isPresent());
    Problem problem = items.get(2).problems().get(0);
    assertTrue(problem.message().startsWith("report 3 (line 1)"), problem.message());
    assertTrue(problem.message().contains("version 2"), problem.message());
  }

  @Test
  void somethingOtherThanAnObjectInTheListIsNamed() throws Exception {
    byte[] json =
        utf8(
            "[\n"
                + new String(format.write(ReportBuilder.minimal().build()), StandardCharsets.UTF_8)
                + ",\n\"hello\"\n]");
    List<ExchangeFormat.Item> items = format.readAll(new ByteArrayInputStream(json));
    assertEquals(2, items.size());
    assertTrue(items.get(0).report().isPresent());
    assertTrue(
        items.get(1).problems().get(0).message().contains("not a report"),
        items.get(1).problems().toString());
  }

  @Test
  void truncatedJsonGivesASyntaxProblemWithLineAndColumn() throws Exception {
    byte[] whole = writeAll(threeReports());
    byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
    ExchangeFormatException e =
        assertThrows(
            ExchangeFormatException.class,
            () -> format.readAll(new ByteArrayInputStream(truncated)));
    assertEquals(1, e.problems().size());
    String message = e.problems().get(0).message();
    assertTrue(message.startsWith("The file is not valid JSON at line "), message);
    assertTrue(message.matches("(?s).*line \\d+, column \\d+.*"), message);
  }

  @Test
  void aMissingCommaIsFoundAtItsLine() {
    byte[] json = utf8("[\n {\"schemaVersion\": 1}\n {\"schemaVersion\": 1}\n]");
    ExchangeFormatException e =
        assertThrows(
            ExchangeFormatException.class, () -> format.readAll(new ByteArrayInputStream(json)));
    assertTrue(e.getMessage().contains("line 3, column"), e.getMessage());
  }

  @Test
  void aFieldGivenTwiceIsRefusedRatherThanLosingOneAnswer() {
    String json = new String(format.write(ReportBuilder.minimal().build()), StandardCharsets.UTF_8);
    byte[] twice =
        utf8(json.replace("\"description\":", "\"description\":\"First\",\"description\":"));
    ExchangeFormatException e =
        assertThrows(ExchangeFormatException.class, () -> format.read(twice));
    assertTrue(e.getMessage().contains("description"), e.getMessage());
    assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
  }

  @Test
  void aFileSavedWithAByteOrderMarkReads() throws Exception {
    byte[] json = writeAll(threeReports());
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);
    List<ExchangeFormat.Item> items = format.readAll(new ByteArrayInputStream(withBom));
    assertEquals(threeReports(), items.stream().map(i -> i.report().orElseThrow()).toList());
  }

  @Test
  void anEmptyFileIsRefusedSayingSo() {
    ExchangeFormatException e =
        assertThrows(
            ExchangeFormatException.class,
            () -> format.readAll(new ByteArrayInputStream(new byte[0])));
    assertEquals("The file is empty.", e.getMessage());
  }

  @Test
  void aFileThatIsNeitherAReportNorAListIsRefused() {
    ExchangeFormatException e =
        assertThrows(
            ExchangeFormatException.class,
            () -> format.readAll(new ByteArrayInputStream(utf8("42"))));
    assertTrue(e.getMessage().contains("one report"), e.getMessage());
  }

  @Test
  void twoFilesJoinedTogetherAreRefused() throws Exception {
    byte[] one = writeAll(threeReports());
    byte[] joined = new byte[one.length * 2];
    System.arraycopy(one, 0, joined, 0, one.length);
    System.arraycopy(one, 0, joined, one.length, one.length);
    ExchangeFormatException e =
        assertThrows(
            ExchangeFormatException.class, () -> format.readAll(new ByteArrayInputStream(joined)));
    assertTrue(e.getMessage().contains("two files joined together"), e.getMessage());
  }

  // content hash

  @Test
  void theContentHashIsTheSameAfterARoundTrip() throws Exception {
    Report report = ReportBuilder.full().build();
    String hash = format.contentHash(report);
    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    assertEquals(hash, format.contentHash(format.read(format.write(report))));
    assertEquals(hash, new ExchangeFormat().contentHash(ReportBuilder.full().build()));
  }

  @Test
  void theContentHashChangesWhenTheContentChanges() {
    String hash = format.contentHash(ReportBuilder.full().build());
    assertNotEquals(
        hash, format.contentHash(ReportBuilder.full().description("Something else.").build()));
    assertNotEquals(
        hash, format.contentHash(ReportBuilder.full().types(IncidentType.GRAFFITI).build()));
  }

  @Test
  void theContentHashIgnoresTheOutcome() {
    Report report = ReportBuilder.full().outcome(null).build();
    Outcome closed =
        new Outcome(
            OutcomeStatus.CLOSED,
            List.of("Advice given"),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Instant.parse("2026-04-01T09:00:00Z"));
    assertEquals(format.contentHash(report), format.contentHash(report.withOutcome(closed)));
  }

  // helpers

  private List<Report> threeReports() {
    return List.of(
        ReportBuilder.minimal().build(),
        ReportBuilder.full().reference(new Reference("TWL", 124)).build(),
        ReportBuilder.minimal()
            .reference(new Reference("TWL", 125))
            .description("Graffiti on the mosque wall.")
            .build());
  }

  private byte[] writeAll(List<Report> reports) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.writeAll(reports, out);
    return out.toByteArray();
  }

  private Report readChanged(Report report, Consumer<ObjectNode> change)
      throws ExchangeFormatException, IOException {
    ObjectNode tree = format.toTree(report);
    change.accept(tree);
    return format.read(format.mapper().writeValueAsBytes(tree));
  }

  /** Changes a valid full report, reads it, and gives the one problem it must be refused with. */
  private Problem refused(Consumer<ObjectNode> change) {
    ExchangeFormatException e =
        assertThrows(
            ExchangeFormatException.class, () -> readChanged(ReportBuilder.full().build(), change));
    assertEquals(1, e.problems().size(), e.problems().toString());
    Problem problem = e.problems().get(0);
    assertEquals(problem.message(), e.getMessage());
    return problem;
  }

  /** The line on which the {@code n}th (from 1) report of a pretty-printed array starts. */
  private static int lineOfObject(byte[] json, int n) {
    String[] lines = new String(json, StandardCharsets.UTF_8).split("\n", -1);
    int seen = 1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().equals("}, {") && ++seen == n) {
        return i + 1;
      }
    }
    throw new AssertionError("fewer than " + n + " reports");
  }

  private JsonNode text(String value) {
    return format.mapper().getNodeFactory().textNode(value);
  }

  private JsonNode decimal(double value) {
    return format.mapper().getNodeFactory().numberNode(value);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
