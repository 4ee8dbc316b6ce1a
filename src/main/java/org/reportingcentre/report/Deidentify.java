package org.reportingcentre.report;

import java.util.List;

/**
 * A report with its identifying details taken out: every {@link ReportField} that {@linkplain
 * ReportField#identifying() identifies} someone (names, contacts, addresses, descriptions of people
 * and every free text), and the attachments. What is kept is the reference, the dates, the channel,
 * the outcome and the coded fields statistics count (strands, types, location type and ward, the
 * reporter's role, the victim's age band, and each consent as given or not). See ADR 0401.
 */
public final class Deidentify {
  /** Put where the description of what happened was, so a reader sees why it is empty. */
  public static final String REMOVED = "(removed from this computer after the SPOC's receipt)";

  private Deidentify() {}

  public static Report apply(Report report) {
    ReportEdit edit = ReportEdit.of(report);
    for (ReportField field : ReportField.values()) {
      field.removeFrom(edit);
    }
    Report kept = edit.build();
    return new Report(
        kept.meta(),
        kept.reporter(),
        kept.incident(),
        kept.people(),
        kept.history(),
        kept.consents(),
        kept.needs(),
        List.of(),
        kept.outcome());
  }
}
