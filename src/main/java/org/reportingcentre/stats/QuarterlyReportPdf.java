package org.reportingcentre.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The quarterly report as a PDF: the centre, the period, every table with a simple bar chart beside
 * the figures, then the definitions and notes. Drawn with PDFBox's standard fonts, so nothing is
 * embedded and no font file is needed; characters those fonts lack are shown as "?".
 */
public final class QuarterlyReportPdf {
  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float LABEL_WIDTH = 235;
  private static final float FIGURE_WIDTH = 72;
  private static final float ROW = 14;
  private static final float BODY = 9;
  private static final float[] INK = {0.1f, 0.1f, 0.1f};
  private static final float[] BAR_NOW = {0.11f, 0.31f, 0.54f};
  private static final float[] BAR_BEFORE = {0.62f, 0.67f, 0.74f};
  private static final float[] RULE = {0.75f, 0.75f, 0.75f};
  private static final Set<String> WITH_BARS =
      Set.of(
          "by-strand",
          "by-incident-type",
          "by-location",
          "by-ward",
          "by-channel",
          "by-reporter",
          "by-month");
  private static final DateTimeFormatter MADE =
      DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm", Locale.UK);

  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDDocument document;
  private PDPageContentStream page;
  private float y;

  private QuarterlyReportPdf() {}

  public static void write(
      Statistics s, List<StatisticsTable> tables, SmallCounts show, OutputStream out)
      throws IOException {
    new QuarterlyReportPdf().render(s, tables, show, out);
  }

