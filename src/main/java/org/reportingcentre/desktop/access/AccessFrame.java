package org.reportingcentre.desktop.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.reportingcentre.desktop.common.Messages;

/**
 * What every page has around it: the display bar at the top (Standard, Easy read, Large text, the
 * language, and in easy read "Read this page to me"), the page, and the footer with the image
 * credits. Switching mode or language only changes the settings; whoever owns the page rebuilds it
 * in the new words, and the page keeps its answers because they live in the view models.
 */
public final class AccessFrame {
  private final AccessSettings settings;
  private final ReadAloud readAloud;
  private final EasyReadPage easyRead;
  private final Pictograms pictograms;
  private final BorderPane root = new BorderPane();
  private final StackPane content = new StackPane();
  private final FlowPane bar = new FlowPane();
  private final HBox footer = new HBox();
  private final Label readStatus = new Label();
  private Node page;
  private Node shownPage;
  private boolean showingCredits;

  public AccessFrame(AccessSettings settings, ReadAloud readAloud, Pictograms pictograms) {
    this.settings = settings;
    this.readAloud = readAloud;
    this.pictograms = pictograms;
    this.easyRead = new EasyReadPage(pictograms, readAloud);
    loadFonts();
    root.setId("access-frame");
    root.getStyleClass().add("access-frame");
    bar.setId("display-bar");
    bar.getStyleClass().add("display-bar");
    footer.setId("footer");
    footer.getStyleClass().add("footer");
    content.getStyleClass().add("frame-content");
    // Top first, so the keyboard meets the display bar before the page.
    root.setTop(bar);
    root.setCenter(content);
    root.setBottom(footer);
    readStatus.setId("read-status");
    readStatus.getStyleClass().add("read-status");
    readStatus.setWrapText(true);
    settings.onChange(
        () -> {
          readAloud.stop();
          readStatus.setText("");
          // The bar is rebuilt in the new words: keep the keyboard on the control just used.
          Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
          String focusedId = focused != null && isInBar(focused) ? focused.getId() : null;
          build();
          if (focusedId != null) {
            Node again = bar.lookup("#" + focusedId);
            if (again != null) {
              again.requestFocus();
            }
          }
        });
    root.sceneProperty().addListener((o, old, scene) -> watch(scene));
    build();
  }

  /**
   * Urdu needs a font with every Urdu letter; the app brings its own (see fonts/README.md). It must
   * be loaded before the first words are drawn: loaded later (when Urdu was first chosen, as a
   * start-up saving once tried), the screen named the font but drew several Urdu letters as empty
   * boxes. Loading it takes about 10 ms, so the app starts this on a second thread at the very
   * start ({@code ReportingCentreApp}), and the first frame only waits here if it is not done yet.
   * Safe to call from any thread, and more than once: the files are read once, when the holder
   * class below is first used, and a second caller waits for the first.
   *
   * @return whether both font files were read
   */
  public static boolean loadFonts() {
    // False if a file is missing: Urdu letters may then show as boxes; other languages are fine.
    return UrduFont.LOADED;
  }

  /** The JVM's class initialisation does the once-only and the waiting. */
  private static final class UrduFont {
    static final boolean LOADED = read();

    private static boolean read() {
      boolean all = true;
      for (String file : List.of("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")) {
        try (var in =
            AccessFrame.class.getResourceAsStream("/org/reportingcentre/desktop/fonts/" + file)) {
          all &= in != null && javafx.scene.text.Font.loadFont(in, 12) != null;
        } catch (java.io.IOException e) {
          all = false;
        }
      }
      return all;
    }
  }

  public Parent root() {
    return root;
  }

  /** Shows a page (any screen) inside the frame. */
  public void setContent(Node page) {
    this.page = page;
    showingCredits = false;
    content.getChildren().setAll(page);
  }

  /** Stops reading aloud: on reset and quick exit. */
  public void stopSpeaking() {
    readAloud.stop();
  }

  private Messages text() {
    return settings.messages();
  }

  private void build() {
    Messages text = text();
    DisplayMode mode = settings.mode.get();
    settings.applyTo(root);

    // Not a toggle group: in a group Tab skips the unselected button, and each must be reachable.
    ToggleButton standard =
        toggle("standard-mode", text.get("access.mode.standard"), !mode.easyRead());
    ToggleButton easy = toggle("easy-read-mode", text.get("access.mode.easyRead"), mode.easyRead());
    standard.setOnAction(e -> settings.mode.set(settings.mode.get().withEasyRead(false)));
    easy.setOnAction(e -> settings.mode.set(settings.mode.get().withEasyRead(true)));
    ToggleButton large =
        toggle("large-text-mode", text.get("access.mode.largeText"), mode.largeText());
    large.setOnAction(
        e -> settings.mode.set(settings.mode.get().withLargeText(large.isSelected())));

    Label languageLabel = new Label(text.get("access.language"));
    languageLabel.getStyleClass().add("bar-label");
    // A choice box, not a combo box: its list is a menu made only when it is opened, where a combo
    // box builds a hidden list view with its own skin and cells for every page, which was about a
    // tenth of the first screen's start-up (docs/performance.md, "Fast start, third pass").
    ChoiceBox<Locale> language =
        new ChoiceBox<>(FXCollections.observableArrayList(Languages.OFFERED));
    language.setId("language");
    language.getStyleClass().add("language");
    language.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Locale l) {
            return l == null ? "" : Languages.nativeName(l);
          }

