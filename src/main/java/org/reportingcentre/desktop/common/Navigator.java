package org.reportingcentre.desktop.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.reportingcentre.desktop.access.AccessSettings;

/**
 * Shows one screen at a time in the window's page area, and builds it again in the new words after
 * a switch of display mode or language. A screen keeps its answers in its view models, so a rebuild
 * loses nothing typed; each feature makes its own screens and hands them to {@link #show}.
 */
public final class Navigator {
  /** A screen that can build its page in given words, as often as the words change. */
  public interface Screen {
    /**
     * Builds the page in these words: when first shown, then after each mode or language switch.
     */
    Page build(Form form);

    /** Before a rebuild in other words: the screen's view models take the new wording. */
    default void reword(Form form) {}
  }

  /**
   * A built page: its nodes, the window title, what to do once it is in the window, and what to
   * undo when it is replaced (a view that follows a longer-lived view model stops following it).
   */
  public record Page(Node root, ObservableValue<String> title, Runnable shown, Runnable dispose) {
    public static Page of(Node root, ObservableValue<String> title) {
      return new Page(root, title, NOTHING, NOTHING);
    }

    public Page whenShown(Runnable then) {
      return new Page(root, title, then, dispose);
    }

    public Page onDispose(Runnable undo) {
      return new Page(root, title, shown, undo);
    }
  }

  private static final Runnable NOTHING = () -> {};

  private final StackPane area;
  private final AccessSettings access;
  private final Runnable stopSpeaking;
  private final StringProperty title = new SimpleStringProperty();
  private Form form;
  private Screen current;
  private Page page;

  /**
   * @param area where pages go (inside the display bar's frame)
   * @param stopSpeaking stops reading aloud, for screens that start afresh
   */
  public Navigator(StackPane area, AccessSettings access, Form form, Runnable stopSpeaking) {
    this.area = area;
    this.access = access;
    this.form = form;
    this.stopSpeaking = stopSpeaking;
    access.onChange(this::redraw);
  }

  /** The words and building blocks in the current language and mode. */
  public Form form() {
    return form;
  }

  /** The window's title: the shown screen's. */
  public ReadOnlyStringProperty title() {
    return title;
  }

  /** The page area, for dialogs over the page and for finding the window. */
  public StackPane area() {
    return area;
  }

  public void stopSpeaking() {
    stopSpeaking.run();
  }

  /** Replaces the shown screen with this one. */
  public void show(Screen screen) {
    dispose();
    current = screen;
    put(screen.build(form));
  }

  /**
   * No screen is followed until the next {@link #show}: a switch meanwhile only changes the words,
   * and the page left on the window stops following its view models.
   */
  public void leave() {
    current = null;
    dispose();
  }

  private void redraw() {
    form = new Form(access.messages());
    // The old page stops following first, so only the new one shows (and focuses) what changed.
    dispose();
    if (current != null) {
      current.reword(form);
      put(current.build(form));
    }
  }

  private void put(Page built) {
    page = built;
    title.unbind();
    title.bind(built.title());
    area.getChildren().setAll(built.root());
    built.shown().run();
  }

  private void dispose() {
    if (page != null) {
      page.dispose().run();
      page = null;
    }
  }
}
