package org.reportingcentre.desktop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.javafx.css.parser.Css2Bin;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportingcentre.desktop.kiosk.KioskView;

/**
 * The installed app reads its stylesheets in JavaFX's binary form, made by installer/build.sh with
 * JavaFX's own converter (for start-up speed). That form must hold exactly the rules of the CSS the
 * developers wrote and the tests use, or the installed app would look different from them.
 */
class BinaryStylesheetsTest {
  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {ReportingCentreApp.STYLESHEET, KioskView.STYLESHEET})
  void theBinaryFormHoldsTheSameRulesAsTheCss(String stylesheet) throws Exception {
    URL css = BinaryStylesheetsTest.class.getResource(stylesheet);
    Path bss = temp.resolve("converted.bss");
    Css2Bin.main(new String[] {Path.of(css.toURI()).toString(), bss.toString()});

    List<Rule> parsed = new CssParser().parse(css).getRules();
    List<Rule> binary = Stylesheet.loadBinary(bss.toUri().toURL()).getRules();

    assertFalse(parsed.isEmpty(), "the stylesheet has rules");
    assertEquals(describe(parsed), describe(binary));
  }

  private static List<String> describe(List<Rule> rules) {
    return rules.stream()
        .map(
            rule ->
                rule.getSelectors()
                    + " { "
                    + rule.getDeclarations().stream()
                        .map(d -> d.getProperty() + ": " + d.getParsedValue() + important(d))
                        .toList()
                    + " }")
        .toList();
  }

  private static String important(javafx.css.Declaration declaration) {
    return declaration.isImportant() ? " !important" : "";
  }
}
