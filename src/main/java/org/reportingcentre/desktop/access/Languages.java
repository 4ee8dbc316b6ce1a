package org.reportingcentre.desktop.access;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.NodeOrientation;

/** The languages the screens are offered in, and which way each is written. */
public final class Languages {
  public static final Locale ENGLISH = Locale.UK;
  public static final Locale POLISH = new Locale("pl", "PL");
  public static final Locale URDU = new Locale("ur", "PK");

  /** In the order the chooser lists them. */
  public static final List<Locale> OFFERED = List.of(ENGLISH, POLISH, URDU);

  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "sd", "yi");

  private Languages() {}

  public static boolean rightToLeft(Locale locale) {
    return RIGHT_TO_LEFT.contains(locale.getLanguage());
  }

  public static NodeOrientation orientation(Locale locale) {
    return rightToLeft(locale) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
  }

  /** A language's name in that language, as a speaker looks for it. */
  public static String nativeName(Locale locale) {
    return switch (locale.getLanguage()) {
      case "pl" -> "Polski";
      case "ur" -> "اردو";
      case "cy" -> "Cymraeg";
      default -> "English";
    };
  }
}
