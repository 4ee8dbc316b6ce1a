package org.reportingcentre.protocol;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.Problem;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;

/**
 * The JSON exchange format for reports: what the centre imports and exports and what travels to the
 * single point of contact. Each report object carries {@code "schemaVersion"}; a version this build
 * does not know is refused with a message, never guessed at. See {@code docs/exchange-format.md}.
 */
public final class ExchangeFormat {
  /** The version of the report document this build writes and the only one it reads. */
  public static final int SCHEMA_VERSION = 1;

  static final String VERSION_FIELD = "schemaVersion";

  private final ObjectMapper mapper;

  /** Reads one report of many: the next report is not a trailing token. */
  private final ObjectReader itemReader;

  public ExchangeFormat() {
    this.mapper = newObjectMapper();
    this.itemReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** The one configured mapper: ISO dates, codes for enums, unknown fields refused. */
  public static ObjectMapper newObjectMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new CodedEnums())
            .addModule(
                new SimpleModule("reference")
                    .addSerializer(Reference.class, ToStringSerializer.instance)
                    .addDeserializer(Reference.class, new ReferenceDeserializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A field given twice would silently lose one of the answers.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(1_000_000)
                .maxNumberLength(40)
                .build());
    return mapper;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /** One report as a JSON object, with its schema version first. */
  public byte[] write(Report report) {
    try {
      return mapper.writeValueAsBytes(toTree(report));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A report could not be written as JSON", e);
    }
  }

  /** Many reports as a pretty-printed JSON array. */
  public void writeAll(List<Report> reports, OutputStream out) throws IOException {
    List<ObjectNode> trees = reports.stream().map(this::toTree).toList();
    mapper.writerWithDefaultPrettyPrinter().writeValue(out, trees);
  }

  public ObjectNode toTree(Report report) {
    ObjectNode node = mapper.createObjectNode();
    node.put(VERSION_FIELD, SCHEMA_VERSION);
    node.setAll((ObjectNode) mapper.valueToTree(report));
    return node;
  }

  /** Reads one report object. */
  public Report read(byte[] json) throws ExchangeFormatException {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ExchangeFormatException(syntaxProblem("", e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fromTree(node, "");
  }

  /**
   * Reads a report object from a tree, checking its schema version first.
   *
   * @param at where the object is, for messages (such as {@code "report 3"}); empty for none
   */
  public Report fromTree(JsonNode node, String at) throws ExchangeFormatException {
    String prefix = at.isEmpty() ? "" : at + ": ";
    if (node == null || !node.isObject()) {
      throw new ExchangeFormatException(
          new Problem(at, prefix + "this is not a report: a report is a JSON object { … }."));
    }
    JsonNode version = node.get(VERSION_FIELD);
    if (version == null) {
      throw new ExchangeFormatException(
          new Problem(
              field(at, VERSION_FIELD),
              prefix + "the report has no schemaVersion, so it cannot be read safely."));
    }
    if (!version.isIntegralNumber()) {
      throw new ExchangeFormatException(
          new Problem(
              field(at, VERSION_FIELD),
              prefix + "schemaVersion must be a whole number, such as 1, not " + version + "."));
    }
    if (version.longValue() != SCHEMA_VERSION) {
      String which = version.longValue() > SCHEMA_VERSION ? "a newer" : "an unknown";
      throw new ExchangeFormatException(
          new Problem(
              field(at, VERSION_FIELD),
              prefix
                  + "this report uses "
                  + which
                  + " format (version "
                  + version.asText()
                  + "). This version of Reporting Centre reads format version "
                  + SCHEMA_VERSION
                  + " only. Update Reporting Centre, or ask the sender for version "
                  + SCHEMA_VERSION
                  + "."));
    }
    ObjectNode body = ((ObjectNode) node).deepCopy();
    body.remove(VERSION_FIELD);
    try {
      return mapper.treeToValue(body, Report.class);
    } catch (JsonProcessingException e) {
      throw new ExchangeFormatException(mappingProblem(at, e));
    }
  }

  /** One report read from a document of many, or the problem that stopped it being read. */
  public record Item(
      int position, JsonLocation location, Optional<Report> report, List<Problem> problems) {}

  /**
   * Reads a document that is one report object or an array of them. Syntax errors stop the reading
   * (nothing after them can be trusted); every other problem is given per item.
   */
  public List<Item> readAll(InputStream in) throws ExchangeFormatException {
    List<Item> items = new ArrayList<>();
    try (JsonParser parser = mapper.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ExchangeFormatException(new Problem("", "The file is empty."));
      }
      if (first == JsonToken.START_OBJECT) {
        items.add(readItem(parser, 1));
      } else if (first == JsonToken.START_ARRAY) {
        int position = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readItem(parser, ++position));
        }
      } else {
        throw new ExchangeFormatException(
            new Problem("", "The file must hold one report { … } or a list of reports [ … ]."));
      }
      if (parser.nextToken() != null) {
        JsonLocation where = parser.currentLocation();
        throw new ExchangeFormatException(
            new Problem(
                "",
                "There is more after the end of the reports, at line "
                    + where.getLineNr()
                    + ". The file may be two files joined together."));
      }
    } catch (JsonProcessingException e) {
      throw new ExchangeFormatException(syntaxProblem("", e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return items;
  }

  private Item readItem(JsonParser parser, int position) throws IOException {
    JsonLocation location = parser.currentLocation();
    JsonNode node = itemReader.readTree(parser);
    String at = "report " + position + " (line " + location.getLineNr() + ")";
    try {
      return new Item(position, location, Optional.of(fromTree(node, at)), List.of());
    } catch (ExchangeFormatException e) {
      return new Item(position, location, Optional.empty(), e.problems());
    }
  }

  /**
   * The hash that identifies a report's content for idempotent sending: SHA-256 over its JSON
   * without the outcome (which only the single point of contact writes).
   */
  public String contentHash(Report report) {
    Report withoutOutcome =
        new Report(
            report.meta(),
            report.reporter(),
            report.incident(),
            report.people(),
            report.history(),
            report.consents(),
            report.needs(),
            report.attachments(),
            Optional.empty());
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(write(withoutOutcome)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static Problem syntaxProblem(String at, JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    String place =
        where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    String reason = e.getOriginalMessage();
    int cut = reason.indexOf('\n');
    if (cut > 0) {
      reason = reason.substring(0, cut);
    }
    return new Problem(at, "The file is not valid JSON" + place + ": " + reason);
  }

  static Problem mappingProblem(String at, JsonProcessingException e) {
    String path = "";
    if (e instanceof JsonMappingException mapping) {
      StringBuilder b = new StringBuilder();
      for (JsonMappingException.Reference r : mapping.getPath()) {
        if (r.getFieldName() != null) {
          b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          b.append('[').append(r.getIndex()).append(']');
        }
      }
      path = b.toString();
    }
    String prefix = (at.isEmpty() ? "" : at + ": ") + (path.isEmpty() ? "" : path + ": ");
    String message;
    if (e instanceof UnrecognizedPropertyException unknown) {
      message =
          "there is no field called \""
              + unknown.getPropertyName()
              + "\" here. Check the spelling.";
      String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
      prefix = (at.isEmpty() ? "" : at + ": ") + (parent.isEmpty() ? "" : parent + ": ");
    } else if (e instanceof InvalidFormatException invalid) {
      message = wrongValue(invalid);
    } else if (e instanceof ValueInstantiationException instantiation) {
      Throwable cause = instantiation.getCause();
      String detail = cause == null ? null : cause.getMessage();
      if (cause instanceof NullPointerException && detail != null && !detail.contains(" ")) {
        message = "\"" + detail + "\" is missing.";
      } else {
        message = detail == null ? "some required parts are missing." : detail;
      }
    } else if (e instanceof MismatchedInputException missing
        && missing.getOriginalMessage().startsWith("Missing required creator property")) {
      String name = missing.getOriginalMessage().replaceAll(".*'([^']+)'.*", "$1");
      message = "\"" + name + "\" is missing: it must be given, true or false.";
    } else if (e instanceof MismatchedInputException mismatch) {
      String type = mismatch.getTargetType() == null ? "value" : describe(mismatch.getTargetType());
      message = "this should be " + type + ".";
    } else {
      message = "this part could not be read.";
    }
    String field = at.isEmpty() ? path : (path.isEmpty() ? at : at + " " + path);
    return new Problem(field, prefix + message);
  }

  private static String wrongValue(InvalidFormatException e) {
    Class<?> type = e.getTargetType();
    if (type != null && (Coded.class.isAssignableFrom(type) || type == Reference.class)) {
      return e.getOriginalMessage(); // already in plain words, with the allowed values
    }
    if (type == null || type.getPackageName().equals("java.time")) {
      return "this value has the wrong form (dates look like 2026-03-01, times like 14:30, moments like 2026-03-01T14:30:00Z).";
    }
    return "this should be " + describe(type) + ".";
  }

  private static String describe(Class<?> type) {
    if (type == Reference.class) {
      return "a reference in quotes, like TWL-2223KC";
    }
    if (type == String.class) {
      return "text in quotes";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == int.class || type == Integer.class || type == long.class) {
      return "a whole number";
    }
    if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)) {
      return "a list [ … ]";
    }
    if (type.isEnum()) {
      return "one of the codes, in quotes";
    }
    if (type.isRecord()) {
      return "an object { … }";
    }
    return "a " + type.getSimpleName();
  }

  private static String field(String at, String name) {
    return at.isEmpty() ? name : at + " " + name;
  }

  /** A reference is written as people read it, and read only if its check character holds. */
  private static final class ReferenceDeserializer extends StdScalarDeserializer<Reference> {
    private static final long serialVersionUID = 1L;

    ReferenceDeserializer() {
      super(Reference.class);
    }

    @Override
    public Reference deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Reference) ctxt.handleUnexpectedToken(Reference.class, p);
      }
      String text = p.getText();
      try {
        return Reference.parse(text);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, e.getMessage(), text, Reference.class);
      }
    }
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
