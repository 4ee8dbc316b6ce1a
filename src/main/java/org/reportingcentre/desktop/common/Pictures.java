package org.reportingcentre.desktop.common;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Labeled;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.reportingcentre.report.Coded;

/**
 * The picture beside an option, where there is one: {@code pictures/<Type>-<code>.png} (OpenMoji,
 * CC BY-SA 4.0, see CREDITS.md there). Pictures are sized from the option's font, so large text
 * makes them larger too. They are decoration: the option's words stay its accessible name.
 */
public final class Pictures {
  private static final String FOLDER = "/org/reportingcentre/desktop/pictures/";
  private static final double EMS = 2.2;

  private final Map<String, Optional<Image>> loaded = new HashMap<>();

  public Optional<Image> of(Coded value) {
    Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
    String name = type.getSimpleName() + "-" + value.code() + ".png";
    return loaded.computeIfAbsent(name, Pictures::load);
  }

  private static Optional<Image> load(String name) {
    InputStream in = Pictures.class.getResourceAsStream(FOLDER + name);
    return in == null ? Optional.empty() : Optional.of(new Image(in));
  }

  /** Puts the value's picture, if it has one, before the option's words. */
  public void decorate(Labeled option, Coded value) {
    of(value)
        .ifPresent(
            image -> {
              ImageView view = new ImageView(image);
              view.setPreserveRatio(true);
              view.setSmooth(true);
              view.fitHeightProperty()
                  .bind(
                      Bindings.createDoubleBinding(
                          () -> option.getFont().getSize() * EMS, option.fontProperty()));
              option.setGraphic(view);
              option.getStyleClass().add("with-picture");
            });
  }
}
