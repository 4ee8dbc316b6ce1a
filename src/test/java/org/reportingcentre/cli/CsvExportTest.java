package org.reportingcentre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportingcentre.report.ReportBuilder;

class CsvExportTest {
  /** Spreadsheets and scripts read these columns by name and by place: they never move. */
  private static final String HEADER =
      "reference,id,created_at,completed_at,recorded_by,channel,form_variant,language,"
          + "reporter_role,anonymous,incident_types,motivations,date,approximately,location_type,"
          + "ward,postcode,injured,damage_or_loss,description,hate_indicators,victim_name,"
          + "victim_phone,victim_email,age_band,happened_before,consents,outcome";

  @Test
  void aFullReportIsOneRowUnderThePublishedHeader() {
    StringWriter out = new StringWriter();
    CsvExport.write(List.of(ReportBuilder.full().build()), new PrintWriter(out));
    assertEquals(
        HEADER
            + "\r\n"
            + "TWL-2227JM,3f2b8c1e-5d4a-4e6b-9a7c-1b2d3e4f5a6b,2026-03-02T10:15:30Z,"
            + "2026-03-02T10:30:30Z,amira,in-person,standard,en,victim,false,"
            + "threats-intimidation;verbal-abuse;other,race;religion;other,2026-02-27,,"
            + "public-transport,Millbrook,ZZ1 4AB,no,yes,"
            + "A man on the bus shouted at me to go back where I came from.,"
            + "He said people like me should not be allowed on the bus.,Grace Okafor,"
            + "07700 900123,grace.okafor@example.org,35-44,yes,"
            + "share-with-police=yes;victim-support=yes;other-services=no;contact-back=yes,"
            + "passed-to-police\r\n",
        out.toString());
  }

  @Test
  void aReportWithNothingOptionalLeavesThoseCellsEmpty() {
    StringWriter out = new StringWriter();
    CsvExport.write(List.of(ReportBuilder.minimal().build()), new PrintWriter(out));
    assertEquals(
        HEADER
            + "\r\n"
            + "TWL-2227JM,3f2b8c1e-5d4a-4e6b-9a7c-1b2d3e4f5a6b,2026-03-02T10:15:30Z,"
            + "2026-03-02T10:30:30Z,amira,in-person,standard,en,victim,false,verbal-abuse,race,"
            + "2026-03-01,,public-transport,,,no,no,"
            + "A man on the bus shouted at me to go back where I came from.,,,,,,no,,\r\n",
        out.toString());
  }
}
