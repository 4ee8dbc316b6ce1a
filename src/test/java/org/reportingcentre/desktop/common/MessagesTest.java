package org.reportingcentre.desktop.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.access.Languages;

/** A phone number inside an Urdu sentence must read as written, not group by group backwards. */
class MessagesTest {

  @Test
  void aPhoneNumberInAnUrduSentenceIsShownInTheOrderItIsWritten() {
    Messages urdu = Messages.forLocale(Languages.URDU);
    String line = urdu.get("support.line", "وکٹم سپورٹ", "0800 138 1625");

    List<String> shown = visualRuns(line);

    assertEquals(
        1,
        shown.stream().filter(run -> run.contains("0800 138 1625")).count(),
        "the number is one run, left to right, in " + shown);
  }

  @Test
  void theNationalNumbersInTheUrduReceiptWordsAreShownInTheOrderTheyAreWritten() {
    String body = Messages.forLocale(Languages.URDU).get("receipt.support.body");

    List<String> shown = visualRuns(body);

    for (String number : List.of("08 08 16 89 111", "0800 138 1625")) {
      assertEquals(
          1, shown.stream().filter(run -> run.contains(number)).count(), number + " in " + shown);
    }
  }

  @Test
  void aFolderPathInAnUrduSentenceKeepsItsFirstSlashInFront() {
    String line = Messages.forLocale(Languages.URDU).get("signin.folder", "/home/centre/data");

    List<String> shown = visualRuns(line);

    assertEquals(
        1,
        shown.stream().filter(run -> run.contains("/home/centre/data")).count(),
        "the path is one run, as written, in " + shown);
  }

  @Test
  void inALeftToRightLanguageTheNumberIsPassedOnUntouched() {
    String line =
        Messages.forLocale(Languages.POLISH).get("support.line", "Linia", "0800 138 1625");

    assertEquals(-1, line.indexOf(Messages.LEFT_TO_RIGHT_MARK));
  }

  /** The text's runs in the order they appear on screen, left to right, without invisible marks. */
  private static List<String> visualRuns(String text) {
    Bidi bidi = new Bidi(text, Bidi.DIRECTION_RIGHT_TO_LEFT);
    int count = bidi.getRunCount();
    byte[] levels = new byte[count];
    Object[] runs = new Object[count];
    for (int i = 0; i < count; i++) {
      levels[i] = (byte) bidi.getRunLevel(i);
      runs[i] = text.substring(bidi.getRunStart(i), bidi.getRunLimit(i)).replace("\u200E", "");
    }
    Bidi.reorderVisually(levels, 0, runs, 0, count);
    List<String> out = new ArrayList<>();
    for (Object run : runs) {
      out.add((String) run);
    }
    return out;
  }
}
