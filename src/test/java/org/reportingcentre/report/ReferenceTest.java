package org.reportingcentre.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceTest {
  private static final long MAX_SEQUENCE = 27L * 27 * 27 * 27 * 27 - 1;

  /** The first few hundred, the largest, and a fixed random spread in between. */
  private static List<Long> sampleSequences() {
    List<Long> sequences = new ArrayList<>();
    LongStream.rangeClosed(1, 400).forEach(sequences::add);
    LongStream.rangeClosed(MAX_SEQUENCE - 50, MAX_SEQUENCE).forEach(sequences::add);
    Random random = new Random(20260301L);
    for (int i = 0; i < 2_000; i++) {
      sequences.add(1 + (long) (random.nextDouble() * MAX_SEQUENCE));
    }
    return sequences;
  }

  @Test
  void everyReferenceReadsBackAsTheSameReference() {
    for (long sequence : sampleSequences()) {
      Reference reference = new Reference("TWL", sequence);
      assertEquals(reference, Reference.parse(reference.toString()), reference.toString());
    }
  }

  @Test
  void referenceIsTheCentreCodeADashAndSixCharactersFromTheAlphabet() {
    String text = new Reference("TWL", 123).toString();
    assertTrue(text.matches("TWL-[" + Reference.ALPHABET + "]{6}"), text);
  }

  @Test
  void theExampleInTheMessagesIsARealReference() {
    assertEquals(new Reference("TWL", 43), Reference.parse("TWL-2223KC"));
  }

  @Test
  void differentSequencesGiveDifferentReferences() {
    Set<String> seen = new HashSet<>();
    for (long sequence : sampleSequences()) {
      seen.add(new Reference("TWL", sequence).toString());
    }
    assertEquals(new HashSet<>(sampleSequences()).size(), seen.size());
  }

  @Test
  void referencesCountUpSoTheyStayInOrderWhenSorted() {
    String previous = "";
    for (long sequence = 1; sequence <= 2_000; sequence++) {
      String body = new Reference("TWL", sequence).toString().substring(4, 9);
      assertTrue(body.compareTo(previous) > 0, body + " after " + previous);
      previous = body;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"twl-2223kc", " TWL-2223KC ", "TWL - 222 3KC", "Twl-2223kC"})
  void lowerCaseAndSpacesAreAcceptedAsTheyWouldBeTyped(String typed) {
    assertEquals(Reference.parse("TWL-2223KC"), Reference.parse(typed));
  }

  @Test
  void lookAlikeCharactersNeverAppearInAReference() {
    for (String lookAlike : List.of("0", "O", "1", "I", "L")) {
      assertFalse(Reference.ALPHABET.contains(lookAlike), lookAlike + " is in the alphabet");
    }
    for (long sequence : sampleSequences()) {
      String body = new Reference("TWL", sequence).toString().substring(4);
      assertFalse(body.matches(".*[0O1IL].*"), body);
    }
  }

  @Test
  void theAlphabetHasNoRepeatedCharacters() {
    assertEquals(
        Reference.ALPHABET.length(), Reference.ALPHABET.chars().distinct().count(), "repeats");
  }

  @Test
  void everySingleWrongCharacterIsCaught() {
    List<Long> sample = sampleSequences();
    for (int i = 0; i < sample.size(); i += 4) {
      long sequence = sample.get(i);
      String body = new Reference("TWL", sequence).toString().substring(4);
      for (int position = 0; position < body.length(); position++) {
        for (char wrong : Reference.ALPHABET.toCharArray()) {
          if (wrong == body.charAt(position)) {
            continue;
          }
          String typo = "TWL-" + body.substring(0, position) + wrong + body.substring(position + 1);
          assertRefused(typo, "one character changed");
        }
      }
    }
  }

  @Test
  void everySwapOfNeighbouringCharactersIsCaught() {
    for (long sequence : sampleSequences()) {
      char[] body = new Reference("TWL", sequence).toString().substring(4).toCharArray();
      for (int position = 0; position + 1 < body.length; position++) {
        if (body[position] == body[position + 1]) {
          continue;
        }
        char[] swapped = body.clone();
        swapped[position] = body[position + 1];
        swapped[position + 1] = body[position];
        assertRefused("TWL-" + new String(swapped), "neighbours swapped");
      }
    }
  }

  @Test
  void aMistypedReferenceIsRefusedWithAPlainMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Reference.parse("TWL-2223KD"));
    assertEquals(
        "That reference is not right: one character may be wrong. Check it again.", e.getMessage());
  }

  @Test
  void aLookAlikeCharacterIsRefusedNamingTheCharacter() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Reference.parse("TWL-22O3KC"));
    assertTrue(e.getMessage().contains("'O'"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "TWL", "TWL-", "TWL2223KC", "TWL-2223K", "TWL-2223KC7"})
  void somethingThatIsNotShapedLikeAReferenceIsRefusedWithAnExample(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Reference.parse(text));
    assertTrue(e.getMessage().contains("TWL-2223KC"), e.getMessage());
  }

  @Test
  void nothingAtAllIsRefusedLikeAnEmptyReference() {
    assertThrows(IllegalArgumentException.class, () -> Reference.parse(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "T", "TOOLONGX", "tw1", "TW L", "T-W", "twl"})
  void badCentreCodesAreRefusedWithAMessage(String code) {
    assertFalse(Reference.isValidCentreCode(code));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Reference(code, 1));
    assertEquals("A centre code is 2 to 6 capital letters, like TWL.", e.getMessage());
  }

  @Test
  void aReferenceFromAnotherCentreWithABadCodeIsRefusedWhenRead() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Reference.parse("T7-" + new Reference("TWL", 5).toString().substring(4)));
    assertTrue(e.getMessage().contains("centre code"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"TW", "TWL", "ABCDEF"})
  void centreCodesOfTwoToSixCapitalsAreAccepted(String code) {
    assertTrue(Reference.isValidCentreCode(code));
    assertEquals(code, Reference.parse(new Reference(code, 42).toString()).centreCode());
  }

  @Test
  void aSequenceOutsideTheRangeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Reference("TWL", 0));
    assertThrows(IllegalArgumentException.class, () -> new Reference("TWL", -1));
    assertThrows(IllegalArgumentException.class, () -> new Reference("TWL", MAX_SEQUENCE + 1));
  }

  @Test
  void aNullCentreCodeIsRefused() {
    assertThrows(NullPointerException.class, () -> new Reference(null, 1));
  }

  private static void assertRefused(String text, String why) {
    try {
      Reference.parse(text);
    } catch (IllegalArgumentException expected) {
      return;
    }
    fail(text + " was accepted with " + why);
  }
}
