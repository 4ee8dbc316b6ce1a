package org.reportingcentre.desktop.access;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import org.reportingcentre.desktop.common.Messages;

/**
 * The display mode and language of one window. The screens are rebuilt in the new words when either
 * changes; the answers live in the view models, so nothing typed is lost.
 */
public final class AccessSettings {
  public final ObjectProperty<DisplayMode> mode = new SimpleObjectProperty<>(DisplayMode.STANDARD);
  public final ObjectProperty<Locale> locale;

  public AccessSettings(Locale locale) {
    this.locale = new SimpleObjectProperty<>(locale);
  }

  public Messages messages() {
    return Wording.messages(locale.get(), mode.get().easyRead());
  }

  /** Adds a listener for any change of mode or language. */
  public void onChange(Runnable changed) {
    mode.addListener((o, a, b) -> changed.run());
    locale.addListener((o, a, b) -> changed.run());
  }

  /**
   * Sets the root style classes that the stylesheet scales and restyles from (one root font size
   * for large text) and the direction of writing. Call on the scene's root node.
   */
  public void applyTo(Parent sceneRoot) {
    DisplayMode m = mode.get();
    toggle(sceneRoot, "easy-read", m.easyRead());
    toggle(sceneRoot, "large-text", m.largeText());
    toggle(sceneRoot, "script-arabic", Languages.rightToLeft(locale.get()));
    sceneRoot.setNodeOrientation(Languages.orientation(locale.get()));
  }

  private static void toggle(Parent node, String styleClass, boolean on) {
    if (on && !node.getStyleClass().contains(styleClass)) {
      node.getStyleClass().add(styleClass);
    } else if (!on) {
      node.getStyleClass().remove(styleClass);
    }
  }
}