  private void render(
      Statistics s, List<StatisticsTable> tables, SmallCounts show, OutputStream out)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      document = doc;
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle("Hate incident statistics " + s.period().label() + ", " + s.centreName());
      info.setCreator("Reporting Centre");
      newPage();
      heading(s, show);
      for (StatisticsTable table : tables) {
        table(table);
      }
      definitions();
      page.close();
      footers(s);
      doc.save(out);
    } finally {
      document = null;
      page = null;
    }
  }

  private void heading(Statistics s, SmallCounts show) throws IOException {
    paragraph(bold, 18, "Hate incidents reported to " + s.centreName());
    y -= 4;
    paragraph(bold, 13, "Quarterly report " + s.period().label() + ": " + s.period().dates());
    y -= 4;
    paragraph(
        regular,
        BODY + 1,
        "Centre "
            + s.centreCode()
            + ". Compared with "
            + s.yearBefore().label()
            + " ("
            + s.yearBefore().dates()
            + "). Made on "
            + MADE.format(ZonedDateTime.ofInstant(s.generatedAt(), s.zone()))
            + " ("
            + s.zone().getId()
            + "). "
            + (show.suppress()
                ? "Counts from 1 to 4 are shown as \"<5\"."
                : "Small counts are not suppressed: do not publish this copy as it is."));
    y -= 6;
    paragraph(
        bold,
        12,
        show.count(s.reports().now()).text()
            + " reports this period, against "
            + show.count(s.reports().yearBefore()).text()
            + " a year before.");
    y -= 10;
  }

  private void table(StatisticsTable table) throws IOException {
    boolean bars = WITH_BARS.contains(table.id());
    // A short table is kept on one page; a long one starts where at least eight rows fit and
    // carries its title and column headings onto the next page.
    float whole = ROW * (table.rows().size() + 3) + 14 * table.notes().size() + 20;
    ensure(table.rows().size() <= 12 ? whole : ROW * 10 + 20);
    tableHeading(table, table.title(), bars);
    double largest = 1;
    for (StatisticsTable.Row row : table.rows()) {
      if (!row.code().equals("all-reports")) {
        for (int i = 0; i < Math.min(2, row.cells().size()); i++) {
          largest = Math.max(largest, row.cells().get(i).value().orElse(0.0));
        }
      }
    }
    for (StatisticsTable.Row row : table.rows()) {
      if (y - ROW - 4 < MARGIN + 20) {
        newPage();
        tableHeading(table, table.title() + " (continued)", bars);
      }
      y -= ROW;
      text(regular, BODY, MARGIN, fit(regular, BODY, row.label(), LABEL_WIDTH - 6));
      float x = MARGIN + LABEL_WIDTH;
      for (StatisticsTable.Cell cell : row.cells()) {
        rightAligned(regular, BODY, x + FIGURE_WIDTH, cell.text());
        x += FIGURE_WIDTH;
      }
      if (bars && !row.code().equals("all-reports")) {
        float room = MARGIN + WIDTH - (x + 10);
        bar(x + 10, y + 4.5f, room, row.cells().get(0), largest, BAR_NOW);
        if (row.cells().size() > 1) {
          bar(x + 10, y + 0.5f, room, row.cells().get(1), largest, BAR_BEFORE);
        }
      }
    }
    y -= 5;
    rule();
    y -= 2;
    for (String note : table.notes()) {
      paragraph(regular, BODY - 0.5f, note);
    }
    y -= 12;
  }

  private void tableHeading(StatisticsTable table, String title, boolean bars) throws IOException {
    paragraph(bold, 12, title);
    y -= ROW - 2;
    float x = MARGIN + LABEL_WIDTH;
    for (StatisticsTable.Column column : table.columns()) {
      rightAligned(bold, BODY, x + FIGURE_WIDTH, fit(bold, BODY, column.title(), FIGURE_WIDTH - 4));
      x += FIGURE_WIDTH;
    }
    if (bars) {
      legend(x + 10);
    }
    y -= 4;
    rule();
  }

  private void legend(float x) throws IOException {
    box(x, y + 1, 7, 7, BAR_NOW);
    text(regular, BODY - 1, x + 9, "this period");
    box(x + 56, y + 1, 7, 7, BAR_BEFORE);
    text(regular, BODY - 1, x + 65, "year before");
  }

  private void bar(
      float x,
      float baseline,
      float room,
      StatisticsTable.Cell cell,
      double largest,
      float[] colour)
      throws IOException {
    if (cell.value().isEmpty() || cell.value().get() <= 0) {
      return;
    }
    float length = (float) (room * cell.value().get() / largest);
    box(x, baseline, Math.max(length, 1), 3.5f, colour);
  }

  private void definitions() throws IOException {
    ensure(120);
    paragraph(bold, 12, "Definitions");
    y -= 2;
    for (Definitions.Definition d : Definitions.TERMS) {
      ensure(3 * ROW);
      paragraph(bold, BODY + 0.5f, d.term());
      paragraph(regular, BODY + 0.5f, d.meaning());
      y -= 4;
    }
    y -= 8;
    ensure(80);
    paragraph(bold, 12, "What counts");
    y -= 2;
    for (String note : Definitions.NOTES) {
      ensure(3 * ROW);
      paragraph(regular, BODY + 0.5f, "- " + note);
      y -= 4;
    }
  }

  private void footers(Statistics s) throws IOException {
    int count = document.getNumberOfPages();
    for (int i = 0; i < count; i++) {
      try (PDPageContentStream footer =
          new PDPageContentStream(
              document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
        String left = s.centreName() + " - hate incident statistics " + s.period().label();
        String right = "Page " + (i + 1) + " of " + count;
        footer.setNonStrokingColor(0.35f, 0.35f, 0.35f);
        footer.beginText();
        footer.setFont(regular, 8);
        footer.newLineAtOffset(MARGIN, 30);
        footer.showText(safe(regular, left));
        footer.endText();
        footer.beginText();
        footer.newLineAtOffset(MARGIN + WIDTH - width(regular, 8, right), 30);
        footer.showText(right);
        footer.endText();
      }
    }
  }

  private void newPage() throws IOException {
    if (page != null) {
      page.close();
    }
    PDPage next = new PDPage(PDRectangle.A4);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  private void ensure(float height) throws IOException {
    if (y - height < MARGIN + 20) {
      newPage();
    }
  }

  private void text(PDFont font, float size, float x, String text) throws IOException {
    page.setNonStrokingColor(INK[0], INK[1], INK[2]);
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(x, y);
    page.showText(safe(font, text));
    page.endText();
  }

  private void rightAligned(PDFont font, float size, float right, String text) throws IOException {
    text(font, size, right - width(font, size, safe(font, text)), text);
  }

  private void paragraph(PDFont font, float size, String text) throws IOException {
    for (String line : wrap(font, size, safe(font, text), WIDTH)) {
      ensure(size + 4);
      y -= size * 1.25f;
      text(font, size, MARGIN, line);
    }
    y -= 2;
  }

  private void rule() throws IOException {
    box(MARGIN, y, WIDTH, 0.6f, RULE);
  }

  private void box(float x, float bottom, float w, float h, float[] colour) throws IOException {
    page.setNonStrokingColor(colour[0], colour[1], colour[2]);
    page.addRect(x, bottom, w, h);
    page.fill();
  }

  private static List<String> wrap(PDFont font, float size, String text, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(font, size, candidate) > width && line.length() > 0) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String fit(PDFont font, float size, String text, float width) throws IOException {
    String safe = safe(font, text);
    if (width(font, size, safe) <= width) {
      return safe;
    }
    String shorter = safe;
    while (shorter.length() > 1 && width(font, size, shorter + "...") > width) {
      shorter = shorter.substring(0, shorter.length() - 1);
    }
    return shorter + "...";
  }

  private static float width(PDFont font, float size, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** Replaces what the standard fonts cannot show, so unusual names never stop the report. */
  static String safe(PDFont font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              try {
                font.encode(ch);
                out.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }
}
