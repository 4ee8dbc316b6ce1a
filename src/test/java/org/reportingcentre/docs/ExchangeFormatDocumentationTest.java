package org.reportingcentre.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportingcentre.report.Coded;

/** docs/exchange-format.md lists every code of every code list, so it cannot fall behind. */
class ExchangeFormatDocumentationTest {
  @Test
  void everyCodeOfEveryCodeListIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("docs/exchange-format.md"));
    List<String> missing = new ArrayList<>();
    int lists = 0;
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.reportingcentre.report")) {
      if (!type.isEnum() || !type.isAssignableTo(Coded.class)) {
        continue;
      }
      lists++;
      Class<?> enumType = type.reflect();
      String row = rowFor(doc, enumType.getSimpleName());
      for (Object constant : enumType.getEnumConstants()) {
        String code = ((Coded) constant).code();
        if (row == null || !row.contains("`" + code + "`")) {
          missing.add(enumType.getSimpleName() + "." + code);
        }
      }
    }
    assertTrue(lists >= 20, "expected to find the code lists, found " + lists);
    assertTrue(missing.isEmpty(), "not in docs/exchange-format.md: " + missing);
  }

  private static String rowFor(String doc, String name) {
    return doc.lines().filter(l -> l.startsWith("| `" + name + "` |")).findFirst().orElse(null);
  }
}
