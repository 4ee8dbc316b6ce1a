package org.reportingcentre.desktop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The easy-read bundle keeps the easy-read rules, and the rules catch bad sentences. */
class EasyReadLintTest {
  /** The bundle's entries in file order (Properties forgets order). */
  static Map<String, String> load(String resource) throws IOException {
    Map<String, String> ordered = new LinkedHashMap<>();
    try (InputStream in = EasyReadLintTest.class.getResourceAsStream(resource)) {
      new Properties() {
        @Override
        public synchronized Object put(Object key, Object value) {
          ordered.put((String) key, (String) value);
          return super.put(key, value);
        }
      }.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return ordered;
  }

  @Test
  void theEasyReadBundleKeepsEveryRule() throws IOException {
    Map<String, String> bundle = load("/org/reportingcentre/desktop/i18n/easyread.properties");
    assertTrue(bundle.size() > 150, "the easy-read wording covers the wizard");
    assertEquals(
        "", String.join("\n", EasyReadLint.check(bundle).stream().map(Object::toString).toList()));
  }

  @Test
  void everyEasyReadKeyIsAStandardKey() throws IOException {
    Map<String, String> easy = load("/org/reportingcentre/desktop/i18n/easyread.properties");
    Map<String, String> standard = load("/org/reportingcentre/desktop/i18n/messages.properties");
    List<String> unknown =
        easy.keySet().stream()
            .filter(k -> !k.startsWith("glossary.") && !standard.containsKey(k))
            .toList();
    assertEquals(List.of(), unknown, "easy read only rewords keys the screens ask for");
  }

  private static List<String> rules(String key, String value) {
    Map<String, String> bundle = new LinkedHashMap<>();
    bundle.put("glossary.police", "The police keep people safe and deal with crime.");
    bundle.put(key, value);
    return EasyReadLint.check(bundle).stream().map(EasyReadLint.Problem::rule).toList();
  }

  @Test
  void aLongSentenceIsCaught() {
    List<String> found =
        rules(
            "what.x",
            "When you have finished telling us all of the things that happened you can press the button.");
    assertTrue(found.get(0).startsWith("17 words"), found.toString());
  }

  @Test
  void twoSentencesOnOneLineAreCaught() {
    assertEquals(
        List.of("more than 1 sentence on a line"), rules("what.x", "Tell us. We will help."));
  }

  @Test
  void initialsAreCaughtButNineNineNineAndOkAreAllowed() {
    assertEquals(List.of("initials or an acronym: CPS"), rules("what.x", "Tell the CPS about it."));
    assertTrue(
        rules("what.x", "Please ring the A.S.B. team.").contains("initials or an acronym: A.S.B."));
    assertEquals(List.of(), rules("what.x", "Phone 999 if it is not OK."));
  }

  @Test
  void numbersInWordsAreCaught() {
    assertEquals(List.of("a number in words: ten"), rules("what.x", "It takes ten minutes."));
    assertEquals(List.of(), rules("what.x", "It takes 10 minutes."));
  }

  @Test
  void simplePassiveIsCaught() {
    assertEquals(List.of("passive voice: was taken"), rules("what.x", "My bag was taken."));
    assertEquals(List.of(), rules("what.x", "Someone took my bag."));
  }

  @Test
  void aHardWordMustBeExplainedInTheNextSentenceOnceAPage() {
    assertEquals(1, rules("sharing.x", "Can we tell the police?").size());
    assertEquals(
        List.of(),
        rules(
            "sharing.x",
            "Can we tell the police?\nThe police keep people safe and deal with crime."));
    Map<String, String> bundle = new LinkedHashMap<>();
    bundle.put("glossary.police", "The police keep people safe and deal with crime.");
    bundle.put("sharing.a", "Can we tell the police?");
    bundle.put("sharing.a.hint", "The police keep people safe and deal with crime.");
    bundle.put("sharing.b", "No, do not tell the police");
    bundle.put("history.a", "Did you tell the police?");
    List<EasyReadLint.Problem> problems = EasyReadLint.check(bundle);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("history.a", problems.get(0).key(), "a new page needs its own explanation");
  }
}
