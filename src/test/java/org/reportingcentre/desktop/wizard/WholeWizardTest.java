package org.reportingcentre.desktop.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.Ui;
import org.reportingcentre.report.AgeBand;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Consent;
import org.reportingcentre.report.ConsentMethod;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.ContactDetails;
import org.reportingcentre.report.ContactMethod;
import org.reportingcentre.report.ContactPreferences;
import org.reportingcentre.report.DisabilityStatus;
import org.reportingcentre.report.EqualityMonitoring;
import org.reportingcentre.report.Ethnicity;
import org.reportingcentre.report.Gender;
import org.reportingcentre.report.History;
import org.reportingcentre.report.IncidentDate;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Offenders;
import org.reportingcentre.report.PoliceSharing;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Religion;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportValidator;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.SexualOrientation;
import org.reportingcentre.report.TransHistory;
import org.reportingcentre.report.Victim;
import org.reportingcentre.report.WhenApproximately;
import org.reportingcentre.report.Witness;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole wizard, three ways, through the real screens into the real encrypted store: the stored
 * report holds exactly the answers given, and nothing that was not.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class WholeWizardTest {
  @TempDir static Path temp;
  private static AppFixture shared;
  private AppFixture fixture;

  @BeforeAll
  static void makeStore() throws Exception {
    shared = new AppFixture(temp.resolve("data")).withStore();
  }

  @Start
  void start(Stage stage) {
    fixture = new AppFixture(shared.folder);
    fixture.start(stage);
  }

  private Ui signIn(FxRobot robot, String user) {
    Ui ui = Ui.fast(robot);
    ui.fill("user", user).fill("password", AppFixture.PASSWORD).click("sign-in");
    assertEquals("What do you want to do?", ui.heading());
    ui.click("start");
    assertEquals("Before you start", ui.heading());
    return ui;
  }

  @Test
  void victimWithDetailsAndConsentsIsStoredWithExactlyTheAnswersGiven(FxRobot robot)
      throws Exception {
    Ui ui = signIn(robot, AppFixture.VOLUNTEER);
    ui.next();
    ui.click("role-victim").next();
    ui.click("anonymous-no").next();
    assertEquals("What happened?", ui.heading());
    ui.click("types-verbal-abuse").click("types-graffiti").next();
    ui.fill(
            "description",
            "Two men shouted abuse at me outside the library and sprayed words on my door.")
        .next();
    ui.click("motivations-race").click("motivations-religion");
    ui.fill("hateIndicators", "They shouted about my headscarf.").next();
    ui.click("when-date").fill("day", "14").fill("month", "11").fill("year", "2026");
    ui.fill("time", "18:30").click("stillHappening-yes").next();
    ui.click("locationType-street").fill("address", "High Street, by the library");
    ui.fill("postcode", "TW1 1AA").fill("area", "Townsley centre").next();
    ui.click("injured-no").click("damageOrLoss-yes").next();
    ui.click("canDescribe-yes").fill("count", "2").click("known-no");
    ui.fill("description-0", "Tall, grey hoodie");
    ui.click("addDescription").fill("description-1", "Short, red cap").next();
    ui.click("othersSaw-yes")
        .fill("witnessName-0", "Jo Bloggs")
        .fill("witnessContact-0", "07700 900456");
    ui.next();
    ui.click("happenedBefore-yes")
        .click("reportedBefore-yes")
        .fill("reportedTo", "Housing officer")
        .next();
    assertEquals("About you", ui.heading());
    ui.fill("name", "Amina Khan").fill("phone", "07700 900123").fill("email", "amina@example.org");
    ui.click("ageBand-25-34").click("gender-woman").click("transHistory-same-as-birth");
    ui.click("ethnicity-asian")
        .click("religion-muslim")
        .click("sexualOrientation-prefer-not-to-say");
    ui.click("disability-no").next();
    assertEquals("Help and sharing", ui.heading());
    ui.click("police-with-name").click("victimSupport-yes").click("otherServices-no").next();
    assertEquals("Contacting you safely", ui.heading());
    ui.click("contactBack-yes").click("method-text").fill("safeTimes", "Weekdays after 6pm");
    ui.click("safeToLeaveMessage-no").fill("trustedPerson", "My sister Sara, 07700 900789").next();
    assertEquals("Check your answers before sending your report", ui.heading());
    assertEquals(
        "Two men shouted abuse at me outside the library and sprayed words on my door.",
        ui.text("answer-description"));
    ui.click("send");

    Reference reference = Reference.parse(ui.text("reference"));
    assertEquals("TWL", reference.centreCode());
    Report r = stored(reference);
    Instant now = fixture.clock.instant();
    assertEquals(ReporterRole.VICTIM, r.reporter().role());
    assertFalse(r.reporter().anonymous());
    assertEquals(Optional.empty(), r.reporter().relationship());
    assertEquals(
        EnumSet.of(IncidentType.VERBAL_ABUSE, IncidentType.GRAFFITI), r.incident().types());
    assertEquals(
        "Two men shouted abuse at me outside the library and sprayed words on my door.",
        r.incident().description());
    assertEquals(
        EnumSet.of(MotivationStrand.RACE, MotivationStrand.RELIGION), r.incident().motivations());
    assertEquals(Optional.of("They shouted about my headscarf."), r.incident().hateIndicators());
    assertEquals(
        new IncidentDate(
            Optional.of(LocalDate.of(2026, 11, 14)),
            Optional.empty(),
            Optional.of(LocalTime.of(18, 30))),
        r.incident().when());
    assertEquals(Answer.YES, r.incident().stillHappening());
    assertEquals(
        new Location(
            LocationType.STREET,
            Optional.empty(),
            Optional.empty(),
            Optional.of("High Street, by the library"),
            Optional.of("TW1 1AA"),
            Optional.of("Townsley centre")),
        r.incident().location());
    assertEquals(Answer.NO, r.incident().injured());
    assertEquals(Answer.YES, r.incident().damageOrLoss());
    assertEquals(
        new Offenders(Optional.of(2), Answer.NO, List.of("Tall, grey hoodie", "Short, red cap")),
        r.people().offenders());
    assertEquals(
        List.of(
            new Witness(Optional.of("Jo Bloggs"), Optional.of("07700 900456"), Optional.empty())),
        r.people().witnesses());
    assertEquals(new History(Answer.YES, Answer.YES, Optional.of("Housing officer")), r.history());
    assertEquals(
        Optional.of(
            new Victim(
                Optional.of("Amina Khan"),
                new ContactDetails(
                    Optional.of("07700 900123"),
                    Optional.of("amina@example.org"),
                    Optional.empty(),
                    Optional.empty()),
                Optional.of(AgeBand.AGE_25_34),
                new EqualityMonitoring(
                    Optional.of(Gender.WOMAN),
                    Optional.of(TransHistory.SAME_AS_BIRTH),
                    Optional.of(Ethnicity.ASIAN),
                    Optional.of(Religion.MUSLIM),
                    Optional.of(SexualOrientation.PREFER_NOT_TO_SAY),
                    Optional.of(DisabilityStatus.NO)))),
        r.people().victim());
    assertEquals(
        List.of(
            new Consent(
                ConsentPurpose.SHARE_WITH_POLICE,
                true,
                Optional.of(PoliceSharing.WITH_NAME),
                Optional.empty(),
                ConsentMethod.VERBAL,
                now,
                AppFixture.VOLUNTEER,
                "standard-en-1"),
            new Consent(
                ConsentPurpose.VICTIM_SUPPORT,
                true,
                Optional.empty(),
                Optional.empty(),
                ConsentMethod.VERBAL,
                now,
                AppFixture.VOLUNTEER,
                "standard-en-1"),
            new Consent(
                ConsentPurpose.OTHER_SERVICES,
                false,
                Optional.empty(),
                Optional.empty(),
                ConsentMethod.VERBAL,
                now,
                AppFixture.VOLUNTEER,
                "standard-en-1"),
            new Consent(
                ConsentPurpose.CONTACT_BACK,
                true,
                Optional.empty(),
                Optional.of(
                    new ContactPreferences(
                        ContactMethod.TEXT,
                        Optional.of("Weekdays after 6pm"),
                        false,
                        Optional.of("My sister Sara, 07700 900789"))),
                ConsentMethod.VERBAL,
                now,
                AppFixture.VOLUNTEER,
                "standard-en-1")),
        r.consents());
    assertEquals(AppFixture.VOLUNTEER, r.meta().recordedBy());
    assertEquals(Channel.IN_PERSON, r.meta().channel());
    assertEquals(List.of(), new ReportValidator(fixture.clock).validate(r));
    assertNoDraftsLeft();

    ui.click("receipt");
    Path pdf = fixture.receiptTargets.get(0);
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains(reference.toString()), text);
      assertTrue(text.contains("20 November 2026"), text);
      assertTrue(text.contains("What happens next"), text);
      assertTrue(text.contains("Victim Support"), text);
      assertFalse(
          text.contains("headscarf") || text.contains("Amina") || text.contains("High Street"),
          "no incident details on the receipt");
    }
  }

  @Test
  void anonymousWitnessSkipsAboutYouAndContactAndLeavesNoPersonalDetails(FxRobot robot)
      throws Exception {
    Ui ui = signIn(robot, AppFixture.VOLUNTEER);
    ui.next();
    ui.click("role-witness").next();
    ui.click("anonymous-yes").next();
    ui.click("types-online-abuse").next();
    ui.fill("description", "Someone posted threats about the mosque on a local group.").next();
    ui.click("motivations-religion").next();
    ui.click("when-this-week").next();
    ui.click("locationType-online").fill("platform", "Facebook group").next();
    ui.click("injured-not-sure").click("damageOrLoss-no").next();
    ui.click("canDescribe-no");
    assertFalse(ui.showing("count"), "no offender details when they do not know who did it");
    ui.next();
    ui.click("othersSaw-not-sure").next();
    ui.click("happenedBefore-not-sure").click("reportedBefore-no").next();
    assertEquals("Help and sharing", ui.heading(), "About you is skipped when anonymous");
    assertFalse(
        ui.showing("police-with-name"), "an anonymous report cannot go to the police with a name");
    ui.click("police-without-name").click("victimSupport-no").click("otherServices-no").next();
    assertEquals(
        "Check your answers before sending your report", ui.heading(), "Contacting you is skipped");
    assertEquals("Not provided", ui.text("answer-hate-indicators"));
    ui.click("send");

    Report r = stored(Reference.parse(ui.text("reference")));
    assertEquals(ReporterRole.WITNESS, r.reporter().role());
    assertTrue(r.reporter().anonymous());
    assertEquals(Optional.empty(), r.people().victim());
    assertEquals(List.of(), r.people().witnesses());
    assertEquals(Offenders.unknown(), r.people().offenders());
    assertEquals(IncidentDate.about(WhenApproximately.THIS_WEEK), r.incident().when());
    assertEquals(Optional.of("Facebook group"), r.incident().location().platform());
    assertEquals(Optional.empty(), r.incident().hateIndicators());
    assertEquals(Optional.empty(), r.consent(ConsentPurpose.CONTACT_BACK));
    assertEquals(
        Optional.of(PoliceSharing.WITHOUT_NAME),
        r.consent(ConsentPurpose.SHARE_WITH_POLICE).orElseThrow().policeSharing());
    assertEquals(3, r.consents().size());
  }

  @Test
  void reportingForSomeoneElseAsksTheRelationshipAndRecordsThemAsTheVictim(FxRobot robot)
      throws Exception {
    Ui ui = signIn(robot, AppFixture.MANAGER);
    ui.next();
    ui.click("role-on-behalf");
    assertTrue(ui.showing("relationship"));
    ui.fill("relationship", "Support worker").next();
    ui.click("anonymous-no").next();
    ui.click("types-other").fill("otherType", "Spat at").next();
    ui.fill("description", "My client was spat at on the bus.").next();
    ui.click("motivations-disability")
        .click("motivations-other")
        .fill("otherMotivation", "Learning disability")
        .next();
    fixture.clock.advance(Duration.ofMinutes(3));
    ui.click("when-yesterday").next();
    ui.click("locationType-public-transport").next();
    ui.click("injured-no").click("damageOrLoss-no").next();
    ui.click("canDescribe-yes").click("known-yes").next();
    ui.click("othersSaw-no").next();
    ui.click("happenedBefore-no").click("reportedBefore-not-sure").next();
    assertEquals("About the person it happened to", ui.heading());
    ui.fill("name", "Daniel Price").click("ageBand-45-54").next();
    ui.click("police-not-at-all").click("victimSupport-yes").click("otherServices-yes").next();
    ui.click("contactBack-no").next();
    ui.click("send");

    Report r = stored(Reference.parse(ui.text("reference")));
    assertEquals(ReporterRole.ON_BEHALF, r.reporter().role());
    assertEquals(Optional.of("Support worker"), r.reporter().relationship());
    assertEquals(EnumSet.of(IncidentType.OTHER), r.incident().types());
    assertEquals(Optional.of("Spat at"), r.incident().otherType());
    assertEquals(Optional.of("Learning disability"), r.incident().otherMotivation());
    assertEquals(Optional.of("Daniel Price"), r.people().victim().orElseThrow().name());
    assertEquals(Optional.of(AgeBand.AGE_45_54), r.people().victim().orElseThrow().ageBand());
    assertEquals(EqualityMonitoring.notAsked(), r.people().victim().orElseThrow().equality());
    assertEquals(new Offenders(Optional.empty(), Answer.YES, List.of()), r.people().offenders());
    assertEquals(Location.of(LocationType.PUBLIC_TRANSPORT), r.incident().location());
    Consent police = r.consent(ConsentPurpose.SHARE_WITH_POLICE).orElseThrow();
    assertFalse(police.granted());
    assertEquals(AppFixture.MANAGER, police.recordedBy());
    Consent contact = r.consent(ConsentPurpose.CONTACT_BACK).orElseThrow();
    assertFalse(contact.granted());
    assertEquals(Optional.empty(), contact.contact());
    assertTrue(r.consent(ConsentPurpose.OTHER_SERVICES).orElseThrow().granted());
  }

  private Report stored(Reference reference) throws Exception {
    try (CentreStore store = fixture.open(AppFixture.MANAGER)) {
      return CentreServices.on(store).reports().view(reference).orElseThrow();
    }
  }

  private void assertNoDraftsLeft() throws Exception {
    try (CentreStore store = fixture.open(AppFixture.MANAGER)) {
      assertEquals(List.of(), store.drafts().all());
    }
  }
}
