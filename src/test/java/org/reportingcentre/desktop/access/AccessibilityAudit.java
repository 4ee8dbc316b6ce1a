package org.reportingcentre.desktop.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Walks a shown scene and reports what would stop someone using it: a control without an accessible
 * name, a keyboard order that differs from reading order or gets stuck, text under 7:1 contrast,
 * focus indicators and field borders under 3:1, text cut off with an ellipsis, anything clipped
 * sideways, and in easy read small or italic text and choices without pictures. Run it on the
 * JavaFX thread; it moves the focus.
 */
public final class AccessibilityAudit {
  /** What a finding is about. */
  public enum Rule {
    NAME,
    KEYBOARD_ORDER,
    TEXT_CONTRAST,
    FOCUS_INDICATOR,
    FIELD_BORDER,
    TRUNCATED,
    CLIPPED,
    RAW_KEY,
    EASY_READ_TEXT,
    PICTURE,
    TARGET_SIZE
  }

  /** One problem, with the id of the node it is on (or a description when it has none). */
  public record Finding(Rule rule, String node, String detail) {
    @Override
    public String toString() {
      return rule + " #" + node + ": " + detail;
    }
  }

  public static final double TEXT_CONTRAST = 7.0;
  public static final double NON_TEXT_CONTRAST = 3.0;

  /** 16 pt in JavaFX pixels (JavaFX renders 1 pt as 4/3 px). */
  public static final double EASY_READ_MIN_PX = 16 * 4.0 / 3.0 - 0.1;

  private static final Pattern RAW_KEY = Pattern.compile("^[a-z]+(\\.[A-Za-z0-9-]+)+$");

  /** The smallest touch target on a kiosk, in pixels each way. */
  public static final double KIOSK_TARGET_PX = 44;

  private final boolean easyRead;
  private final double minTarget;

  /**
   * @param easyRead whether to check easy read's extra rules too
   */
  public AccessibilityAudit(boolean easyRead) {
    this(easyRead, 0);
  }

  /**
   * @param easyRead whether to check easy read's extra rules too
   * @param minTargetPx every control a person presses or types into must be at least this wide and
   *     high (the kiosk's touch rule, {@link #KIOSK_TARGET_PX}); 0 leaves sizes unchecked
   */
  public AccessibilityAudit(boolean easyRead, double minTargetPx) {
    this(easyRead, minTargetPx, new java.util.HashSet<>());
  }

  /**
   * @param looksChecked the focus looks already compared (see {@link #checkFocusIndicator}); an
   *     audit of many screens in one mode and language can share one set, so the same button on
   *     every screen is drawn once, not once per screen
   */
  public AccessibilityAudit(
      boolean easyRead, double minTargetPx, java.util.Set<String> looksChecked) {
    this.easyRead = easyRead;
    this.minTarget = minTargetPx;
    this.looksChecked = looksChecked;
  }

  public List<Finding> audit(Scene scene) {
    Parent root = scene.getRoot();
    root.applyCss();
    root.layout();
    List<Finding> findings = new ArrayList<>();
    List<Node> shown = new ArrayList<>();
    collectShown(root, shown);
    for (Node node : shown) {
      checkName(scene, node, findings);
      checkText(scene, node, findings);
      checkFieldBorder(node, findings);
      checkTargetSize(node, findings);
      if (easyRead) {
        checkEasyRead(node, findings);
      }
    }
    checkScrolling(shown, findings);
    checkKeyboard(scene, shown, findings);
    return findings;
  }

  /**
   * The look of whatever has the focus now, for something the program gives focus to rather than
   * Tab (an error summary as it appears, a "saved" message): it must show focus as plainly as a Tab
   * stop does.
   */
  public List<Finding> auditFocusOwner(Scene scene) {
    List<Finding> findings = new ArrayList<>();
    Node focused = scene.getFocusOwner();
    if (focused != null && focused != scene.getRoot()) {
      scene.getRoot().applyCss();
      scene.getRoot().layout();
      checkFocusIndicator(focused, findings);
    }
    return findings;
  }

