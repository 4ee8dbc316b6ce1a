package org.reportingcentre.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.reportingcentre.pdf.PdfText;
import org.reportingcentre.pdf.PdfText.Weight;

/**
 * The quarterly report as a PDF: the centre, the period, every table with a simple bar chart beside
 * the figures, then the definitions and notes. The fonts are embedded ({@link PdfText}), so ward
 * and centre names keep their letters; the tables' words come in the reader's language ({@link
 * ReportWords}), and a right-to-left language gets the page mirrored: labels on the right, bars
 * growing to the left.
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
  private static final float[] FOOTER_INK = {0.35f, 0.35f, 0.35f};
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

  private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
  private static final Weight REGULAR = Weight.REGULAR;
  private static final Weight BOLD = Weight.BOLD;
  private final ReportWords words;
  private PdfText letters;
  private PDDocument document;
  private PDPageContentStream page;
  private float y;

  private QuarterlyReportPdf(ReportWords words) {
    this.words = words;
  }

  public static void write(
      Statistics s, List<StatisticsTable> tables, SmallCounts show, OutputStream out)
      throws IOException {
    write(s, tables, show, out, ReportWords.ENGLISH);
  }

  public static void write(
      Statistics s,
      List<StatisticsTable> tables,
      SmallCounts show,
      OutputStream out,
      ReportWords words)
      throws IOException {
    new QuarterlyReportPdf(words).render(s, tables, show, out);
  }

  private void render(
      Statistics s, List<StatisticsTable> tables, SmallCounts show, OutputStream out)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      document = doc;
      letters = new PdfText(doc, words.rightToLeft());
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
      letters = null;
      page = null;
    }
  }

  private void heading(Statistics s, SmallCounts show) throws IOException {
    paragraph(BOLD, 18, words.heading(s.centreName()));
    y -= 4;
    paragraph(BOLD, 13, words.period(s.period().label(), s.period().dates()));
    y -= 4;
    paragraph(
        REGULAR,
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
        BOLD,
        12,
        words.total(
            show.count(s.reports().now()).text(), show.count(s.reports().yearBefore()).text()));
    y -= 10;
  }

  private void table(StatisticsTable table) throws IOException {
    boolean bars = WITH_BARS.contains(table.id());
    // A short table is kept on one page; a long one starts where at least eight rows fit and
    // carries its title and column headings onto the next page.
    float whole = ROW * (table.rows().size() + 3) + 14 * table.notes().size() + 20;
    ensure(table.rows().size() <= 12 ? whole : ROW * 10 + 20);
    tableHeading(table, words.title(table), bars);
    double largest = 1;
    for (StatisticsTable.Row row : table.rows()) {
      if (!row.code().equals("all-reports")) {
        for (int i = 0; i < Math.min(2, row.cells().size()); i++) {
          largest = Math.max(largest, row.cells().get(i).value().orElse(0.0));
        }
      }
    }
    for (StatisticsTable.Row row : table.rows()) {
      // A label longer than its column (Polish words are longer) goes on to a second line rather
      // than losing its end.
      List<String> label = letters.wrap(REGULAR, BODY, words.row(table, row), LABEL_WIDTH - 6);
      if (label.size() > 2) {
        label =
            List.of(
                label.get(0),
                fit(
                    REGULAR,
                    BODY,
                    String.join(" ", label.subList(1, label.size())),
                    LABEL_WIDTH - 6));
      }
      float more = (label.size() - 1) * (BODY + 2);
      if (y - ROW - more - 4 < MARGIN + 20) {
        newPage();
        tableHeading(table, words.continued(words.title(table)), bars);
      }
      y -= ROW;
      text(REGULAR, BODY, MARGIN, label.get(0));
      float x = MARGIN + LABEL_WIDTH;
      for (StatisticsTable.Cell cell : row.cells()) {
        rightAligned(REGULAR, BODY, x + FIGURE_WIDTH, cell.text());
        x += FIGURE_WIDTH;
      }
      if (bars && !row.code().equals("all-reports")) {
        float room = MARGIN + WIDTH - (x + 10);
        bar(x + 10, y + 4.5f, room, row.cells().get(0), largest, BAR_NOW);
        if (row.cells().size() > 1) {
          bar(x + 10, y + 0.5f, room, row.cells().get(1), largest, BAR_BEFORE);
        }
      }
      for (String rest : label.subList(1, label.size())) {
        y -= BODY + 2;
        text(REGULAR, BODY, MARGIN, rest);
      }
    }
    y -= 5;
    rule();
    y -= 2;
    for (String note : table.notes()) {
      paragraph(REGULAR, BODY - 0.5f, note);
    }
    y -= 12;
  }

  private void tableHeading(StatisticsTable table, String title, boolean bars) throws IOException {
    paragraph(BOLD, 12, title);
    y -= ROW - 2;
    float x = MARGIN + LABEL_WIDTH;
    for (StatisticsTable.Column column : table.columns()) {
      rightAligned(
          BOLD,
          BODY,
          x + FIGURE_WIDTH,
          fit(BOLD, BODY, words.column(table, column), FIGURE_WIDTH - 4));
      x += FIGURE_WIDTH;
    }
    if (bars) {
      legend(x + 10);
    }
    y -= 4;
    rule();
  }

  /** Beside the bars; smaller where the words are longer (Polish), so it ends at the margin. */
  private void legend(float x) throws IOException {
    String now = words.thisPeriod();
    String before = words.yearBefore();
    float size = BODY - 1;
    float both = width(REGULAR, size, now) + width(REGULAR, size, before);
    float room = MARGIN + WIDTH - x - 26;
    if (both > room) {
      size = Math.max(6, size * room / both);
    }
    box(x, y + 1, 7, 7, BAR_NOW);
    text(REGULAR, size, x + 9, now);
    float next = x + 9 + width(REGULAR, size, now) + 8;
    box(next, y + 1, 7, 7, BAR_BEFORE);
    text(REGULAR, size, next + 9, before);
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
    paragraph(BOLD, 12, words.definitions());
    y -= 2;
    for (Definitions.Definition d : Definitions.TERMS) {
      ensure(3 * ROW);
      paragraph(BOLD, BODY + 0.5f, d.term());
      paragraph(REGULAR, BODY + 0.5f, d.meaning());
      y -= 4;
    }
    y -= 8;
    ensure(80);
    paragraph(BOLD, 12, words.whatCounts());
    y -= 2;
    for (String note : Definitions.NOTES) {
      ensure(3 * ROW);
      paragraph(REGULAR, BODY + 0.5f, "- " + note);
      y -= 4;
    }
  }

  private void footers(Statistics s) throws IOException {
    int count = document.getNumberOfPages();
    for (int i = 0; i < count; i++) {
      try (PDPageContentStream footer =
          new PDPageContentStream(
              document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
        page = footer;
        y = 30;
        String left = words.footer(s.centreName(), s.period().label());
        String right = words.page(i + 1, count);
        text(REGULAR, 8, MARGIN, left, FOOTER_INK);
        rightAligned(REGULAR, 8, MARGIN + WIDTH, right, FOOTER_INK);
      }
    }
    page = null;
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

  /**
   * Writes text whose left edge is at {@code x} on a left-to-right page; on a right-to-left page
   * the same place seen in a mirror, so its right edge is as far from the right margin.
   */
  private void text(Weight font, float size, float x, String text) throws IOException {
    text(font, size, x, text, INK);
  }

  private void text(Weight font, float size, float x, String text, float[] colour)
      throws IOException {
    float w = width(font, size, text);
    page.setNonStrokingColor(colour[0], colour[1], colour[2]);
    letters.at(page, font, size, mirrored(x, w), y, text);
  }

  private void rightAligned(Weight font, float size, float right, String text) throws IOException {
    rightAligned(font, size, right, text, INK);
  }

  private void rightAligned(Weight font, float size, float right, String text, float[] colour)
      throws IOException {
    text(font, size, right - width(font, size, text), text, colour);
  }

  private void paragraph(Weight font, float size, String text) throws IOException {
    for (String line : letters.wrap(font, size, text, WIDTH)) {
      ensure(size + 4);
      y -= size * 1.25f;
      page.setNonStrokingColor(INK[0], INK[1], INK[2]);
      letters.line(page, font, size, MARGIN, MARGIN + WIDTH, y, line);
    }
    y -= 2;
  }

  private void rule() throws IOException {
    box(MARGIN, y, WIDTH, 0.6f, RULE);
  }

  private void box(float x, float bottom, float w, float h, float[] colour) throws IOException {
    page.setNonStrokingColor(colour[0], colour[1], colour[2]);
    page.addRect(mirrored(x, w), bottom, w, h);
    page.fill();
  }

  /** The left edge of something {@code w} wide whose left-to-right left edge is {@code x}. */
  private float mirrored(float x, float w) {
    return letters.rightToLeft() ? PAGE_WIDTH - x - w : x;
  }

  private String fit(Weight font, float size, String text, float width) {
    if (width(font, size, text) <= width) {
      return text;
    }
    String shorter = text;
    while (shorter.length() > 1 && width(font, size, shorter + "...") > width) {
      shorter = shorter.substring(0, shorter.length() - 1);
    }
    return shorter + "...";
  }

  private float width(Weight font, float size, String text) {
    return letters.width(font, size, text);
  }
}
