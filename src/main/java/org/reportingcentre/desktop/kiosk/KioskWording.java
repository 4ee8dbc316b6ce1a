package org.reportingcentre.desktop.kiosk;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.reportingcentre.desktop.common.Messages;

/**
 * The wizard's words as a kiosk shows them: the wizard's bundle, with the few sentences that are
 * untrue on a public PC replaced (say, "you can stop and come back": a kiosk keeps nothing). The
 * replacements are the {@code wizard.*} keys of the kiosk's own bundle.
 */
final class KioskWording extends ResourceBundle {
  private static final String PREFIX = "wizard.";

  private final ResourceBundle kiosk;

  private KioskWording(ResourceBundle wizard, ResourceBundle kiosk) {
    this.kiosk = kiosk;
    setParent(wizard);
  }

  /** The wizard's words with the kiosk's replacements. */
  static Messages over(Messages wizard, Locale locale) {
    ResourceBundle base = ResourceBundle.getBundle(Messages.BUNDLE, wizard.locale());
    return new Messages(new KioskWording(base, ResourceBundle.getBundle(KioskView.BUNDLE, locale)));
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