  private static void collectShown(Node node, List<Node> out) {
    if (!node.isVisible() || node.getOpacity() == 0) {
      return;
    }
    out.add(node);
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collectShown(child, out);
      }
    }
  }

  static String describe(Node node) {
    if (node.getId() != null) {
      return node.getId();
    }
    String text = node instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
    return node.getClass().getSimpleName() + text;
  }

  /** Controls a person can move to with the keyboard. */
  static boolean interactive(Node node) {
    return (node instanceof ButtonBase
            || node instanceof TextInputControl
            || node instanceof ComboBoxBase<?>
            || (node instanceof Control && node.isFocusTraversable()))
        && !(node instanceof ScrollPane)
        && !(node instanceof ScrollBar)
        && !node.isDisabled()
        && insideSkinOf(node) == null;
  }

  /** The control whose skin a node belongs to (a combo box's inner button), if any. */
  private static Control insideSkinOf(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof Control c && !(n instanceof ScrollPane)) {
        return c;
      }
    }
    return null;
  }

  private static void checkName(Scene scene, Node node, List<Finding> findings) {
    if (node instanceof ImageView image) {
      // A picture in a control whose own words say the same is decoration.
      boolean decorative =
          image.getProperties().containsKey(Pictograms.DECORATIVE)
              || image.getParent() instanceof Labeled l && !blank(l.getText());
      if (!decorative && blank(image.getAccessibleText())) {
        findings.add(new Finding(Rule.NAME, describe(node), "picture without a name"));
      }
      return;
    }
    if (!interactive(node)) {
      return;
    }
    String name = node.getAccessibleText();
    if (blank(name) && node instanceof Labeled l) {
      name = l.getText();
    }
    if (blank(name)) {
      name = labelFor(scene.getRoot(), node);
    }
    if (blank(name)) {
      findings.add(new Finding(Rule.NAME, describe(node), "no accessible name"));
    }
  }

  /** A finger needs room: each control at least the minimum each way (half a pixel of rounding). */
  private void checkTargetSize(Node node, List<Finding> findings) {
    if (minTarget <= 0 || !interactive(node)) {
      return;
    }
    Bounds b = node.localToScene(node.getLayoutBounds());
    if (b.getWidth() < minTarget - 0.5 || b.getHeight() < minTarget - 0.5) {
      findings.add(
          new Finding(
              Rule.TARGET_SIZE,
              describe(node),
              String.format(
                  "%.0f x %.0f px, under %.0f x %.0f px",
                  b.getWidth(), b.getHeight(), minTarget, minTarget)));
    }
  }

  private static String labelFor(Node root, Node control) {
    if (root instanceof Label label && label.getLabelFor() == control) {
      return label.getText();
    }
    if (root instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        String found = labelFor(child, control);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private void checkText(Scene scene, Node node, List<Finding> findings) {
    if (!(node instanceof Labeled l) || blank(l.getText())) {
      return;
    }
    if (RAW_KEY.matcher(l.getText().strip()).matches()) {
      findings.add(new Finding(Rule.RAW_KEY, describe(node), "shows a key: " + l.getText()));
    }
    Color background = Contrast.backgroundOf(node);
    double ratio = Contrast.worstRatio(l.getTextFill(), background);
    if (ratio < TEXT_CONTRAST) {
      findings.add(
          new Finding(
              Rule.TEXT_CONTRAST,
              describe(node),
              String.format("text %s on %s is %.2f:1", l.getTextFill(), background, ratio)));
    }
    Text shownText = renderedText(l);
    if (shownText != null && !shownText.getText().equals(l.getText())) {
      findings.add(
          new Finding(Rule.TRUNCATED, describe(node), "shows \"" + shownText.getText() + "\""));
    }
    Bounds b = node.localToScene(node.getLayoutBounds());
    if (b.getMinX() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5) {
      findings.add(
          new Finding(
              Rule.CLIPPED,
              describe(node),
              String.format(
                  "spans x %.0f to %.0f in a %.0f window",
                  b.getMinX(), b.getMaxX(), scene.getWidth())));
    }
  }

  /** The text node a label's skin draws (holding the ellipsis when the text does not fit). */
  private static Text renderedText(Labeled labeled) {
    for (Node child : labeled.getChildrenUnmodifiable()) {
      if (child instanceof Text t) {
        return t;
      }
    }
    return null;
  }

  private static void checkFieldBorder(Node node, List<Finding> findings) {
    Region edge = null;
    if (node instanceof TextInputControl field) {
      edge = field;
    } else if (node instanceof RadioButton || node instanceof CheckBox) {
      Node mark = node.lookup(node instanceof RadioButton ? ".radio" : ".box");
      edge = mark instanceof Region r ? r : null;
    }
    if (edge == null) {
      return;
    }
    Color outline = outline(edge);
    Color behind = Contrast.backgroundOf(node.getParent());
    if (outline != null
        && Contrast.ratio(Contrast.over(outline, behind), behind) < NON_TEXT_CONTRAST) {
      findings.add(
          new Finding(
              Rule.FIELD_BORDER,
              describe(node),
              String.format(
                  "edge %s on %s is %.2f:1",
                  outline, behind, Contrast.ratio(Contrast.over(outline, behind), behind))));
    }
  }

  /** The colour that outlines a region: its border, or its outermost background ring. */
  static Color outline(Region region) {
    Border border = region.getBorder();
    if (border != null && !border.getStrokes().isEmpty()) {
      BorderStroke stroke = border.getStrokes().get(0);
      double width = Math.max(stroke.getWidths().getTop(), stroke.getWidths().getBottom());
      if (width > 0 && stroke.getBottomStroke() instanceof Color c && c.getOpacity() > 0) {
        return c;
      }
      if (width > 0 && stroke.getTopStroke() instanceof Color c && c.getOpacity() > 0) {
        return c;
      }
    }
    if (region.getBackground() != null && !region.getBackground().getFills().isEmpty()) {
      List<Color> ring = Contrast.colours(region.getBackground().getFills().get(0).getFill());
      return ring.isEmpty()
          ? null
          : ring.stream().max(Comparator.comparingDouble(Contrast::luminance)).get();
    }
    return null;
  }

  private void checkEasyRead(Node node, List<Finding> findings) {
    Font font = null;
    TextAlignment alignment = null;
    if (node instanceof Labeled l && !blank(l.getText())) {
      font = l.getFont();
      alignment = l.getTextAlignment();
    } else if (node instanceof TextInputControl t) {
      font = t.getFont();
    }
    if (font == null) {
      return;
    }
    String style = font.getStyle().toLowerCase();
    String family = font.getFamily().toLowerCase();
    if (font.getSize() < EASY_READ_MIN_PX) {
      findings.add(
          new Finding(
              Rule.EASY_READ_TEXT,
              describe(node),
              String.format("text is %.1f pt", font.getSize() * 0.75)));
    }
    if (style.contains("italic") || style.contains("oblique")) {
      findings.add(new Finding(Rule.EASY_READ_TEXT, describe(node), "italic text"));
    }
    if (family.contains("serif") && !family.contains("sans")) {
      findings.add(
          new Finding(Rule.EASY_READ_TEXT, describe(node), "serif font " + font.getFamily()));
    }
    if (alignment == TextAlignment.CENTER || alignment == TextAlignment.JUSTIFY) {
      findings.add(
          new Finding(
              Rule.EASY_READ_TEXT, describe(node), "text is not aligned to the start of the line"));
    }
    if (node instanceof RadioButton || node instanceof CheckBox) {
      Node graphic = ((Labeled) node).getGraphic();
      if (!(graphic instanceof ImageView image) || image.getFitWidth() < 64) {
        findings.add(
            new Finding(
                Rule.PICTURE, describe(node), "a choice without a picture of at least 64 px"));
      }
    }
  }

  private static void checkScrolling(List<Node> shown, List<Finding> findings) {
    for (Node node : shown) {
      if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
        double contentWidth = scroll.getContent().getLayoutBounds().getWidth();
        double viewport = scroll.getViewportBounds().getWidth();
        if (contentWidth > viewport + 1) {
          findings.add(
              new Finding(
                  Rule.CLIPPED,
                  describe(node),
                  String.format(
                      "content %.0f px wide in a %.0f px view: needs a sideways scroll",
                      contentWidth, viewport)));
        }
      }
    }
  }

  /**
   * Presses Tab from the first control and expects every control in reading order (top to bottom,
   * then along the line in the direction of writing), each showing a focus indicator of at least
   * 3:1, and focus coming back round to the start rather than getting stuck.
   */
  private void checkKeyboard(Scene scene, List<Node> shown, List<Finding> findings) {
    List<Node> expected =
        new ArrayList<>(
            shown.stream()
                .filter(AccessibilityAudit::interactive)
                .filter(AccessibilityAudit::tabStop)
                .toList());
    if (expected.isEmpty()) {
      return;
    }
    boolean rtl = scene.getRoot().getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
    List<ScrollPane> scrolls =
        shown.stream().filter(n -> n instanceof ScrollPane).map(n -> (ScrollPane) n).toList();
    expected = readingOrder(expected, scrolls, rtl);
    expected.get(0).requestFocus();
    List<Node> reached = new ArrayList<>();
    Node focused = scene.getFocusOwner();
    for (int i = 0; i < expected.size(); i++) {
      if (focused == null) {
        findings.add(new Finding(Rule.KEYBOARD_ORDER, describe(expected.get(i)), "focus was lost"));
        return;
      }
      reached.add(focused);
      checkFocusIndicator(focused, findings);
      Event.fireEvent(
          focused,
          new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, false, false, false));
      Node next = scene.getFocusOwner();
      if (next == focused && expected.size() > 1) {
        findings.add(new Finding(Rule.KEYBOARD_ORDER, describe(focused), "Tab is stuck here"));
        return;
      }
      focused = next;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (reached.get(i) != expected.get(i)) {
        findings.add(
            new Finding(
                Rule.KEYBOARD_ORDER,
                describe(expected.get(i)),
                "Tab reached "
                    + describe(reached.get(i))
                    + " at step "
                    + (i + 1)
                    + "; reading order is "
                    + expected.stream().map(AccessibilityAudit::describe).toList()));
        return;
      }
    }
    if (focused != expected.get(0)) {
      findings.add(
          new Finding(
              Rule.KEYBOARD_ORDER,
              describe(expected.get(expected.size() - 1)),
              "Tab after the last control went to "
                  + (focused == null ? "nothing" : describe(focused))));
    }
  }

  /**
   * Whether Tab stops on a control. In a group of radio buttons with a choice made, JavaFX (like a
   * web page) stops only on the chosen one, and the arrow keys move between the others; a group
   * with nothing chosen stops on each. (Found by a form that opens with the saved answers chosen.)
   */
  private static boolean tabStop(Node node) {
    return !(node instanceof RadioButton radio)
        || radio.getToggleGroup() == null
        || radio.getToggleGroup().getSelectedToggle() == null
        || radio.isSelected();
  }

  private void checkFocusIndicator(Node focused, List<Finding> findings) {
    focused.applyCss();
    Color behind = Contrast.backgroundOf(focused.getParent());
    Region ring = focused instanceof Region r ? r : null;
    if (focused instanceof RadioButton || focused instanceof CheckBox) {
      // The indicator is on the whole control (background or border), not the small mark.
      ring = (Region) focused;
    }
    Color indicator = ring == null ? null : outline(ring);
    Color fill = ring == null ? null : Contrast.fillOf(ring).orElse(null);
    double best = 0;
    if (indicator != null) {
      best = Contrast.ratio(Contrast.over(indicator, behind), behind);
    }
    if (fill != null) {
      best = Math.max(best, Contrast.ratio(Contrast.over(fill, behind), behind));
    }
    if (best < NON_TEXT_CONTRAST) {
      findings.add(
          new Finding(
              Rule.FOCUS_INDICATOR,
              describe(focused),
              String.format("focus indicator %s on %s is %.2f:1", indicator, behind, best)));
      return;
    }
    // Controls styled alike, on the same background, change alike: each look is drawn once per
    // audit (the 18 choices of "what happened" are one check, not 18), or once per run of audits
    // sharing the set, which keeps the audit of every screen quick.
    if (looksChecked.add(look(focused) + behind)) {
      checkFocusChange(focused, behind, findings);
    }
  }

  private final java.util.Set<String> looksChecked;

  private static String look(Node control) {
    boolean selected =
        control instanceof javafx.scene.control.Toggle t
            ? t.isSelected()
            : control instanceof CheckBox c && c.isSelected();
    return control.getClass().getName()
        + control.getStyleClass()
        + control.getStyle()
        + selected
        + (control instanceof Labeled l && l.getGraphic() != null);
  }

  /**
   * Focus must change how the control looks, not just be styled well in both states: the control is
   * drawn focused and unfocused (focus parked on the scene's root for a moment), and the pixels
   * that differ by at least 3:1 between the two must add up to a line as long as the control's
   * longer side (a 1 px ring around it would be about twice that). A margin around the control
   * catches rings drawn outside it.
   */
  private static void checkFocusChange(Node focused, Color behind, List<Finding> findings) {
    // In the scene's coordinates, drawn from the scene's root: exactly what a person sees there.
    Bounds bounds = focused.localToScene(focused.getBoundsInLocal());
    Rectangle2D area =
        new Rectangle2D(
            bounds.getMinX() - FOCUS_MARGIN,
            bounds.getMinY() - FOCUS_MARGIN,
            bounds.getWidth() + 2 * FOCUS_MARGIN,
            bounds.getHeight() + 2 * FOCUS_MARGIN);
    Image on = drawn(focused, area, behind);
    focused.getScene().getRoot().requestFocus();
    if (focused.isFocused()) {
      // The root would not take the focus (some screens keep it on a control): no unfocused look
      // to compare with here; the indicator's own contrast was checked above.
      return;
    }
    Image off = drawn(focused, area, behind);
    focused.requestFocus();
    focused.applyCss();
    int changed = changedPixels(on, off);
    double needed = Math.max(bounds.getWidth(), bounds.getHeight());
    if (changed < needed) {
      findings.add(
          new Finding(
              Rule.FOCUS_INDICATOR,
              describe(focused),
              String.format(
                  "focus changes only %d px by 3:1 or more; needs %.0f", changed, needed)));
    }
  }

  /** Space around a control where a focus ring may be drawn, in pixels. */
  private static final double FOCUS_MARGIN = 4;

  private static Image drawn(Node node, Rectangle2D area, Color behind) {
    // Restyled now for its focus state (the focused pseudo-class changes its CSS).
    node.getScene().getRoot().applyCss();
    node.getScene().getRoot().layout();
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(behind);
    params.setViewport(area);
    return node.getScene().getRoot().snapshot(params, null);
  }

  /** How many pixels differ by at least 3:1 between two pictures of the same place. */
  static int changedPixels(Image a, Image b) {
    int width = (int) Math.min(a.getWidth(), b.getWidth());
    int height = (int) Math.min(a.getHeight(), b.getHeight());
    PixelReader pa = a.getPixelReader();
    PixelReader pb = b.getPixelReader();
    int changed = 0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int ca = pa.getArgb(x, y);
        int cb = pb.getArgb(x, y);
        if (ca != cb && Contrast.ratio(pa.getColor(x, y), pb.getColor(x, y)) >= NON_TEXT_CONTRAST) {
          changed++;
        }
      }
    }
    return changed;
  }

  /**
   * Top to bottom by line, and along each line in the direction of writing. A node is on the same
   * line as the one before when its middle lies within that line's height, so a button centred
   * beside a taller choice reads after the choice.
   */
  static List<Node> readingOrder(List<Node> nodes, List<ScrollPane> scrolls, boolean rtl) {
    record Place(Node node, double top, double bottom, double x) {}
    List<Place> places = new ArrayList<>();
    for (Node n : nodes) {
      Bounds b = n.localToScene(n.getLayoutBounds());
      double shift = unrolledMiddle(n, scrolls) - (b.getMinY() + b.getMaxY()) / 2;
      places.add(
          new Place(n, b.getMinY() + shift, b.getMaxY() + shift, rtl ? -b.getMaxX() : b.getMinX()));
    }
    places.sort(Comparator.comparingDouble(Place::top));
    List<Node> ordered = new ArrayList<>();
    List<Place> line = new ArrayList<>();
    double lineBottom = Double.NEGATIVE_INFINITY;
    for (Place p : places) {
      double middle = (p.top() + p.bottom()) / 2;
      if (!line.isEmpty() && middle > lineBottom) {
        line.sort(Comparator.comparingDouble(Place::x));
        line.forEach(q -> ordered.add(q.node()));
        line.clear();
        lineBottom = Double.NEGATIVE_INFINITY;
      }
      line.add(p);
      lineBottom = Math.max(lineBottom, p.bottom());
    }
    line.sort(Comparator.comparingDouble(Place::x));
    line.forEach(q -> ordered.add(q.node()));
    return ordered;
  }

  /**
   * Where the middle of a node would be if every scrolling area were unrolled to its full height:
   * scrolling is undone inside a scroll pane, and whatever sits below one moves down by what it
   * hides (a footer reads after the whole page, not half way down it).
   */
  static double unrolledMiddle(Node n, List<ScrollPane> scrolls) {
    Bounds b = n.localToScene(n.getLayoutBounds());
    double y = (b.getMinY() + b.getMaxY()) / 2;
    for (ScrollPane sp : scrolls) {
      if (sp.getContent() == null) {
        continue;
      }
      double hidden =
          Math.max(
              0,
              sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight());
      if (Contrast.isParentOf(sp, n)) {
        y += sp.getVvalue() * hidden;
      } else if (b.getMinY() >= sp.localToScene(sp.getLayoutBounds()).getMaxY() - 0.5) {
        y += hidden;
      }
    }
    return y;
  }

  private static double left(Node n) {
    Bounds b = n.localToScene(n.getLayoutBounds());
    return b.getMinX();
  }
}
