package org.reportingcentre.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes text in any of the app's languages into one PDF: Latin with Polish letters, and Urdu,
 * which is written right to left in joined Arabic script.
 *
 * <p>The fonts are the app's own (see {@code desktop/fonts/README.md}), embedded as subsets, so the
 * file reads the same on any computer. PDFBox does not join Arabic letters, so a right-to-left run
 * is shaped by the JDK (HarfBuzz, through {@link Font#layoutGlyphVector}) and its glyphs are placed
 * one by one. The run is marked with {@code /ActualText}: copying the text, searching it or a
 * screen reader gets the Urdu words as written, not the shapes. The order of runs in a line that
 * mixes directions (a reference number inside Urdu) comes from {@link Bidi}.
 */
public final class PdfText {
  /** The two weights the documents use. */
  public enum Weight {
    REGULAR,
    BOLD
  }

  private static final String FONTS = "/org/reportingcentre/desktop/fonts/";
  private static final Map<Weight, String> LATIN =
      Map.of(Weight.REGULAR, "DejaVuSans.ttf", Weight.BOLD, "DejaVuSans-Bold.ttf");
  private static final Map<Weight, String> ARABIC =
      Map.of(Weight.REGULAR, "NotoSansArabic-Regular.ttf", Weight.BOLD, "NotoSansArabic-Bold.ttf");
  private static final FontRenderContext EXACT = new FontRenderContext(null, false, true);
  private static final String MIRRORED = "()[]{}<>\u00ab\u00bb\u2039\u203a";
  private static final Pattern BIDI_CONTROLS =
      Pattern.compile("[\u200E\u200F\u202A-\u202E\u2066-\u2069]");
  private static final Map<Weight, Font> SHAPERS = new EnumMap<>(Weight.class);

  private final PDDocument document;
  private final boolean rightToLeft;
  private final Map<Weight, PDType0Font> latin = new EnumMap<>(Weight.class);
  private final Map<Weight, PDType0Font> arabic = new EnumMap<>(Weight.class);

  /**
   * @param rightToLeft whether the document's language is written right to left: its paragraphs
   *     then start at the right margin and a line's runs are ordered from the right
   */
  public PdfText(PDDocument document, boolean rightToLeft) {
    this.document = document;
    this.rightToLeft = rightToLeft;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  /** The width of one line of text, in points. */
  public float width(Weight weight, float size, String text) {
    float width = 0;
    for (Run run : runs(weight, size, text)) {
      width += run.width;
    }
    return width;
  }

  /** The paragraph broken at spaces into lines no wider than {@code width}. */
  public List<String> wrap(Weight weight, float size, String paragraph, float width) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : paragraph.strip().split("\\s+")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && width(weight, size, candidate) > width) {
        lines.add(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /**
   * Writes one line from its start: at {@code left} in a left-to-right document, ending at {@code
   * right} in a right-to-left one.
   */
  public void line(
      PDPageContentStream out,
      Weight weight,
      float size,
      float left,
      float right,
      float baseline,
      String text)
      throws IOException {
    if (rightToLeft) {
      at(out, weight, size, right - width(weight, size, text), baseline, text);
    } else {
      at(out, weight, size, left, baseline, text);
    }
  }

  /**
   * Writes one line starting at {@code x} on the left, whatever its direction. The pieces are drawn
   * from the left, as a reader's PDF viewer expects; each shaped piece is a span whose actual text
   * is that piece as written.
   */
  public void at(
      PDPageContentStream out, Weight weight, float size, float x, float baseline, String text)
      throws IOException {
    float pen = x;
    for (Run run : runs(weight, size, text)) {
      if (run.glyphs == null) {
        out.beginText();
        out.setFont(run.font, size);
        out.newLineAtOffset(pen, baseline);
        out.showText(run.text);
        out.endText();
      } else {
        COSDictionary span = new COSDictionary();
        span.setItem(COSName.ACTUAL_TEXT, new COSString(run.text));
        out.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
        out.beginText();
        out.setFont(run.font, size);
        glyphs(out, run.glyphs, pen, baseline, run.font);
        out.endText();
        out.endMarkedContent();
      }
      pen += run.width;
    }
  }

  /** Places the shaped glyphs one by one where HarfBuzz put them, marks included. */
  @SuppressWarnings("deprecation") // PDFBox has no other way to show a glyph no character maps to
  private static void glyphs(
      PDPageContentStream out, GlyphVector glyphs, float x, float baseline, PDType0Font font)
      throws IOException {
    for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
      int glyph = glyphs.getGlyphCode(i);
      if (glyph == 0 || glyph >= 0xFFFE) {
        continue; // nothing to draw: a joiner
      }
      Point2D at = glyphs.getGlyphPosition(i);
      out.setTextMatrix(
          Matrix.getTranslateInstance(x + (float) at.getX(), baseline - (float) at.getY()));
      out.appendRawCommands(showGlyph(font.encodeGlyphId(glyph)));
    }
  }

  private static byte[] showGlyph(byte[] code) {
    StringBuilder hex = new StringBuilder("<");
    for (byte b : code) {
      hex.append(String.format("%02X", b & 0xFF));
    }
    return hex.append("> Tj\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A piece of a line in one font and one direction, in the order it is drawn from the left. */
  private record Run(String text, PDType0Font font, GlyphVector glyphs, float width) {}

  private List<Run> runs(Weight weight, float size, String text) {
    try {
      List<Run> runs = new ArrayList<>();
      if (text.isEmpty()) {
        return runs;
      }
      // In a right-to-left document a line with a right-to-left letter reads from the right even
      // when it starts with a Latin name; a line without one (a number, a sentence not yet
      // translated) keeps its own order, so "+19" does not become "19+".
      char[] chars = text.toCharArray();
      boolean fromTheRight = rightToLeft && Bidi.requiresBidi(chars, 0, chars.length);
      Bidi bidi =
          new Bidi(
              text, fromTheRight ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
      int count = bidi.getRunCount();
      Integer[] order = new Integer[count];
      byte[] levels = new byte[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
        levels[i] = (byte) bidi.getRunLevel(i);
      }
      Bidi.reorderVisually(levels, 0, order, 0, count);
      for (Integer i : order) {
        int start = bidi.getRunStart(i);
        int limit = bidi.getRunLimit(i);
        if ((bidi.getRunLevel(i) & 1) == 1) {
          rightToLeft(weight, size, text, start, limit, runs);
        } else {
          leftToRight(weight, size, text, start, limit, runs);
        }
      }
      return runs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A right-to-left run, shaped in the Arabic font, except the marks that font lacks (brackets,
   * some punctuation), which are drawn from the Latin font, mirrored.
   */
  private void rightToLeft(
      Weight weight, float size, String text, int start, int limit, List<Run> runs)
      throws IOException {
    PDType0Font script = arabic(weight);
    List<Run> pieces = new ArrayList<>();
    int i = start;
    while (i < limit) {
      boolean inScript = inArabic(script, text.codePointAt(i));
      int end = i;
      while (end < limit && inArabic(script, text.codePointAt(end)) == inScript) {
        end += Character.charCount(text.codePointAt(end));
      }
      if (inScript) {
        pieces.add(shape(weight, size, text, i, end, true));
      } else {
        StringBuilder mirrored = new StringBuilder();
        text.substring(i, end).codePoints().forEach(c -> mirrored.appendCodePoint(mirror(c)));
        List<Run> latinPieces = new ArrayList<>();
        leftToRight(weight, size, mirrored.reverse().toString(), 0, mirrored.length(), latinPieces);
        pieces.addAll(latinPieces);
      }
      i = end;
    }
    for (int p = pieces.size() - 1; p >= 0; p--) {
      runs.add(pieces.get(p));
    }
  }

  private static boolean inArabic(PDType0Font font, int c) {
    return covers(font, c) || Character.isWhitespace(c);
  }

  private static int mirror(int c) {
    int at = MIRRORED.indexOf(c);
    return at < 0 ? c : MIRRORED.charAt(at ^ 1);
  }

  /**
   * A left-to-right run in the Latin font, except characters only the Arabic font has (Urdu digits
   * in a left-to-right number). A character neither font has is written as "?", so an unusual name
   * never stops a receipt.
   */
  private void leftToRight(
      Weight weight, float size, String text, int start, int limit, List<Run> runs)
      throws IOException {
    PDType0Font latinFont = latin(weight);
    StringBuilder plain = new StringBuilder();
    int i = start;
    while (i < limit) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (Character.getType(c) == Character.FORMAT) {
        // An invisible mark (a direction isolate): it has done its work in the Bidi order.
      } else if (covers(latinFont, c) || Character.isWhitespace(c)) {
        plain.appendCodePoint(covers(latinFont, c) ? c : ' ');
      } else if (covers(arabic(weight), c)) {
        flush(plain, latinFont, size, runs);
        int end = next;
        while (end < limit
            && !covers(latinFont, text.codePointAt(end))
            && covers(arabic(weight), text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
        runs.add(shape(weight, size, text, i, end, false));
        next = end;
      } else {
        plain.append('?');
      }
      i = next;
    }
    flush(plain, latinFont, size, runs);
  }

  private static void flush(StringBuilder plain, PDType0Font font, float size, List<Run> runs)
      throws IOException {
    if (plain.length() > 0) {
      String text = plain.toString();
      runs.add(new Run(text, font, null, font.getStringWidth(text) / 1000 * size));
      plain.setLength(0);
    }
  }

  private Run shape(Weight weight, float size, String text, int start, int limit, boolean rtl)
      throws IOException {
    PDType0Font font = arabic(weight);
    GlyphVector glyphs =
        shaper(weight)
            .deriveFont(size)
            .layoutGlyphVector(
                EXACT,
                text.toCharArray(),
                start,
                limit,
                rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
    Set<Integer> used = new HashSet<>();
    for (int g : glyphs.getGlyphCodes(0, glyphs.getNumGlyphs(), null)) {
      if (g > 0 && g < 0xFFFE) {
        used.add(g);
      }
    }
    font.addGlyphsToSubset(used);
    float width = (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
    String written = BIDI_CONTROLS.matcher(text.substring(start, limit)).replaceAll("");
    return new Run(written, font, glyphs, width);
  }

  private static boolean covers(PDType0Font font, int c) {
    return font.getCmapLookup().getGlyphId(c) != 0;
  }

  private PDType0Font latin(Weight weight) throws IOException {
    PDType0Font font = latin.get(weight);
    if (font == null) {
      font = load(LATIN.get(weight));
      latin.put(weight, font);
    }
    return font;
  }

  /** Loaded only when a line needs it, so an English receipt carries no Arabic font. */
  private PDType0Font arabic(Weight weight) throws IOException {
    PDType0Font font = arabic.get(weight);
    if (font == null) {
      font = load(ARABIC.get(weight));
      arabic.put(weight, font);
    }
    return font;
  }

  private PDType0Font load(String file) throws IOException {
    try (InputStream in = open(file)) {
      return PDType0Font.load(document, in, true);
    }
  }

  private static synchronized Font shaper(Weight weight) throws IOException {
    Font font = SHAPERS.get(weight);
    if (font == null) {
      try (InputStream in = open(ARABIC.get(weight))) {
        font = Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (FontFormatException e) {
        throw new IOException("The bundled font " + ARABIC.get(weight) + " cannot be read", e);
      }
      SHAPERS.put(weight, font);
    }
    return font;
  }

  private static InputStream open(String file) throws IOException {
    InputStream in = PdfText.class.getResourceAsStream(FONTS + file);
    if (in == null) {
      throw new IOException("The app's font " + file + " is missing from its files");
    }
    return in;
  }
}
