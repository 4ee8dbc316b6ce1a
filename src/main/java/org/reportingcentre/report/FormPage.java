package org.reportingcentre.report;

/**
 * The pages of the report form that ask questions, in the order the form asks them. The wizard
 * shows one page per value (with the same name), and the check page's Change links and the
 * error-to-page mapping send a person back to the page that holds a field.
 */
public enum FormPage {
  WHO,
  ANONYMOUS,
  WHAT,
  DESCRIPTION,
  WHY,
  WHEN,
  WHERE,
  HARM,
  OFFENDERS,
  WITNESSES,
  HISTORY,
  ABOUT_YOU,
  SHARING,
  CONTACT
}
