package org.reportingcentre.desktop.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.protocol.SupportNeed;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.MotivationStrand;

/**
 * The directory browser's state: the search words and filters, and the services that match them. No
 * controls; tested without a stage.
 */
public final class DirectoryViewModel {
  public final StringProperty search = new SimpleStringProperty("");
  public final ObjectProperty<Optional<MotivationStrand>> strand =
      new SimpleObjectProperty<>(Optional.empty());
  public final ObjectProperty<Optional<SupportNeed>> need =
      new SimpleObjectProperty<>(Optional.empty());

  /** A BCP 47 language tag, or empty for any language. */
  public final ObjectProperty<Optional<String>> language =
      new SimpleObjectProperty<>(Optional.empty());

  public final ObservableList<SupportService> shown = FXCollections.observableArrayList();
  public final StringProperty source = new SimpleStringProperty("");
  public final StringProperty count = new SimpleStringProperty("");
  public final ObservableList<String> languages = FXCollections.observableArrayList();

  private final Messages text;
  private List<SupportService> all = List.of();

  public DirectoryViewModel(Messages text) {
    this.text = text;
    search.addListener((o, a, b) -> apply());
    strand.addListener((o, a, b) -> apply());
    need.addListener((o, a, b) -> apply());
    language.addListener((o, a, b) -> apply());
    source.set(text.get("directory.loading"));
  }

  /** Loads the directory in the background, then shows it. */
  public void load(Threads threads, Threads.Task<DirectorySource.Loaded> loader) {
    threads.run(loader, this::show, failed -> source.set(text.get("directory.failed")));
  }

  /** Shows a loaded directory. */
  public void show(DirectorySource.Loaded loaded) {
    all = loaded.services();
    source.set(
        loaded
            .spocVersion()
            .map(v -> text.get("directory.source.spoc", v))
            .orElse(text.get("directory.source.sample")));
    languages.setAll(
        all.stream()
            .flatMap(s -> s.languages().stream())
            .distinct()
            .sorted(Comparator.comparing(this::languageName))
            .toList());
    apply();
  }

  /** Clears the search words and every filter. */
  public void clear() {
    search.set("");
    strand.set(Optional.empty());
    need.set(Optional.empty());
    language.set(Optional.empty());
  }

  /** A language's name in the screen's language (British Sign Language has its own words). */
  public String languageName(String tag) {
    String key = "directory.language." + tag;
    if (text.has(key)) {
      return text.get(key);
    }
    String name = Locale.forLanguageTag(tag).getDisplayLanguage(text.locale());
    return name.isBlank() ? tag : name;
  }

  /** The words the screen shows for what a service does: easy read in easy-read mode, if it has. */
  public String description(SupportService service) {
    return description(text, service);
  }

  static String description(Messages text, SupportService service) {
    return easyRead(text) ? service.easyRead().orElse(service.helpsWith()) : service.helpsWith();
  }

  /** The easy-read wording marks itself by the version of its consent wording. */
  static boolean easyRead(Messages text) {
    return text.has("consent.wordingVersion")
        && text.get("consent.wordingVersion").startsWith("easyread");
  }

  /** What a screen reader says for one entry: everything the entry shows, in one go. */
  public String spoken(SupportService service) {
    List<String> parts = new ArrayList<>();
    parts.add(service.name());
    if (service.nationalPublicNumber()) {
      parts.add(text.get("directory.national"));
    }
    parts.add(description(service));
    service.phone().ifPresent(p -> parts.add(text.get("directory.phone", p)));
    service.hours().ifPresent(h -> parts.add(text.get("directory.hours", h)));
    service.website().ifPresent(w -> parts.add(text.get("directory.website", w)));
    if (!service.languages().isEmpty()) {
      parts.add(text.get("directory.languages", languageNames(service)));
    }
    if (service.easyReadAvailable()) {
      parts.add(text.get("directory.easyReadAvailable"));
    }
    return String.join(". ", parts.stream().map(DirectoryViewModel::withoutStop).toList()) + ".";
  }

  public String languageNames(SupportService service) {
    return String.join(", ", service.languages().stream().map(this::languageName).toList());
  }

  private static String withoutStop(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private void apply() {
    List<SupportService> matching =
        all.stream()
            .filter(
                s ->
                    matches(
                        s, search.get(), strand.get(), need.get(), language.get(), description(s)))
            .toList();
    shown.setAll(matching);
    count.set(
        matching.isEmpty()
            ? text.get("directory.count.none")
            : text.get("directory.count", matching.size(), all.size()));
  }

  /**
   * True when a service matches: every search word appears in its name or what it does, it works
   * with the strand (a service that lists no strands is for everyone), lists the need, and works in
   * the language.
   */
  static boolean matches(
      SupportService service,
      String words,
      Optional<MotivationStrand> strand,
      Optional<SupportNeed> need,
      Optional<String> language,
      String shownDescription) {
    String haystack =
        String.join(
                " ",
                service.name(),
                service.helpsWith(),
                shownDescription,
                service.hours().orElse(""))
            .toLowerCase(Locale.ROOT);
    boolean wordsMatch =
        Arrays.stream(words == null ? new String[0] : words.toLowerCase(Locale.ROOT).split("\\s+"))
            .filter(w -> !w.isBlank())
            .allMatch(haystack::contains);
    return wordsMatch
        && strand
            .map(s -> service.strands().isEmpty() || service.strands().contains(s))
            .orElse(true)
        && need.map(n -> service.needs().contains(n)).orElse(true)
        && language.map(l -> service.languages().contains(l)).orElse(true);
  }
}
