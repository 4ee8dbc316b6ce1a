package org.reportingcentre.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules that concern the desktop (docs/architecture.md). */
class DesktopArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // The generated jOOQ tables are large and are not what these rules are about.
          .withImportOption(location -> !location.contains("/org/reportingcentre/store/jooq/"))
          .importPackages("org.reportingcentre");

  @Test
  void nothingOutsideTheDesktopUsesJavaFx() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.reportingcentre.desktop..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx..")
        .check(MAIN);
  }

  @Test
  void theDesktopTalksToServicesNotToTheDatabaseOrTheNetwork() {
    noClasses()
        .that()
        .resideInAPackage("org.reportingcentre.desktop..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jooq..", "okhttp3..", "org.reportingcentre.spoc..")
        .check(MAIN);
  }

  @Test
  void theDesktopHasNoStaticMutableStateButTheLaunchHandOff() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("org.reportingcentre.desktop..")
        .and()
        .areStatic()
        .and()
        .doNotHaveFullName("org.reportingcentre.desktop.app.DesktopLauncher.launch")
        .should()
        .haveModifier(JavaModifier.FINAL)
        .check(MAIN);
  }
}
