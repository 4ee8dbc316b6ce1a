package org.reportingcentre.desktop.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * The one set of pictures in the app, and the one place to look them up: OpenMoji pictograms (CC
 * BY-SA 4.0), chosen by control id in {@code pictograms.properties}. Easy read shows one beside
 * every choice and heading; the standard pages show them beside what happened and where.
 */
public final class Pictograms {
  public static final String FOLDER = "/org/reportingcentre/desktop/pictograms/";

  /** Key in {@link javafx.scene.Node#getProperties()} marking a picture as decorative. */
  public static final String DECORATIVE = "access.decorative";

  /** The size pictures are shown at, in pixels (at least 64 for easy read). */
  public static final double SIZE = 64;

  /** One picture: its OpenMoji hexcode and what it shows. */
  public record Picture(String code, String name) {}

  private static final Map<String, String> GROUPS =
      Map.ofEntries(
          Map.entry("ageBand", "age"),
          Map.entry("gender", "identity"),
          Map.entry("transHistory", "identity"),
          Map.entry("ethnicity", "motivations-race"),
          Map.entry("religion", "motivations-religion"),
          Map.entry("sexualOrientation", "motivations-sexual-orientation"),
          Map.entry("disability", "motivations-disability"),
          Map.entry("when", "when"),
          Map.entry("stillHappening", "time"),
          Map.entry("injured", "hurt"),
          Map.entry("damageOrLoss", "damage"),
          Map.entry("stored", "key"));

  private static final Map<String, String> PAGES =
      Map.ofEntries(
          Map.entry("safety", "safety"),
          Map.entry("who", "people"),
          Map.entry("anonymous", "anonymous-yes"),
          Map.entry("what", "why"),
          Map.entry("description", "write"),
          Map.entry("why", "why"),
          Map.entry("when", "when"),
          Map.entry("where", "where"),
          Map.entry("harm", "hurt"),
          Map.entry("offenders", "people"),
          Map.entry("witnesses", "role-witness"),
          Map.entry("history", "history"),
          Map.entry("about", "identity"),
          Map.entry("sharing", "role-on-behalf"),
          Map.entry("contact", "contact-phone"),
          Map.entry("check", "check"),
          Map.entry("confirmation", "done"),
          Map.entry("setup", "setup"),
          Map.entry("recovery", "key"),
          Map.entry("signin", "lock"),
          Map.entry("home", "place-home"));

  private static final String[] CODE_GROUPS = {
    "types", "motivations", "place", "contact", "police", "role", "anonymous", "answer"
  };

  private final Map<String, Picture> byKey = new LinkedHashMap<>();
  private final Map<String, Image> images = new HashMap<>();

  public Pictograms() {
    Properties p = new Properties();
    try (InputStream in = Pictograms.class.getResourceAsStream(FOLDER + "pictograms.properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("The pictogram list is missing from the app", e);
    }
    for (String key : p.stringPropertyNames()) {
      String[] parts = p.getProperty(key).split("\\|", 2);
      byKey.put(key, new Picture(parts[0].strip(), parts[1].strip()));
    }
  }

  /** Every picture file the app can show (for the credits screen and the tests). */
  public Set<String> codes() {
    Set<String> codes = new TreeSet<>();
    byKey.values().forEach(pic -> codes.add(pic.code()));
    return codes;
  }

  public Optional<Picture> named(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * The picture for a choice, by the control's id ({@code <question>-<code>}): the id itself, then
   * the code in a known group, then the question's own picture, then yes/no/other pictures.
   */
  public Optional<Picture> forChoice(String id) {
    if (id == null) {
      return Optional.empty();
    }
    if (byKey.containsKey(id)) {
      return named(id);
    }
    int dash = id.indexOf('-');
    String question = dash < 0 ? id : id.substring(0, dash);
    String code = dash < 0 ? "" : id.substring(dash + 1);
    if (question.equals("locationType")) {
      question = "place";
    } else if (question.equals("method")) {
      question = "contact";
    }
    for (String group : new String[] {question, "answer"}) {
      if (byKey.containsKey(group + "-" + code)) {
        return named(group + "-" + code);
      }
    }
    if (code.equals("prefer-not-to-say")) {
      return named("private");
    }
    if (GROUPS.containsKey(question)) {
      return named(GROUPS.get(question));
    }
    for (String group : CODE_GROUPS) {
      if (byKey.containsKey(group + "-" + code)) {
        return named(group + "-" + code);
      }
    }
    return code.equals("other") || code.equals("self-described")
        ? named("other")
        : Optional.empty();
  }

  /** The picture for a page, by its key (a wizard step key or a start screen's name). */
  public Optional<Picture> forPage(String pageKey) {
    return Optional.ofNullable(PAGES.get(pageKey)).flatMap(this::named);
  }

  /**
   * The picture shown beside a choice on the standard pages, where one helps to tell the choices
   * apart at a glance: what happened and where. Easy read shows one beside every choice instead.
   */
  public Optional<Image> standardPicture(String controlId) {
    if (controlId == null
        || !(controlId.startsWith("types-") || controlId.startsWith("locationType-"))) {
      return Optional.empty();
    }
    return forChoice(controlId).map(this::image);
  }

  private Image image(Picture picture) {
    return images.computeIfAbsent(
        picture.code(),
        code -> new Image(Pictograms.class.getResource(FOLDER + code + ".png").toExternalForm()));
  }

  /** An image view of the picture; decorative ones are skipped by screen readers. */
  public ImageView view(Picture picture, boolean decorative) {
    ImageView view = new ImageView(image(picture));
    view.setFitWidth(SIZE);
    view.setFitHeight(SIZE);
    view.setPreserveRatio(true);
    view.setSmooth(true);
    view.getStyleClass().add("pictogram");
    if (decorative) {
      view.getProperties().put(DECORATIVE, true);
      view.setFocusTraversable(false);
    } else {
      view.setAccessibleText(picture.name());
    }
    return view;
  }
}
