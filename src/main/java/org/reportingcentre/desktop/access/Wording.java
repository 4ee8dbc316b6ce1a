package org.reportingcentre.desktop.access;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.reportingcentre.desktop.common.Messages;

/**
 * The words for a language and mode: the standard bundle of the language, with the easy-read bundle
 * of the same language laid over it in easy-read mode. A language without its own easy-read wording
 * shows its standard wording rather than another language's easy read.
 */
public final class Wording {
  public static final String EASY_READ_BUNDLE = "org.reportingcentre.desktop.i18n.easyread";

  private Wording() {}

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public static Messages messages(Locale locale, boolean easyRead) {
    return new Messages(bundle(Messages.BUNDLE, EASY_READ_BUNDLE, locale, easyRead));
  }

  /**
   * The same rule for any pair of bundle families (the kiosk has its own): the standard bundle of
   * the language, with the easy-read bundle of that same language over it in easy-read mode.
   */
  public static ResourceBundle bundle(
      String standardBundle, String easyReadBundle, Locale locale, boolean easyRead) {
    ResourceBundle standard = ResourceBundle.getBundle(standardBundle, locale, NO_FALLBACK);
    if (!easyRead) {
      return standard;
    }
    ResourceBundle easy;
    try {
      easy = ResourceBundle.getBundle(easyReadBundle, locale, NO_FALLBACK);
    } catch (MissingResourceException e) {
      return standard;
    }
    if (!language(easy.getLocale()).equals(language(locale))) {
      return standard;
    }
    return new Layered(easy, standard);
  }

  /** The language a bundle was written in; the base bundles are English. */
  static String language(Locale locale) {
    return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
  }

  /** One bundle's keys over another's. */
  private static final class Layered extends ResourceBundle {
    private final ResourceBundle top;
    private final ResourceBundle base;

    Layered(ResourceBundle top, ResourceBundle base) {
      this.top = top;
      this.base = base;
      setParent(base);
    }

    @Override
    protected Object handleGetObject(String key) {
      return top.containsKey(key) ? top.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
      Set<String> keys = new LinkedHashSet<>(top.keySet());
      keys.addAll(base.keySet());
      return Collections.enumeration(keys);
    }

    @Override
    public Locale getLocale() {
      return base.getLocale();
    }
  }
}
