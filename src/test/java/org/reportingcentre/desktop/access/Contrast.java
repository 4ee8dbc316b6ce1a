package org.reportingcentre.desktop.access;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;

/** WCAG 2 relative luminance and contrast ratio, measured on resolved JavaFX paints. */
public final class Contrast {
  private Contrast() {}

  /** WCAG relative luminance of an sRGB colour (alpha ignored). */
  public static double luminance(Color c) {
    return 0.2126 * channel(c.getRed())
        + 0.7152 * channel(c.getGreen())
        + 0.0722 * channel(c.getBlue());
  }

  private static double channel(double v) {
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  /** The contrast ratio, from 1 (none) to 21 (black on white). */
  public static double ratio(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /**
   * The worst contrast of a paint against a background: a gradient is measured at each of its stops
   * and the lowest ratio wins. A colour that is partly transparent is blended over the background
   * first, as the screen would show it.
   */
  public static double worstRatio(Paint paint, Color background) {
    double worst = Double.MAX_VALUE;
    for (Color c : colours(paint)) {
      worst = Math.min(worst, ratio(over(c, background), background));
    }
    return worst == Double.MAX_VALUE ? 21 : worst;
  }

  static java.util.List<Color> colours(Paint paint) {
    if (paint instanceof Color c) {
      return java.util.List.of(c);
    }
    if (paint instanceof LinearGradient g) {
      return g.getStops().stream().map(Stop::getColor).toList();
    }
    if (paint instanceof RadialGradient g) {
      return g.getStops().stream().map(Stop::getColor).toList();
    }
    return java.util.List.of();
  }

  /** A colour with alpha blended over an opaque background. */
  public static Color over(Color top, Color background) {
    double a = top.getOpacity();
    return Color.color(
        top.getRed() * a + background.getRed() * (1 - a),
        top.getGreen() * a + background.getGreen() * (1 - a),
        top.getBlue() * a + background.getBlue() * (1 - a));
  }

  /**
   * The colour behind a node: the last opaque-enough fill of the nearest region (itself included)
   * that paints a background, blended over what lies behind it; white if nothing paints.
   */
  public static Color backgroundOf(Node node) {
    java.util.Deque<Color> layers = new java.util.ArrayDeque<>();
    for (Node n = node; n != null; n = n.getParent()) {
      Optional<Color> fill = fillOf(n);
      if (fill.isPresent()) {
        layers.push(fill.get());
        if (fill.get().isOpaque()) {
          break;
        }
      }
    }
    Color result =
        node.getScene() != null && node.getScene().getFill() instanceof Color c ? c : Color.WHITE;
    if (!result.isOpaque()) {
      result = Color.WHITE;
    }
    while (!layers.isEmpty()) {
      result = over(layers.pop(), result);
    }
    return result;
  }

  /** The colour a region's background fills end up as (worst colour for a gradient), if any. */
  static Optional<Color> fillOf(Node n) {
    if (!(n instanceof Region region)) {
      return Optional.empty();
    }
    Background background = region.getBackground();
    if (background == null || background.getFills().isEmpty()) {
      return Optional.empty();
    }
    Color result = null;
    for (BackgroundFill fill : background.getFills()) {
      for (Color c : colours(fill.getFill())) {
        if (c.getOpacity() > 0) {
          result = result == null || c.isOpaque() ? c : over(c, result);
        }
      }
    }
    return Optional.ofNullable(result);
  }

  static boolean isParentOf(Parent p, Node n) {
    for (Node x = n; x != null; x = x.getParent()) {
      if (x == p) {
        return true;
      }
    }
    return false;
  }
}
