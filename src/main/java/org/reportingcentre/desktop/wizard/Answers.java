package org.reportingcentre.desktop.wizard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.SexualOrientation;
import org.reportingcentre.report.TransHistory;

/**
 * The wizard's draft: every answer as typed, saved (as JSON, encrypted) after every Continue and
 * while typing. Unanswered is null or empty; text is kept exactly as typed until the report is
 * built. Public fields, because this is a document, not an object with behaviour.
 */
public final class Answers {
  /** Bumped when a field changes meaning; a draft of another version is not resumed blindly. */
  public int version = 1;

  // 2. Who is reporting
  public ReporterRole role;
  public String relationship = "";

  // 3. Anonymous
  public Boolean anonymous;

  // 4. What happened
  public Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
  public String otherType = "";

  // 5. In your own words
  public String description = "";

  // 6. Why
  public Set<MotivationStrand> motivations = EnumSet.noneOf(MotivationStrand.class);
  public String otherMotivation = "";
  public String hateIndicators = "";

  // 7. When: "date" or a WhenApproximately code
  public String whenChoice;
  public String day = "";
  public String month = "";
  public String year = "";
  public String time = "";
  public Answer stillHappening;

  // 8. Where
  public LocationType locationType;
  public String platform = "";
  public String otherPlace = "";
  public String address = "";
  public String postcode = "";
  public String area = "";

  // 9. Harm
  public Answer injured;
  public Answer damageOrLoss;

  // 10. Who did it
  public Answer canDescribeOffenders;
  public String offenderCount = "";
  public Answer offendersKnown;
  public List<String> offenderDescriptions = new ArrayList<>();

  // 11. Witnesses
  public Answer othersSaw;
  public List<WitnessAnswer> witnesses = new ArrayList<>();

  // 12. History
  public Answer happenedBefore;
  public Answer reportedBefore;
  public String reportedTo = "";

  // 13. About you
  public String name = "";
  public String phone = "";
  public String email = "";
  public String homeAddress = "";
  public String homePostcode = "";
  public AgeBand ageBand;
  public Gender gender;
  public TransHistory transHistory;
  public Ethnicity ethnicity;
  public Religion religion;
  public SexualOrientation sexualOrientation;
  public DisabilityStatus disability;

  // 14. Help and sharing: each answer with when it was given
  public PoliceSharing police;
  public Instant policeAnsweredAt;
  public Answer victimSupport;
  public Instant victimSupportAnsweredAt;
  public Answer otherServices;
  public Instant otherServicesAnsweredAt;

  // 15. Contacting you safely
  public Answer contactBack;
  public Instant contactBackAnsweredAt;
  public ContactMethod contactMethod;
  public String safeTimes = "";
  public Answer safeToLeaveMessage;
  public String trustedPerson = "";

  /** One other person who saw it. */
  public static final class WitnessAnswer {
    public String name = "";
    public String contact = "";
    public String notes = "";

    public WitnessAnswer() {}

    public WitnessAnswer(String name, String contact, String notes) {
      this.name = name;
      this.contact = contact;
      this.notes = notes;
    }
  }

  public boolean isAnonymous() {
    return Boolean.TRUE.equals(anonymous);
  }
}
