package org.reportingcentre.stats;

import java.util.List;

/** The definitions and notes every quarterly report carries, in plain words. */
public final class Definitions {
  private Definitions() {}

  /** Term and meaning. */
  public record Definition(String term, String meaning) {}

  public static final List<Definition> TERMS =
      List.of(
          new Definition(
              "Hate incident",
              "Any incident, criminal or not, that the victim or any other person perceives to be"
                  + " motivated by prejudice or hate. Perception decides: nobody has to prove the"
                  + " motive."),
          new Definition("Hate crime", "A hate incident that is also a criminal offence."),
          new Definition(
              "Motivation strands",
              "The five strands monitored nationally: race, ethnicity or nationality; religion or"
                  + " belief; sexual orientation; disability; transgender identity. The local"
                  + " strands: sex or gender; age; Gypsy, Roma or Traveller; another group. A report"
                  + " can give several."),
          new Definition("Repeat victim", "A report that says the same thing had happened before."),
          new Definition(
              "Further action",
              "The single point of contact passed the report to the police, referred the person"
                  + " to support, or took action, or listed at least one action or referral."));

  public static final List<String> NOTES =
      List.of(
          "A report counts in the period in which it was completed (finished and saved at the"
              + " centre), by the date on the centre's computer, not the date of the incident.",
          "Each report counts once in totals. In the breakdowns by strand and by type of"
              + " incident, a report counts once in each strand or type it gives.",
          "The same period a year before is the same days one year earlier.",
          "These figures come only from the de-identified parts of reports (codes, ward and"
              + " dates); no names, contact details or descriptions are used, and the figures stay"
              + " the same after personal details are removed from old reports.",
          "When small counts are suppressed, counts from 1 to 4 are shown as \"<5\", and shares,"
              + " rates and medians that would reveal them are withheld.");
}
