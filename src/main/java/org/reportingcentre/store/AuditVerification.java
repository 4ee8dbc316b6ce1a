package org.reportingcentre.store;

import java.util.List;

/**
 * The result of checking the audit chain.
 *
 * @param problems one plain sentence per broken row, naming its sequence number
 */
public record AuditVerification(long entriesChecked, List<String> problems) {
  public AuditVerification {
    problems = List.copyOf(problems);
  }

  public boolean intact() {
    return problems.isEmpty();
  }
}
