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
