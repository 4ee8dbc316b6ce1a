package org.reportingcentre.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.reportingcentre.report.Report;

/**
 * {@code POST /api/v1/reports/batch}: {@code {"reports": [ … ]}}, each a report object of the
 * exchange format (with its {@code schemaVersion}). At most {@link Protocol#MAX_REPORTS_PER_BATCH}
 * of them.
 *
 * <p>The one definition of a batch for both sides: the centre writes it with {@link #json} from the
 * documents it stored, and the SPOC reads it with {@link #read}. Each report stays a JSON tree here
 * so that the SPOC can check it on its own and answer for it by its place in the batch, even when
 * one report of many cannot be read.
 */
public record BatchRequest(List<JsonNode> reports) {
  /** The name of the batch's one field. */
  public static final String REPORTS = "reports";

  public BatchRequest {
    reports = reports == null ? List.of() : List.copyOf(reports);
  }

  /** A batch of the given reports, in order; answers come back in the same order. */
  public static BatchRequest of(List<Report> reports, ExchangeFormat format) {
    return new BatchRequest(
        reports.stream().map(format::toTree).map(JsonNode.class::cast).toList());
  }

  /**
   * The JSON of a batch of exchange-format documents, each written exactly as it was stored: the
   * centre sends what it saved, and does not read and write every report again to send it.
   */
  public static byte[] json(List<String> documents) {
    StringBuilder json =
        new StringBuilder(documents.size() * 4096).append("{\"").append(REPORTS).append("\":[");
    for (int i = 0; i < documents.size(); i++) {
      json.append(i == 0 ? "" : ",").append(documents.get(i));
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The batch in a request body. Only its shape is checked here; each report is checked on its own.
   *
   * @throws ExchangeFormatException when the body is not a batch, with a plain message that says
   *     what a batch looks like
   */
  public static BatchRequest read(JsonNode root) throws ExchangeFormatException {
    if (!root.isObject()) {
      throw notABatch("A batch is a JSON object: {\"reports\": [ … ]}.");
    }
    Iterator<String> fields = root.fieldNames();
    while (fields.hasNext()) {
      String field = fields.next();
      if (!field.equals(REPORTS)) {
        throw notABatch(
            "A batch has one field, \""
                + REPORTS
                + "\"; there is no field called \""
                + shorten(field)
                + "\".");
      }
    }
    JsonNode reports = root.get(REPORTS);
    if (reports == null || !reports.isArray()) {
      throw notABatch("A batch needs \"reports\": a list [ … ] of report objects.");
    }
    List<JsonNode> items = new ArrayList<>(reports.size());
    reports.forEach(items::add);
    return new BatchRequest(items);
  }

  private static ExchangeFormatException notABatch(String message) {
    return new ExchangeFormatException(message, List.of());
  }

  /** A field name from the sender, made safe to echo in a message. */
  private static String shorten(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
  }
}
