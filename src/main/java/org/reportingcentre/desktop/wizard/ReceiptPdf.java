package org.reportingcentre.desktop.wizard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.reportingcentre.desktop.access.Languages;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.pdf.PdfText;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.Reference;

/**
 * The receipt a person takes away: the reference, the date, what happens next and where to get
 * support. Deliberately nothing about the incident, so it is safe to carry or to be found.
 */
public final class ReceiptPdf {
  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final PdfText.Weight REGULAR = PdfText.Weight.REGULAR;
  private static final PdfText.Weight BOLD = PdfText.Weight.BOLD;

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
      PdfText words = new PdfText(pdf, Languages.rightToLeft(text.locale()));
      try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
        Writer write = new Writer(out, words);
        write.paragraph(BOLD, 20, text.get("receipt.title"), 0);
        write.paragraph(REGULAR, 12, text.get("receipt.centre", centreName), 6);
        write.paragraph(REGULAR, 12, text.get("receipt.referenceLabel"), 12);
        write.paragraph(BOLD, 28, reference.toString(), 0);
        write.paragraph(
            REGULAR,
            12,
            text.get(
                "receipt.date",
                date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", dateLocale()))),
            6);
        write.paragraph(BOLD, 14, text.get("confirmation.next.heading"), 16);
        write.paragraph(REGULAR, 12, text.get("confirmation.next.body"), 0);
        write.paragraph(BOLD, 14, text.get("receipt.support.heading"), 16);
        for (String line : SupportLines.of(text, directory)) {
          write.paragraph(REGULAR, 12, line, 2);
        }
        write.paragraph(REGULAR, 10, text.get("receipt.keep"), 16);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      pdf.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The month in the receipt's language; in British English for the base bundle. */
  private Locale dateLocale() {
    return text.locale().getLanguage().isEmpty() ? Locale.UK : text.locale();
  }

  /** Paragraphs down the page, each wrapped to the margins and started on the reader's side. */
  private static final class Writer {
    private final PDPageContentStream out;
    private final PdfText words;
    private float y = PDRectangle.A4.getHeight() - MARGIN;

    Writer(PDPageContentStream out, PdfText words) {
      this.out = out;
      this.words = words;
    }

    void paragraph(PdfText.Weight weight, float size, String paragraph, float spaceBefore)
        throws IOException {
      y -= spaceBefore;
      for (String line : words.wrap(weight, size, paragraph, WIDTH)) {
        y -= size * 1.35f;
        words.line(out, weight, size, MARGIN, MARGIN + WIDTH, y, line);
      }
    }
  }
}
