package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every picture the app names is shipped, big enough, and nothing unused is shipped. The pictures
 * beside the choices are JavaFX images, so the toolkit is started for them.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class PictogramsTest {
  private final Pictograms pictograms = new Pictograms();

  @Test
  void everyPictureNamedIsShippedAtLeast64PixelsWide() throws IOException {
    for (String code : pictograms.codes()) {
      try (InputStream in =
          Pictograms.class.getResourceAsStream(Pictograms.FOLDER + code + ".png")) {
        assertNotNull(in, code + ".png");
        var image = ImageIO.read(in);
        assertTrue(image.getWidth() >= 64 && image.getHeight() >= 64, code);
      }
    }
  }

  @Test
  void onlyThePicturesUsedAreShipped() throws IOException {
    Path folder = Path.of("src/main/resources/org/reportingcentre/desktop/pictograms");
    Set<String> shipped = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".png"))
          .forEach(n -> shipped.add(n.substring(0, n.length() - 4)));
    }
    assertEquals(pictograms.codes(), shipped);
  }

  @Test
  void choicesFindTheirPicturesByIdAndFallBackByQuestion() {
    assertEquals("1F525", pictograms.forChoice("types-arson").orElseThrow().code());
    assertEquals(
        "1F68C", pictograms.forChoice("locationType-public-transport").orElseThrow().code());
    assertEquals("2705", pictograms.forChoice("injured-yes").orElseThrow().code());
    assertEquals("1F910", pictograms.forChoice("religion-prefer-not-to-say").orElseThrow().code());
    assertEquals("1F382", pictograms.forChoice("ageBand-25-34").orElseThrow().code());
    assertEquals("1F4DE", pictograms.forChoice("method-phone").orElseThrow().code());
  }

  @Test
  void theStandardPagesShowAPictureBesideEveryTypeAndPlaceAndNowhereElse() {
    for (var type : org.reportingcentre.report.IncidentType.values()) {
      assertTrue(pictograms.standardPicture("types-" + type.code()).isPresent(), type.code());
    }
    for (var place : org.reportingcentre.report.LocationType.values()) {
      assertTrue(
          pictograms.standardPicture("locationType-" + place.code()).isPresent(), place.code());
    }
    assertTrue(pictograms.standardPicture("injured-yes").isEmpty(), "not on yes/no answers");
    assertTrue(pictograms.standardPicture(null).isEmpty());
  }
}
