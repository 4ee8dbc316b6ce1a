package org.reportingcentre.desktop.wizard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Reference;

/**
 * Writes receipt-pl.png and receipt-ur.png: the top of a receipt in Polish and Urdu. Run by {@link
 * org.reportingcentre.desktop.WriteScreenshots}.
 */
public final class ReceiptScreenshots {
  private final Path out;

  public ReceiptScreenshots(Path out) {
    this.out = out;
  }

  public void write() throws IOException {
    for (String language : List.of("pl", "ur")) {
      byte[] receipt =
          new ReceiptPdf(Messages.forLocale(Locale.forLanguageTag(language)))
              .render(new Reference("TWL", 1234), LocalDate.of(2026, 11, 20), "Biblioteka Łąka");
      try (PDDocument doc = Loader.loadPDF(receipt)) {
        BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 96);
        ImageIO.write(
            page.getSubimage(0, 0, page.getWidth(), page.getHeight() * 3 / 5),
            "png",
            out.resolve("receipt-" + language + ".png").toFile());
      }
    }
  }
}