          @Override
          public Locale fromString(String s) {
            return null;
          }
        });
    language.setValue(settings.locale.get());
    // Its arrow is a shape, which JavaFX would keep as a picture in a shared texture of
    // backgrounds, allocated and drawn into while the first screen is drawn (docs/performance.md,
    // "Fast start, fifth pass"). Drawn directly, it costs almost nothing. JavaFX has no CSS
    // property for this setting.
    language
        .skinProperty()
        .addListener(
            (o, old, skin) -> {
              if (language.lookup(".arrow") instanceof javafx.scene.layout.Region arrow) {
                arrow.setCacheShape(false);
              }
            });
    languageLabel.setLabelFor(language);
    language.setAccessibleText(
        text.get("access.language") + ": " + Languages.nativeName(settings.locale.get()));
    language.setOnAction(
        e -> {
          if (language.getValue() != null && !language.getValue().equals(settings.locale.get())) {
            settings.locale.set(language.getValue());
          }
        });
    HBox languageGroup = new HBox(languageLabel, language);
    languageGroup.getStyleClass().add("bar-group");

    List<Node> parts = new ArrayList<>(List.of(standard, easy, large, languageGroup));
    if (mode.easyRead()) {
      Button read = new Button(text.get("access.readPage"));
      read.setId("read-page");
      read.getStyleClass().add("secondary");
      pictograms.named("speak").ifPresent(p -> read.setGraphic(pictograms.view(p, true)));
      read.setOnAction(e -> readPage());
      parts.add(read);
      parts.add(readStatus);
    }
    bar.getChildren().setAll(parts);

    Hyperlink credits = new Hyperlink(text.get("access.credits"));
    credits.setId("credits");
    credits.setOnAction(e -> showCredits());
    footer.getChildren().setAll(credits);
    if (showingCredits) {
      showCredits();
    }
  }

  private static ToggleButton toggle(String id, String label, boolean on) {
    ToggleButton button = new ToggleButton(label);
    button.setId(id);
    button.getStyleClass().add("mode-toggle");
    button.setSelected(on);
    return button;
  }

  /** Reads the page's words, top to bottom, or says why it cannot. */
  void readPage() {
    if (!readAloud.available()) {
      readStatus.setText(text().get("access.noSpeech"));
      return;
    }
    readStatus.setText("");
    readAloud.speak(EasyReadPage.words(content), settings.locale.get());
  }

  private void showCredits() {
    showingCredits = true;
    CreditsView credits = new CreditsView(text(), pictograms, () -> setContent(page));
    content.getChildren().setAll(credits.root());
    credits.focusBack();
  }

  /**
   * Easy read needs pictures and read buttons beside the choices of whatever page is showing. The
   * pages are made by their own views, so the frame adds them just before each layout; a new page
   * also stops any reading of the old one.
   */
  private void watch(Scene scene) {
    if (scene != null) {
      scene.addPreLayoutPulseListener(this::beforeLayout);
      // A new window starts on the page's first field, not on the display bar above it. The field
      // takes focus just after the window's first frame: a text field's first focus opens the
      // input method (on Linux about 10 ms, reading the compose tables), which would otherwise
      // hold back the first frame. Until then the page area holds focus, so nothing in the bar is
      // focused, or read out by a screen reader, first.
      content.requestFocus();
      org.reportingcentre.desktop.common.AfterLayout.once(
          scene, () -> javafx.application.Platform.runLater(() -> focusFirstField(scene)));
    }
  }

  private void focusFirstField(Scene scene) {
    Node owner = scene.getFocusOwner();
    if (owner == null || owner == content || isInBar(owner)) {
      firstField(content).ifPresent(Node::requestFocus);
    }
  }

  private boolean isInBar(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == bar) {
        return true;
      }
    }
    return false;
  }

  private static java.util.Optional<Node> firstField(Node node) {
    if (node instanceof javafx.scene.control.TextInputControl
        || node instanceof javafx.scene.control.ButtonBase) {
      return node.isVisible() && !node.isDisabled()
          ? java.util.Optional.of(node)
          : java.util.Optional.empty();
    }
    if (node instanceof Parent p && node.isVisible()) {
      for (Node child : p.getChildrenUnmodifiable()) {
        var found = firstField(child);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** Runs what happens before each layout now (tests call it instead of waiting a pulse). */
  void beforeLayout() {
    Node now = content.getChildren().isEmpty() ? null : content.getChildren().get(0);
    Node pageNow = now == null ? null : now.lookup(".page");
    if (pageNow != shownPage) {
      shownPage = pageNow;
      readAloud.stop();
      readStatus.setText("");
    }
    if (settings.mode.get().easyRead() && now != null) {
      easyRead.decorate(now, text(), settings.locale.get(), readStatus);
    }
  }
}
