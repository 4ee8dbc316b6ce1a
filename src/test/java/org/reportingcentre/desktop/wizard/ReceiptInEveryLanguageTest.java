package org.reportingcentre.desktop.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Reference;
import org.reportingcentre.testing.SlowTest;

/**
 * A person who reported in Polish or Urdu gets a receipt they can read: every word as the bundle
 * gives it, accents and Urdu letters included, in the words a copy from the PDF or a screen reader
 * gets, and the Urdu lines start at the right.
 */
@SlowTest
class ReceiptInEveryLanguageTest {
  private static final Reference REFERENCE = new Reference("TWL", 1234);
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  private static final String CENTRE = "Biblioteka Łąka";

  private static byte[] receipt(String language) {
    return new ReceiptPdf(Messages.forLocale(Locale.forLanguageTag(language)))
        .render(REFERENCE, DAY, CENTRE);
  }

  /** Everything the receipt should say, in order, and nothing else. */
  private static String expectedWords(String language) {
    Messages text = Messages.forLocale(Locale.forLanguageTag(language));
    List<String> words = new ArrayList<>();
    words.add(text.get("receipt.title"));
    words.add(text.get("receipt.centre", CENTRE));
    words.add(text.get("receipt.referenceLabel"));
    words.add(REFERENCE.toString());
    words.add(
        text.get(
            "receipt.date",
            DAY.format(
                DateTimeFormatter.ofPattern(
                    "d MMMM yyyy", language.equals("en") ? Locale.UK : text.locale()))));
    words.add(text.get("confirmation.next.heading"));
    words.add(text.get("confirmation.next.body"));
    words.add(text.get("receipt.support.heading"));
    for (String line : text.get("receipt.support.body").split("\\s*\\|\\s*")) {
      words.add(line);
    }
    words.add(text.get("receipt.keep"));
    return oneLine(String.join(" ", words));
  }

  private static String extracted(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
      return oneLine(new PDFTextStripper().getText(doc));
    }
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  @Test
  void aPolishReceiptSaysEveryWordWithItsAccents() throws Exception {
    String text = extracted(receipt("pl"));

    assertEquals(expectedWords("pl"), text);
    assertTrue(text.contains("Gdzie szukać wsparcia"), text);
    assertTrue(text.contains("Zarejestrowano w: Biblioteka Łąka"), text);
    assertTrue(text.contains("Data: 20 listopada 2026"), "the month in Polish: " + text);
  }

  @Test
  void anUrduReceiptCopiesAsTheUrduWordsInTheOrderTheyAreRead() throws Exception {
    String text = extracted(receipt("ur"));

    // Figures are compared by where they are drawn (the next test): a text extractor guesses
    // their order back from the page, and guesses a correctly drawn phone number backwards.
    assertEquals(withoutFigures(expectedWords("ur")), withoutFigures(text));
    assertTrue(text.contains("TWL-"), text);
    assertTrue(
        withoutFigures(text).contains("اسٹاپ ہیٹ یو کے (Stop Hate UK) کی گھنٹے کی لائن: ۔"),
        "Latin words and brackets inside an Urdu line keep their place: " + text);
  }

  @Test
  void phoneNumbersInUrduLinesAreDrawnInTheOrderTheyAreWritten() throws Exception {
    List<String> lines = drawnDigits(receipt("ur"));

    // Read from the left, as a number is read in Urdu text too: 0800 138 1625, not 1625 138 0800.
    assertTrue(
        lines.stream().anyMatch(line -> line.startsWith("08001381625")),
        "the Stop Hate UK number as written: " + lines);
    assertTrue(
        lines.stream().anyMatch(line -> line.equals("08081689111")),
        "the Victim Support number as written: " + lines);
  }

  private static String withoutFigures(String text) {
    return oneLine(text.replaceAll("[0-9\u200E]", ""));
  }

  /** Per line of the page, top to bottom, its digits in the order they are drawn from the left. */
  private static List<String> drawnDigits(byte[] pdf) throws Exception {
    java.util.TreeMap<Integer, java.util.TreeMap<Float, String>> rows = new java.util.TreeMap<>();
    PDFTextStripper positions =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(org.apache.pdfbox.text.TextPosition glyph) {
            String unicode = glyph.getUnicode();
            if (unicode != null && unicode.matches("[0-9]")) {
              rows.computeIfAbsent(Math.round(glyph.getYDirAdj()), y -> new java.util.TreeMap<>())
                  .put(glyph.getXDirAdj(), unicode);
            }
          }
        };
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      positions.getText(doc);
    }
    List<String> lines = new ArrayList<>();
    rows.values().forEach(row -> lines.add(String.join("", row.values())));
    return lines;
  }

  @Test
  void anEnglishReceiptSaysEveryWordAndCarriesNoArabicFont() throws Exception {
    byte[] pdf = receipt("en");

    assertEquals(expectedWords("en"), extracted(pdf));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      for (var name : doc.getPage(0).getResources().getFontNames()) {
        fonts.add(doc.getPage(0).getResources().getFont(name).getName());
      }
      assertTrue(fonts.stream().allMatch(f -> f.contains("DejaVuSans")), fonts.toString());
      assertTrue(
          fonts.stream().allMatch(f -> f.matches("[A-Z]{6}\\+.*")),
          "fonts are embedded as subsets: " + fonts);
    }
  }

  @Test
  void theUrduLinesStartAtTheRightMarginAndThePolishAtTheLeft() throws Exception {
    Ink urdu = titleInk(receipt("ur"));
    Ink polish = titleInk(receipt("pl"));

    float right = 595.28f - 56;
    assertTrue(Math.abs(urdu.right - right) < 3, "Urdu title ends at the right margin: " + urdu);
    assertTrue(urdu.left > 150, "and does not reach the left margin: " + urdu);
    assertTrue(Math.abs(polish.left - 56) < 3, "Polish starts at the left margin: " + polish);
  }

  private record Ink(int left, int right) {}

  /** Where the title's ink is, in points: the first band of dark pixels from the top. */
  private static Ink titleInk(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(doc).renderImage(0, 1f);
      int left = Integer.MAX_VALUE;
      int right = -1;
      boolean inBand = false;
      for (int y = 0; y < page.getHeight(); y++) {
        boolean inkOnRow = false;
        for (int x = 0; x < page.getWidth(); x++) {
          if ((page.getRGB(x, y) & 0xFF) < 128) {
            inkOnRow = true;
            left = Math.min(left, x);
            right = Math.max(right, x);
          }
        }
        if (inkOnRow) {
          inBand = true;
        } else if (inBand) {
          break;
        }
      }
      return new Ink(left, right);
    }
  }
}
