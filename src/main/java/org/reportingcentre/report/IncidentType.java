package org.reportingcentre.report;

/** What happened: the incident types, any number of which may apply. */
public enum IncidentType implements Coded {
  PHYSICAL_ATTACK("physical-attack"),
  THREATS_INTIMIDATION("threats-intimidation"),
  VERBAL_ABUSE("verbal-abuse"),
  ABUSIVE_GESTURES("abusive-gestures"),
  PROPERTY_DAMAGE("property-damage"),
  GRAFFITI("graffiti"),
  ARSON("arson"),
  RUBBISH_DUMPED("rubbish-dumped"),
  OFFENSIVE_LETTERS("offensive-letters"),
  ABUSIVE_CALLS_TEXTS_EMAILS("abusive-calls-texts-emails"),
  ONLINE_ABUSE("online-abuse"),
  BULLYING("bullying"),
  MALICIOUS_COMPLAINTS("malicious-complaints"),
  NEIGHBOUR_DISPUTE("neighbour-dispute"),
  FINANCIAL_ABUSE("financial-abuse"),
  SEXUAL_HARASSMENT("sexual-harassment"),
  EMOTIONAL_ABUSE("emotional-abuse"),
  OTHER("other");

  private final String code;

  IncidentType(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
