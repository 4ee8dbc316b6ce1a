package org.reportingcentre.desktop.kiosk;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.reportingcentre.desktop.access.Wording;
import org.reportingcentre.desktop.common.Messages;

/**
 * The words of a kiosk in a language and display mode. The kiosk's own words come from its bundle
 * ({@code kiosk*.properties}, with {@code kioskeasyread*.properties} over it in easy read, by the
 * same rule as the app's {@link Wording}). The wizard's pages show the app's words for that
 * language and mode, with the few sentences that are untrue on a public PC replaced (say, "you can
 * stop and come back": a kiosk keeps nothing): the replacements are the kiosk bundle's {@code
 * wizard.*} keys.
 */
final class KioskWording extends ResourceBundle {
  static final String EASY_READ_BUNDLE = "org.reportingcentre.desktop.kiosk.kioskeasyread";
  private static final String PREFIX = "wizard.";

  private final ResourceBundle kiosk;

  private KioskWording(ResourceBundle wizard, ResourceBundle kiosk) {
    this.kiosk = kiosk;
    setParent(wizard);
  }

  /** The kiosk's own words. */
  static Messages words(Locale locale, boolean easyRead) {
    return new Messages(kiosk(locale, easyRead));
  }

  /** The wizard's words with the kiosk's replacements. */
  static Messages wizard(Locale locale, boolean easyRead) {
    ResourceBundle wizard =
        Wording.bundle(Messages.BUNDLE, Wording.EASY_READ_BUNDLE, locale, easyRead);
    return new Messages(new KioskWording(wizard, kiosk(locale, easyRead)));
  }

  private static ResourceBundle kiosk(Locale locale, boolean easyRead) {
    return Wording.bundle(KioskView.BUNDLE, EASY_READ_BUNDLE, locale, easyRead);
  }

  @Override
  protected Object handleGetObject(String key) {
    String replacement = PREFIX + key;
    return kiosk.containsKey(replacement) ? kiosk.getString(replacement) : null;
  }

  @Override
  public Locale getLocale() {
    return parent.getLocale();
  }

  @Override
  public Enumeration<String> getKeys() {
    Set<String> keys = new LinkedHashSet<>(Collections.list(parent.getKeys()));
    return Collections.enumeration(keys);
  }
}
