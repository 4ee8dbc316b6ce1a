package org.reportingcentre.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.ZoneId;
import org.reportingcentre.report.LocalZone;

/**
 * One place decides the time zone in which dates are read ({@link LocalZone}): nothing else names a
 * zone or falls back on the computer's, so the app, the command line and the statistics agree on
 * which day a report was made.
 */
@AnalyzeClasses(
    packages = "org.reportingcentre",
    importOptions = ImportOption.DoNotIncludeTests.class)
class OneTimeZoneTest {
  @ArchTest
  static final ArchRule nothingButLocalZoneChoosesATimeZone =
      noClasses()
          .that()
          .doNotBelongToAnyOf(LocalZone.class)
          // `stats --time-zone ZONE` reads a zone a person typed, for that one command.
          .and()
          .doNotHaveFullyQualifiedName("org.reportingcentre.cli.StatsCommand")
          .should()
          .callMethod(ZoneId.class, "systemDefault")
          .orShould()
          .callMethod(ZoneId.class, "of", String.class)
          .because("the centre's time zone is decided in one place, report.LocalZone");
}
