package org.reportingcentre.stats;

import java.util.Map;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.Coded;
import org.reportingcentre.report.ConsentPurpose;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.ReporterRole;

/** Plain English names of the code lists, as a published report shows them. */
public final class Labels {
  private static final Map<Enum<?>, String> NAMES =
      Map.ofEntries(
          Map.entry(MotivationStrand.RACE, "Race, ethnicity or nationality"),
          Map.entry(MotivationStrand.RELIGION, "Religion or belief"),
          Map.entry(MotivationStrand.SEXUAL_ORIENTATION, "Sexual orientation"),
          Map.entry(MotivationStrand.DISABILITY, "Disability"),
          Map.entry(MotivationStrand.TRANSGENDER, "Transgender identity"),
          Map.entry(MotivationStrand.SEX_GENDER, "Sex or gender"),
          Map.entry(MotivationStrand.AGE, "Age"),
          Map.entry(MotivationStrand.GYPSY_ROMA_TRAVELLER, "Gypsy, Roma or Traveller"),
          Map.entry(MotivationStrand.OTHER, "Another group"),
          Map.entry(IncidentType.PHYSICAL_ATTACK, "Physical attack"),
          Map.entry(IncidentType.THREATS_INTIMIDATION, "Threats or intimidation"),
          Map.entry(IncidentType.VERBAL_ABUSE, "Verbal abuse or name-calling"),
          Map.entry(IncidentType.ABUSIVE_GESTURES, "Abusive gestures"),
          Map.entry(IncidentType.PROPERTY_DAMAGE, "Damage to property"),
          Map.entry(IncidentType.GRAFFITI, "Graffiti"),
          Map.entry(IncidentType.ARSON, "Arson"),
          Map.entry(IncidentType.RUBBISH_DUMPED, "Rubbish dumped at the home"),
          Map.entry(IncidentType.OFFENSIVE_LETTERS, "Offensive letters, leaflets or posters"),
          Map.entry(IncidentType.ABUSIVE_CALLS_TEXTS_EMAILS, "Abusive calls, texts or emails"),
          Map.entry(IncidentType.ONLINE_ABUSE, "Online abuse"),
          Map.entry(IncidentType.BULLYING, "Bullying"),
          Map.entry(IncidentType.MALICIOUS_COMPLAINTS, "Malicious complaints"),
          Map.entry(IncidentType.NEIGHBOUR_DISPUTE, "Neighbour dispute"),
          Map.entry(IncidentType.FINANCIAL_ABUSE, "Financial abuse or exploitation"),
          Map.entry(IncidentType.SEXUAL_HARASSMENT, "Sexual harassment"),
          Map.entry(IncidentType.EMOTIONAL_ABUSE, "Emotional or psychological abuse"),
          Map.entry(IncidentType.OTHER, "Other"),
          Map.entry(LocationType.HOME, "Home"),
          Map.entry(LocationType.STREET, "Street"),
          Map.entry(LocationType.PUBLIC_TRANSPORT, "Public transport"),
          Map.entry(LocationType.SHOP, "Shop"),
          Map.entry(LocationType.PUB_RESTAURANT, "Pub or restaurant"),
          Map.entry(LocationType.SCHOOL_COLLEGE, "School or college"),
          Map.entry(LocationType.WORK, "Work"),
          Map.entry(LocationType.PLACE_OF_WORSHIP, "Place of worship"),
          Map.entry(LocationType.PARK, "Park"),
          Map.entry(LocationType.ONLINE, "Online"),
          Map.entry(LocationType.OTHER, "Somewhere else"),
          Map.entry(Channel.IN_PERSON, "In person"),
          Map.entry(Channel.KIOSK, "Kiosk (self-report)"),
          Map.entry(Channel.PHONE, "Phone"),
          Map.entry(Channel.POST_EMAIL, "Post or email"),
          Map.entry(ReporterRole.VICTIM, "The person it happened to"),
          Map.entry(ReporterRole.WITNESS, "A witness"),
          Map.entry(ReporterRole.ON_BEHALF, "Someone reporting for the victim"),
          Map.entry(ConsentPurpose.SHARE_WITH_POLICE, "Share with the police"),
          Map.entry(ConsentPurpose.VICTIM_SUPPORT, "Refer to Victim Support"),
          Map.entry(ConsentPurpose.OTHER_SERVICES, "Refer to other support services"),
          Map.entry(ConsentPurpose.CONTACT_BACK, "Contact the person back"));

  private Labels() {}

  /** The plain name of a code list value; its code if it has none yet. */
  public static <E extends Enum<E> & Coded> String of(E value) {
    return NAMES.getOrDefault(value, value.code());
  }
}
