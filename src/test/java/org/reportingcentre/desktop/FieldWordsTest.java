package org.reportingcentre.desktop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportingcentre.report.ReportField;

/** Every question the form asks has its words in every language, without falling back. */
class FieldWordsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"messages.properties", "messages_pl.properties", "messages_ur.properties"})
  void everyAskedFieldHasItsLabelInTheBundle(String bundle) throws IOException {
    Properties words = new Properties();
    try (InputStream in =
        FieldWordsTest.class.getResourceAsStream("/org/reportingcentre/desktop/i18n/" + bundle)) {
      assertNotNull(in, bundle);
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    for (ReportField field : ReportField.values()) {
      field
          .label()
          .ifPresent(
              key -> {
                assertNotNull(words.getProperty(key), bundle + " has " + key);
                assertFalse(words.getProperty(key).isBlank(), bundle + " says " + key);
              });
    }
  }
}
