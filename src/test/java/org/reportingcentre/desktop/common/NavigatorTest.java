package org.reportingcentre.desktop.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingcentre.desktop.access.AccessSettings;
import org.reportingcentre.desktop.access.Languages;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.framework.junit5.ApplicationExtension;

@ScreenTest
@ExtendWith(ApplicationExtension.class)
class NavigatorTest {
  private final AccessSettings access = new AccessSettings(Locale.UK);
  private final StackPane area = new StackPane();
  private final List<String> calls = new ArrayList<>();
  private final Navigator nav = new Navigator(area, access, new Form(access.messages()), () -> {});

  /** A screen that writes down what the navigator asks of it. */
  private final class Recorded implements Navigator.Screen {
    private final String name;
    Label shown;

    Recorded(String name) {
      this.name = name;
    }

    @Override
    public void reword(Form form) {
      calls.add(name + " reworded " + language(form));
    }

    @Override
    public Navigator.Page build(Form form) {
      calls.add(name + " built " + language(form));
      shown = new Label(name);
      return Navigator.Page.of(shown, new SimpleStringProperty(name + " title"))
          .whenShown(() -> calls.add(name + " shown"))
          .onDispose(() -> calls.add(name + " disposed"));
    }
  }

  /** English is the bundles' root, which names no language. */
  private static String language(Form form) {
    String language = form.text().locale().getLanguage();
    return language.isEmpty() ? "en" : language;
  }

  @Test
  void showingAScreenDisposesThePageItReplacesAndTakesItsTitle() {
    Recorded home = new Recorded("home");
    Recorded wizard = new Recorded("wizard");
    nav.show(home);
    nav.show(wizard);

    assertEquals(
        List.of("home built en", "home shown", "home disposed", "wizard built en", "wizard shown"),
        calls);
    assertEquals(List.of(wizard.shown), area.getChildren());
    assertEquals("wizard title", nav.title().get());
  }

  @Test
  void aLanguageSwitchRewordsAndRebuildsOnlyTheScreenShown() {
    Recorded home = new Recorded("home");
    Recorded wizard = new Recorded("wizard");
    nav.show(home);
    nav.show(wizard);
    Label before = wizard.shown;
    calls.clear();

    access.locale.set(Languages.OFFERED.get(1));

    assertEquals(
        List.of("wizard disposed", "wizard reworded pl", "wizard built pl", "wizard shown"), calls);
    assertEquals(List.of(wizard.shown), area.getChildren());
    assertEquals("pl", language(nav.form()));
    assertNotSame(before, wizard.shown, "a new page in the new words");
  }

  @Test
  void afterLeavingASwitchChangesTheWordsButRebuildsNothing() {
    Recorded kiosk = new Recorded("kiosk");
    nav.show(kiosk);
    Label left = kiosk.shown;
    nav.leave();
    assertEquals(List.of("kiosk built en", "kiosk shown", "kiosk disposed"), calls);
    calls.clear();

    access.locale.set(Languages.OFFERED.get(1));

    assertEquals(List.of(), calls);
    assertSame(left, area.getChildren().get(0), "the page stays until the next screen");
    assertEquals("pl", language(nav.form()));
  }
}
