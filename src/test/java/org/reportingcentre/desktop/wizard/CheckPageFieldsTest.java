package org.reportingcentre.desktop.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.AgeBand;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.ContactMethod;
import org.reportingcentre.report.DisabilityStatus;
import org.reportingcentre.report.Ethnicity;
import org.reportingcentre.report.Gender;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.PoliceSharing;
import org.reportingcentre.report.Religion;
import org.reportingcentre.report.ReportField;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.SexualOrientation;
import org.reportingcentre.report.TransHistory;

/** The check page shows every answer the form asks, by the field registry. */
class CheckPageFieldsTest {
  private final CheckViewModel vm = new CheckViewModel(Messages.forLocale(Locale.UK));

  @Test
  void everyAnswerTheFormAsksHasARowOnItsPageOrIsShownInAnother() {
    List<CheckViewModel.Row> rows = new ArrayList<>(vm.rows(everything(LocationType.ONLINE)));
    rows.addAll(vm.rows(everything(LocationType.OTHER)));
    for (ReportField field : ReportField.values()) {
      if (field.page().isEmpty()) {
        continue;
      }
      Optional<CheckViewModel.Row> row =
          rows.stream().filter(r -> r.id().equals(field.key())).findFirst();
      if (row.isPresent()) {
        assertEquals(StepId.of(field.page().get()), row.get().step(), field.key());
        assertTrue(!row.get().answer().equals("Not provided"), field.key());
      } else {
        ReportField shownWith = field.shownWith().orElseThrow(() -> new AssertionError(field));
        assertTrue(
            rows.stream()
                .anyMatch(
                    r ->
                        r.id().equals(shownWith.key())
                            && r.answer().contains("given for " + field.key())),
            field.key() + " is shown in the row of " + shownWith.key());
      }
    }
  }

  @Test
  void rowsComeInTheOrderOfTheRegistry() {
    List<String> ids = vm.rows(everything(LocationType.STREET)).stream().map(r -> r.id()).toList();
    List<String> fields = ids.stream().filter(id -> ReportField.fromKey(id).isPresent()).toList();
    assertEquals(
        fields.stream()
            .map(id -> ReportField.fromKey(id).orElseThrow())
            .sorted()
            .map(ReportField::key)
            .toList(),
        fields);
  }

  /** Answers to every question, by someone reporting for another; texts name their field. */
  private static Answers everything(LocationType place) {
    Answers a = new Answers();
    a.role = ReporterRole.ON_BEHALF;
    a.relationship = "given for relationship";
    a.anonymous = false;
    a.types = EnumSet.of(IncidentType.OTHER);
    a.otherType = "given for other-type";
    a.description = "given for description";
    a.motivations = EnumSet.of(MotivationStrand.OTHER);
    a.otherMotivation = "given for other-motivation";
    a.hateIndicators = "given for hate-indicators";
    a.whenChoice = "date";
    a.day = "5";
    a.month = "11";
    a.year = "2026";
    a.time = "17:40";
    a.stillHappening = Answer.NO;
    a.locationType = place;
    a.platform = "given for platform";
    a.otherPlace = "given for other-place";
    a.address = "given for address";
    a.postcode = "given for postcode";
    a.area = "given for ward";
    a.injured = Answer.NO;
    a.damageOrLoss = Answer.NO;
    a.canDescribeOffenders = Answer.YES;
    a.offenderCount = "2";
    a.offendersKnown = Answer.NO;
    a.offenderDescriptions = new ArrayList<>(List.of("given for offender-descriptions"));
    a.othersSaw = Answer.YES;
    a.witnesses =
        new ArrayList<>(List.of(new Answers.WitnessAnswer("given for witnesses", "", "")));
    a.happenedBefore = Answer.YES;
    a.reportedBefore = Answer.YES;
    a.reportedTo = "given for reported-to";
    a.name = "given for victim-name";
    a.phone = "given for victim-phone";
    a.email = "given for victim-email";
    a.homeAddress = "given for victim-address";
    a.homePostcode = "given for victim-postcode";
    a.ageBand = AgeBand.values()[0];
    a.gender = Gender.values()[0];
    a.transHistory = TransHistory.values()[0];
    a.ethnicity = Ethnicity.values()[0];
    a.religion = Religion.values()[0];
    a.sexualOrientation = SexualOrientation.values()[0];
    a.disability = DisabilityStatus.values()[0];
    a.police = PoliceSharing.WITH_NAME;
    a.victimSupport = Answer.YES;
    a.otherServices = Answer.NO;
    a.contactBack = Answer.YES;
    a.contactMethod = ContactMethod.values()[0];
    a.safeTimes = "given for safe-times";
    a.safeToLeaveMessage = Answer.NO;
    a.trustedPerson = "given for trusted-person";
    return a;
  }
}
