package org.reportingcentre.desktop.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of easy-read English, checked over a bundle's entries in file order: at most 15 words a
 * sentence, one sentence a line, no initials or acronyms (999 and OK allowed), numbers as digits,
 * no simple passive ("is/was/were … -ed"), and a hard word explained in the next sentence, from the
 * glossary, the first time it appears on a page.
 */
final class EasyReadLint {
  static final int MAX_WORDS = 15;
  private static final Set<String> ALLOWED_CAPITALS = Set.of("OK", "999");
  private static final Pattern ACRONYM =
      Pattern.compile("\\b[A-Z]{2,}s?\\b|\\b(?:[A-Za-z]\\.){2,}");
  private static final Pattern NUMBER_WORD =
      Pattern.compile(
          "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
              + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
              + "|seventy|eighty|ninety|hundred|thousand|million|first|second|third)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PASSIVE =
      Pattern.compile(
          "\\b(am|is|are|was|were|be|been|being)\\s+(\\w+ed|taken|given|seen|done|made|told|sent"
              + "|kept|known|shown|written|stolen|broken|born|hurt|caught|found)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TWO_SENTENCES = Pattern.compile("[.!?]\\s+\\S");
  private static final Map<String, String> ENUM_PAGES =
      Map.of(
          "ReporterRole", "who",
          "IncidentType", "what",
          "MotivationStrand", "why",
          "LocationType", "where",
          "PoliceSharing", "sharing",
          "ContactMethod", "contact");

  /** One broken rule: the key, the sentence and what is wrong. */
  record Problem(String key, String sentence, String rule) {
    @Override
    public String toString() {
      return key + ": " + rule + ": \"" + sentence + "\"";
    }
  }

  /** Hard word (a regular expression) to the glossary entry that explains it. */
  static Map<String, String> glossaryWords(Map<String, String> bundle) {
    Map<String, String> words = new LinkedHashMap<>();
    for (var e : bundle.entrySet()) {
      if (e.getKey().startsWith("glossary.")) {
        String word = e.getKey().substring("glossary.".length()).replace('-', ' ');
        words.put("\\b" + word + "(s|es|ing|ed)?\\b", e.getValue());
      }
    }
    return words;
  }

  /** Checks every entry (in file order) of an easy-read bundle. */
  static List<Problem> check(Map<String, String> bundle) {
    Map<String, String> glossary = glossaryWords(bundle);
    List<Problem> problems = new ArrayList<>();
    Map<String, Set<String>> explainedOnPage = new LinkedHashMap<>();
    List<Map.Entry<String, String>> entries = new ArrayList<>(bundle.entrySet());
    for (int i = 0; i < entries.size(); i++) {
      String key = entries.get(i).getKey();
      if (key.startsWith("glossary.") || key.equals("consent.wordingVersion")) {
        continue;
      }
      String[] lines = entries.get(i).getValue().split("\n");
      Set<String> explained = explainedOnPage.computeIfAbsent(page(key), p -> new HashSet<>());
      for (int l = 0; l < lines.length; l++) {
        String line = lines[l].strip();
        checkSentence(key, line, problems);
        for (var hard : glossary.entrySet()) {
          Matcher m = Pattern.compile(hard.getKey(), Pattern.CASE_INSENSITIVE).matcher(line);
          if (!m.find() || explained.contains(hard.getKey()) || line.equals(hard.getValue())) {
            continue;
          }
          String next = l + 1 < lines.length ? lines[l + 1].strip() : firstLineOfNext(entries, i);
          if (!hard.getValue().equals(next)) {
            problems.add(
                new Problem(
                    key,
                    line,
                    "\"" + m.group() + "\" is not explained next: \"" + hard.getValue() + "\""));
          }
          explained.add(hard.getKey());
        }
      }
    }
    return problems;
  }

  private static String firstLineOfNext(List<Map.Entry<String, String>> entries, int i) {
    return i + 1 < entries.size() ? entries.get(i + 1).getValue().split("\n")[0].strip() : "";
  }

  /** The page a key's words appear on: its first part, or the page of a code list. */
  static String page(String key) {
    String[] parts = key.split("\\.");
    if (parts[0].equals("enum") && parts.length > 1) {
      return ENUM_PAGES.getOrDefault(parts[1], parts[1]);
    }
    return parts[0];
  }

  static void checkSentence(String key, String sentence, List<Problem> problems) {
    if (sentence.isEmpty()) {
      return;
    }
    int words = sentence.split("\\s+").length;
    if (words > MAX_WORDS) {
      problems.add(new Problem(key, sentence, words + " words (at most " + MAX_WORDS + ")"));
    }
    if (TWO_SENTENCES.matcher(sentence).find()) {
      problems.add(new Problem(key, sentence, "more than 1 sentence on a line"));
    }
    Matcher acronym = ACRONYM.matcher(sentence);
    while (acronym.find()) {
      if (!ALLOWED_CAPITALS.contains(acronym.group())) {
        problems.add(new Problem(key, sentence, "initials or an acronym: " + acronym.group()));
      }
    }
    Matcher number = NUMBER_WORD.matcher(sentence);
    if (number.find()) {
      problems.add(new Problem(key, sentence, "a number in words: " + number.group()));
    }
    Matcher passive = PASSIVE.matcher(sentence);
    if (passive.find()) {
      problems.add(new Problem(key, sentence, "passive voice: " + passive.group()));
    }
    if (sentence.toLowerCase(Locale.ROOT).contains("e.g") || sentence.contains(" etc")) {
      problems.add(new Problem(key, sentence, "an abbreviation"));
    }
  }
}
