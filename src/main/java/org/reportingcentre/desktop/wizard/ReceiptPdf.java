package org.reportingcentre.desktop.wizard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.Reference;

/**
 * The receipt a person takes away: the reference, the date, what happens next and where to get
 * support. Deliberately nothing about the incident, so it is safe to carry or to be found.
 */
public final class ReceiptPdf {
  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  private final Messages text;

  public ReceiptPdf(Messages text) {
    this.text = text;
  }

  /** A receipt with the national support numbers (no directory cached yet). */
  public byte[] render(Reference reference, LocalDate date, String centreName) {
    return render(reference, date, centreName, List.of());
  }

  /**
   * A receipt whose support numbers come from the SPOC's directory as cached at the centre, or the
   * national numbers when there is none.
   */
  public byte[] render(
      Reference reference, LocalDate date, String centreName, List<SupportService> directory) {
    try (PDDocument pdf = new PDDocument()) {
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(text.get("receipt.title"));
      pdf.setDocumentInformation(info);
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
        float y = PDRectangle.A4.getHeight() - MARGIN;
        y = write(out, bold, 20, text.get("receipt.title"), y);
        y = write(out, regular, 12, text.get("receipt.centre", centreName), y - 6);
        y = write(out, regular, 12, text.get("receipt.referenceLabel"), y - 12);
        y = write(out, bold, 28, reference.toString(), y);
        y =
            write(
                out,
                regular,
                12,
                text.get("receipt.date", date.format(DateTimeFormatter.ofPattern("d MMMM yyyy"))),
                y - 6);
        y = write(out, bold, 14, text.get("confirmation.next.heading"), y - 16);
        y = write(out, regular, 12, text.get("confirmation.next.body"), y);
        y = write(out, bold, 14, text.get("receipt.support.heading"), y - 16);
        for (String line : SupportLines.of(text, directory)) {
          y = write(out, regular, 12, line, y - 2);
        }
        write(out, regular, 10, text.get("receipt.keep"), y - 16);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      pdf.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The standard PDF fonts cover Latin-1 (WinAnsi) only, and one character outside it would stop
   * the whole receipt. A letter with a mark outside it (Polish ć, ł) loses the mark; anything else
   * (a name in another script) becomes "?". An embedded Unicode font would lift this.
   */
  static String printable(String line) {
    StringBuilder out = new StringBuilder(line.length());
    line.codePoints().forEach(c -> out.append(printable(c)));
    return out.toString();
  }

  private static String printable(int c) {
    if (c < 0x100 || c == 0x2019 || c == 0x2018 || c == 0x201C || c == 0x201D || c == 0x2013) {
      return new String(Character.toChars(c));
    }
    if (c == 0x0141 || c == 0x0142) {
      return c == 0x0141 ? "L" : "l";
    }
    String base =
        java.text.Normalizer.normalize(
            new String(Character.toChars(c)), java.text.Normalizer.Form.NFD);
    return !base.isEmpty() && base.charAt(0) < 0x100 ? base.substring(0, 1) : "?";
  }

  private static float write(
      PDPageContentStream out, PDType1Font font, float size, String paragraph, float y)
      throws IOException {
    float leading = size * 1.35f;
    for (String line : wrap(font, size, printable(paragraph))) {
      y -= leading;
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(MARGIN, y);
      out.showText(line);
      out.endText();
    }
    return y;
  }

  private static List<String> wrap(PDType1Font font, float size, String paragraph)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split("\\s+")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !line.isEmpty()) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
