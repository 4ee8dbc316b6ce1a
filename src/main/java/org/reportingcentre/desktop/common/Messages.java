package org.reportingcentre.desktop.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.reportingcentre.report.Coded;

/**
 * Every word the screens show, from one resource bundle. Display modes and languages swap the
 * bundle; the steps only ever ask for keys.
 */
public final class Messages {
  public static final String BUNDLE = "org.reportingcentre.desktop.i18n.messages";

  /** Invisible; makes what follows it start a left-to-right run (see numbersReadLeftToRight). */
  public static final String LEFT_TO_RIGHT_MARK = "\u200E";

  /**
   * A phone number or other figure alone (digits, spaces, "+", "-", brackets), or a folder path
   * ("/home/...", "\\\\server\\..."): written left to right whatever the sentence around it.
   */
  private static final java.util.regex.Pattern FIGURE =
      java.util.regex.Pattern.compile("[+(]?\\d[\\d ()+-]*|[/\\\\].*");

  private final ResourceBundle bundle;

  public Messages(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  public static Messages forLocale(Locale locale) {
    return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
  }

  public Locale locale() {
    return bundle.getLocale();
  }

  public String get(String key, Object... args) {
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("No text for key " + key, e);
    }
    if (args.length == 0) {
      return text;
    }
    if (org.reportingcentre.desktop.access.Languages.rightToLeft(locale())) {
      args = numbersReadLeftToRight(args);
    }
    if (java.util.Arrays.stream(args).allMatch(a -> a instanceof CharSequence)
        && text.indexOf('\'') < 0) {
      // Plain words in: no need for MessageFormat, whose locale data costs a few hundred
      // milliseconds to load on the first screen.
      String out = text;
      for (int i = 0; i < args.length; i++) {
        out = out.replace("{" + i + "}", args[i].toString());
      }
      return out;
    }
    return new MessageFormat(text, locale()).format(args);
  }

  /**
   * In a right-to-left sentence, "0800 138 1625" would be shown as "1625 138 0800": the bidi rules
   * order each group of digits on its own, right to left; and a path's first "/" would stand at the
   * far end. A left-to-right mark in front makes each one left-to-right run, read as written; it is
   * invisible (and PDF output drops it).
   */
  private static Object[] numbersReadLeftToRight(Object[] args) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof CharSequence s && FIGURE.matcher(s).matches()) {
        out[i] = LEFT_TO_RIGHT_MARK + s;
      }
    }
    return out;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The words for one value of a code list: {@code enum.<Type>.<code>}. */
  public String of(Coded value) {
    return get(enumKey(value));
  }

  public static String enumKey(Coded value) {
    Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
    return "enum." + type.getSimpleName() + "." + value.code();
  }
}
