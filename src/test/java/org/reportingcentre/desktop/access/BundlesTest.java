package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javafx.geometry.NodeOrientation;
import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.common.Messages;

/** Every language has every key, placeholders survive translation, and the words switch. */
class BundlesTest {
  private static final String FOLDER = "/org/reportingcentre/desktop/i18n/";

  @Test
  void everyOfferedLanguageHasExactlyTheKeysOfTheEnglishBundle() throws IOException {
    Map<String, String> english = EasyReadLintTest.load(FOLDER + "messages.properties");
    for (Locale locale : Languages.OFFERED) {
      if (locale.getLanguage().equals("en")) {
        continue;
      }
      Map<String, String> other =
          EasyReadLintTest.load(FOLDER + "messages_" + locale.getLanguage() + ".properties");
      var missing = new TreeSet<>(english.keySet());
      missing.removeAll(other.keySet());
      var extra = new TreeSet<>(other.keySet());
      extra.removeAll(english.keySet());
      assertEquals(List.of(), new ArrayList<>(missing), locale + " is missing keys");
      assertEquals(List.of(), new ArrayList<>(extra), locale + " has keys English does not");
      for (String key : english.keySet()) {
        for (String placeholder : List.of("{0}", "{1}", "{2}")) {
          assertEquals(
              english.get(key).contains(placeholder),
              other.get(key).contains(placeholder),
              locale + " " + key + " " + placeholder);
        }
      }
    }
  }

  @Test
  void theWordsFollowTheLanguageAndTheMode() {
    assertEquals("Continue", Wording.messages(Languages.ENGLISH, false).get("common.continue"));
    assertEquals("Next", Wording.messages(Languages.ENGLISH, true).get("common.continue"));
    assertEquals("Dalej", Wording.messages(Languages.POLISH, false).get("common.continue"));
    // No Polish easy read yet: Polish easy-read mode keeps Polish words, never English easy read.
    assertEquals("Dalej", Wording.messages(Languages.POLISH, true).get("common.continue"));
    Messages easy = Wording.messages(Languages.ENGLISH, true);
    assertTrue(
        easy.has("setup.heading"), "keys easy read does not reword come from the standard bundle");
    assertEquals("easyread-en-1", easy.get("consent.wordingVersion"));
  }

  @Test
  void rightToLeftLanguagesFlipTheWindow() {
    assertEquals(NodeOrientation.RIGHT_TO_LEFT, Languages.orientation(Languages.URDU));
    assertEquals(NodeOrientation.LEFT_TO_RIGHT, Languages.orientation(Languages.POLISH));
    assertFalse(Languages.rightToLeft(Languages.ENGLISH));
  }
}
