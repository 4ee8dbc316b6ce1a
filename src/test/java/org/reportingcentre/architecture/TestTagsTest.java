package org.reportingcentre.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportingcentre.testing.ScreenTest;

/**
 * {@code mvn test -Pfast} stays quick only while every test that starts JavaFX's toolkit through
 * TestFX carries {@link ScreenTest}: an untagged one would slow the quick set down and make it need
 * a display set-up it does not have.
 */
class TestTagsTest {
  @Test
  void everyTestThatShowsScreensIsTaggedSoTheQuickSetLeavesItOut() {
    List<String> untagged =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.reportingcentre")
                .stream()
                .filter(c -> c.getSimpleName().endsWith("Test"))
                .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .filter(TestTagsTest::usesTestFx)
                .filter(c -> !c.reflect().isAnnotationPresent(ScreenTest.class))
                .map(JavaClass::getName)
                .sorted()
                .toList();

    assertEquals(List.of(), untagged, "TestFX tests without @ScreenTest");
  }

  /** The test or a base class it extends uses TestFX. */
  private static boolean usesTestFx(JavaClass test) {
    return Stream.concat(Stream.of(test), test.getAllRawSuperclasses().stream())
        .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
        .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.testfx"));
  }
}
