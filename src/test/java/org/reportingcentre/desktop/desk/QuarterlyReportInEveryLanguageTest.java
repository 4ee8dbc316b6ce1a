package org.reportingcentre.desktop.desk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.stats.QuarterlyReportPdf;
import org.reportingcentre.stats.SmallCounts;
import org.reportingcentre.stats.Statistics;
import org.reportingcentre.stats.StatisticsPeriod;
import org.reportingcentre.stats.StatisticsTable;
import org.reportingcentre.stats.StatisticsTables;
import org.reportingcentre.testing.SlowTest;

/**
 * A manager working in Polish or Urdu saves a quarterly report whose tables and chart legend are in
 * that language, written with its own letters; in Urdu the page reads from the right.
 */
@SlowTest
class QuarterlyReportInEveryLanguageTest {
  private static final Statistics Q3 =
      DeskScreens.statistics().compute(StatisticsPeriod.parse("2026-Q3"));
  private static final SmallCounts SHOW_ALL = new SmallCounts(false);

  private static final Map<String, byte[]> REPORTS = new HashMap<>();

  private static byte[] report(String language) throws Exception {
    byte[] made = REPORTS.get(language);
    if (made == null) {
      made = make(language);
      REPORTS.put(language, made);
    }
    return made;
  }

  private static byte[] make(String language) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuarterlyReportPdf.write(
        Q3,
        StatisticsTables.of(Q3, SHOW_ALL),
        SHOW_ALL,
        out,
        new DeskWords(Messages.forLocale(Locale.forLanguageTag(language))));
    return out.toByteArray();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static void assertTablesInLanguage(String language) throws Exception {
    Messages words = Messages.forLocale(Locale.forLanguageTag(language));
    DeskWords desk = new DeskWords(words);
    String text = text(report(language));
    for (StatisticsTable table : StatisticsTables.of(Q3, SHOW_ALL)) {
      assertTrue(text.contains(desk.title(table)), desk.title(table) + " not in:\n" + text);
    }
    // A long label goes on to a second line, which is read after the row's figures.
    String labels = text.replaceAll(" [0-9][0-9,.%+-]*", "");
    for (MotivationStrand strand : MotivationStrand.values()) {
      assertTrue(labels.contains(words.of(strand)), words.of(strand) + " not in:\n" + labels);
    }
    assertTrue(text.contains(words.get("desk.pdf.heading", "Townsley Library")), text);
    assertTrue(text.contains(words.get("desk.pdf.definitions")), text);
    assertTrue(text.contains(words.get("desk.pdf.thisPeriod")), text);
    assertTrue(text.contains(words.get("desk.pdf.yearBefore")), text);
  }

  @Test
  void aPolishReportHasItsTablesInPolishWithTheirAccents() throws Exception {
    assertTablesInLanguage("pl");
    assertTrue(text(report("pl")).contains("rok wcześniej"));
    assertTrue(text(report("pl")).contains("Strona 1 z 4"));
  }

  @Test
  void anUrduReportHasItsTablesInUrduAndReadsFromTheRight() throws Exception {
    assertTablesInLanguage("ur");
    try (PDDocument doc = Loader.loadPDF(report("ur"))) {
      BufferedImage page = new PDFRenderer(doc).renderImage(0, 1f);
      int left = page.getWidth();
      int right = 0;
      for (int y = 45; y < 75; y++) { // the first heading
        for (int x = 0; x < page.getWidth(); x++) {
          if ((page.getRGB(x, y) & 0xFF) < 128) {
            left = Math.min(left, x);
            right = Math.max(right, x);
          }
        }
      }
      assertTrue(Math.abs(right - (595 - 50)) < 3, "ends at the right margin: " + right);
      assertTrue(left > 60, "and not at the left: " + left);
    }
  }
}
