package org.reportingcentre.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.reportingcentre.pdf.PdfText.Weight;

class PdfTextTest {
  private static String written(boolean rightToLeft, String... lines) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PdfText text = new PdfText(doc, rightToLeft);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        float y = 700;
        for (String line : lines) {
          text.line(out, Weight.REGULAR, 12, 50, 550, y, line);
          y -= 20;
        }
      }
      doc.save(bytes);
    }
    try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
      return new PDFTextStripper().getText(doc).strip();
    }
  }

  @Test
  void arabicLettersAreJoinedNotWrittenOneByOne() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PdfText text = new PdfText(doc, true);
      float alone = text.width(Weight.REGULAR, 12, "ب");
      float joined = text.width(Weight.REGULAR, 12, "ببب");

      assertTrue(
          joined < 2.4 * alone,
          "the joined forms of beh are narrower than three separate ones: " + joined + " " + alone);
    }
  }

  @Test
  void aLetterNoFontHasIsWrittenAsAQuestionMarkAndTheRestStays() throws Exception {
    assertEquals("Centre 中 Łódź".replace("中", "?"), written(false, "Centre 中 Łódź"));
  }

  @Test
  void aMixedLineCopiesInTheOrderItWasWritten() throws Exception {
    String line = "حوالہ نمبر TWL-223NPE اور 0800 138 1625";

    assertEquals(line, written(true, line));
  }

  @Test
  void aParagraphWrapsWithinTheWidthAtSpaces() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PdfText text = new PdfText(doc, false);
      List<String> lines =
          text.wrap(Weight.REGULAR, 12, "Zgłoszenie incydentu z nienawiści: potwierdzenie", 200);

      assertEquals(List.of("Zgłoszenie incydentu z", "nienawiści: potwierdzenie"), lines);
      for (String line : lines) {
        assertTrue(text.width(Weight.REGULAR, 12, line) <= 200, line);
      }
    }
  }
}
