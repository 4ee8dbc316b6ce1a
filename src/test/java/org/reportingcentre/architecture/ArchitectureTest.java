package org.reportingcentre.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of docs/architecture.md (and ADR 0001), checked on every build. The layers,
 * from the bottom: {@code report} (the domain), {@code protocol} (the exchange format), {@code
 * store} (persistence), {@code centre} (the centre's services); then {@code sync}, {@code stats},
 * {@code desktop} and {@code cli}, which may use all of these.
 */
@AnalyzeClasses(
    packages = "org.reportingcentre",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String BASE = "org.reportingcentre.";

  @ArchTest
  static final ArchRule theDomainUsesOnlyTheJdkAndJacksonAnnotations =
      classes()
          .that()
          .resideInAPackage(BASE + "report..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", BASE + "report..", "com.fasterxml.jackson.annotation..")
          .because("the domain is plain Java that every other part can use");

  @ArchTest
  static final ArchRule theProtocolUsesOnlyTheDomain =
      noClasses()
          .that()
          .resideInAPackage(BASE + "protocol..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              BASE + "store..",
              BASE + "centre..",
              BASE + "sync..",
              BASE + "spoc..",
              BASE + "stats..",
              BASE + "desktop..",
              BASE + "cli..");

  @ArchTest
  static final ArchRule theStoreUsesOnlyTheDomainAndTheExchangeFormat =
      noClasses()
          .that()
          .resideInAPackage(BASE + "store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              BASE + "centre..",
              BASE + "sync..",
              BASE + "spoc..",
              BASE + "stats..",
              BASE + "desktop..",
              BASE + "cli..")
          .because("the store is persistence only: the services that use it live in centre");

  @ArchTest
  static final ArchRule theCentresServicesUseTheDomainTheProtocolAndTheStore =
      classes()
          .that()
          .resideInAPackage(BASE + "centre..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", BASE + "centre..", BASE + "report..", BASE + "protocol..", BASE + "store..")
          .because("the centre's services are the application layer over the store");

  @ArchTest
  static final ArchRule theCentresServicesGoThroughTheRepositoryInterfaces =
      noClasses()
          .that()
          .resideInAPackage(BASE + "centre..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.jooq..", BASE + "store.jooq..")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleNameStartingWith("Jooq")
          .because(
              "services see the store's repository interfaces and value types, never how they are"
                  + " kept");

  @ArchTest
  static final ArchRule onlyTheDesktopUsesJavaFx =
      noClasses()
          .that()
          .resideOutsideOfPackage(BASE + "desktop..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..");

  @ArchTest
  static final ArchRule theDesktopTalksToServicesNotToTheDatabaseOrTheNetwork =
      noClasses()
          .that()
          .resideInAPackage(BASE + "desktop..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.jooq..", "okhttp3..", BASE + "spoc..");

  @ArchTest
  static final ArchRule theSpocUsesOnlyTheDomainAndTheProtocolOfOurs =
      noClasses()
          .that()
          .resideInAPackage(BASE + "spoc..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.reportingcentre..")
                  .and(
                      not(
                          resideInAnyPackage(
                              BASE + "spoc..", BASE + "report..", BASE + "protocol.."))))
          .because(
              "the SPOC's jar carries only these three of our packages (pom.xml, spoc-jar), never"
                  + " the centre's store, sync, statistics, screens or command line");

  @ArchTest
  static final ArchRule nothingOutsideTheSpocUsesIt =
      noClasses()
          .that()
          .resideOutsideOfPackage(BASE + "spoc..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(BASE + "spoc..")
          .because(
              "the SPOC is its own program: the centre's jar and installer leave it out, with its"
                  + " server libraries (docs/adr/0107-the-spoc-its-own-program.md)");

  @ArchTest
  static final ArchRule theCentresSyncNeverUsesTheSpocServer =
      noClasses()
          .that()
          .resideInAPackage(BASE + "sync..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(BASE + "spoc..", BASE + "desktop..", BASE + "cli..")
          .allowEmptyShould(true); // until this feature has classes

  @ArchTest
  static final ArchRule statisticsUseOnlyTheDomainTheStoreAndTheCentresServices =
      noClasses()
          .that()
          .resideInAPackage(BASE + "stats..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(BASE + "sync..", BASE + "spoc..", BASE + "desktop..", BASE + "cli..")
          .allowEmptyShould(true); // until this feature has classes

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching(BASE + "(*)..").should().beFreeOfCycles();
}
