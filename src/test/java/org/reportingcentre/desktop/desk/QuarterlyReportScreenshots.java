package org.reportingcentre.desktop.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.stats.QuarterlyReportPdf;
import org.reportingcentre.stats.SmallCounts;
import org.reportingcentre.stats.Statistics;
import org.reportingcentre.stats.StatisticsPeriod;
import org.reportingcentre.stats.StatisticsTables;

/**
 * Writes the first page of the quarterly report of the desk's sample statistics:
 * quarterly-report-pl.png and -ur.png as the desk saves it in Polish and Urdu, and
 * quarterly-report-page1.png in English as the command line writes it. Run by {@link
 * org.reportingcentre.desktop.WriteScreenshots}.
 */
public final class QuarterlyReportScreenshots {
  private static final SmallCounts SHOW_ALL = new SmallCounts(false);
  private final Path out;

  public QuarterlyReportScreenshots(Path out) {
    this.out = out;
  }

  public void write() throws IOException {
    Statistics q3 = DeskScreens.statistics().compute(StatisticsPeriod.parse("2026-Q3"));
    for (String language : List.of("pl", "ur")) {
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      QuarterlyReportPdf.write(
          q3,
          StatisticsTables.of(q3, SHOW_ALL),
          SHOW_ALL,
          pdf,
          new DeskWords(Messages.forLocale(Locale.forLanguageTag(language))));
      firstPage(pdf.toByteArray(), out.resolve("quarterly-report-" + language + ".png"));
    }
    ByteArrayOutputStream english = new ByteArrayOutputStream();
    QuarterlyReportPdf.write(q3, StatisticsTables.of(q3, SHOW_ALL), SHOW_ALL, english);
    firstPage(english.toByteArray(), out.resolve("quarterly-report-page1.png"));
  }

  private static void firstPage(byte[] pdf, Path png) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 96), "png", png.toFile());
    }
  }
}
