package org.reportingcentre.desktop.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * The scroll pane every page sits in: as wide as the window, scrolling down when the words are
 * taller than it (large text, 200% zoom).
 *
 * <p>JavaFX's scroll pane keeps its view as a cached picture by default. That is drawn twice (the
 * page into the picture, the picture onto the window), needs JavaFX's effect renderer set up on the
 * first frame (together the sign-in screen was drawn about 20 ms later; docs/performance.md, "Fast
 * start, fifth pass"), and can blur text at fractional scroll positions. A form scrolls seldom and
 * is cheap to draw, so the view here is drawn directly.
 */
public final class PageScroll {
  private PageScroll() {}

  public static ScrollPane of(Node content) {
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("page-scroll");
    scroll
        .skinProperty()
        .addListener(
            (obs, old, skin) -> {
              if (skin != null) {
                uncache(scroll);
              }
            });
    return scroll;
  }

  /**
   * The view node the skin makes (style class "viewport"), drawn without a cached picture; and the
   * scroll bars' arrows, drawn directly rather than kept as pictures in JavaFX's shared texture of
   * backgrounds (a setting with no CSS property).
   */
  private static void uncache(ScrollPane scroll) {
    for (Node child : scroll.getChildrenUnmodifiable()) {
      if (child.getStyleClass().contains("viewport")) {
        child.setCache(false);
      }
      if (child instanceof ScrollBar bar) {
        uncacheArrows(bar);
        bar.skinProperty().addListener((obs, old, skin) -> uncacheArrows(bar));
      }
    }
  }

  private static void uncacheArrows(ScrollBar bar) {
    for (String arrow : List.of(".increment-arrow", ".decrement-arrow")) {
      if (bar.lookup(arrow) instanceof Region region) {
        region.setCacheShape(false);
      }
    }
  }
}
