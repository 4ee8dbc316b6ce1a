package org.reportingcentre.stats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The quarterly report as JSON: the same tables as the PDF and CSV. A figure is a number, or the
 * text {@code "<5"} (or {@code "withheld"}, {@code "-"}) when it is suppressed or does not apply.
 */
public final class StatisticsJson {
  public static final String FORMAT = "reporting-centre-statistics";
  public static final int VERSION = 1;

  private StatisticsJson() {}

  public static void write(
      Statistics s, List<StatisticsTable> tables, SmallCounts show, OutputStream out)
      throws IOException {
    JsonFactory factory = new JsonFactory();
    factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeNumberField("version", VERSION);
      json.writeObjectFieldStart("centre");
      json.writeStringField("code", s.centreCode());
      json.writeStringField("name", s.centreName());
      json.writeEndObject();
      period(json, "period", s.period());
      period(json, "comparedWith", s.yearBefore());
      json.writeStringField("timeZone", s.zone().getId());
      json.writeStringField("generatedAt", s.generatedAt().toString());
      json.writeBooleanField("smallCountsSuppressed", show.suppress());
      json.writeArrayFieldStart("tables");
      for (StatisticsTable table : tables) {
        table(json, table);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("definitions");
      for (Definitions.Definition d : Definitions.TERMS) {
        json.writeStartObject();
        json.writeStringField("term", d.term());
        json.writeStringField("meaning", d.meaning());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("notes");
      for (String note : Definitions.NOTES) {
        json.writeString(note);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.flush();
  }

  private static void period(JsonGenerator json, String name, StatisticsPeriod period)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("label", period.label());
    json.writeStringField("firstDay", period.first().toString());
    json.writeStringField("lastDay", period.last().toString());
    json.writeEndObject();
  }

  private static void table(JsonGenerator json, StatisticsTable table) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", table.id());
    json.writeStringField("title", table.title());
    json.writeArrayFieldStart("columns");
    for (StatisticsTable.Column column : table.columns()) {
      json.writeStartObject();
      json.writeStringField("id", column.id());
      json.writeStringField("title", column.title());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("rows");
    for (StatisticsTable.Row row : table.rows()) {
      json.writeStartObject();
      json.writeStringField("code", row.code());
      json.writeStringField("label", row.label());
      json.writeObjectFieldStart("values");
      for (int i = 0; i < table.columns().size(); i++) {
        StatisticsTable.Cell cell = row.cells().get(i);
        json.writeFieldName(table.columns().get(i).id());
        if (cell.value().isPresent()) {
          double value = cell.value().get();
          if (value == Math.rint(value)) {
            json.writeNumber((long) value);
          } else {
            json.writeNumber(value);
          }
        } else {
          json.writeString(cell.text());
        }
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("notes");
    for (String note : table.notes()) {
      json.writeString(note);
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
