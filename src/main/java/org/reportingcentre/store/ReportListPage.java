package org.reportingcentre.store;

import java.util.List;

/**
 * One page of the report list. How many match in all is a separate, slower question ({@link
 * ReportListRepository#count}), so the page can be shown first.
 *
 * @param more true when there are rows after this page
 * @param detailed false for a volunteer's list (reference, date and status only)
 */
public record ReportListPage(
    List<ReportRow> rows, int offset, int limit, boolean more, boolean detailed) {
  public ReportListPage {
    rows = List.copyOf(rows);
  }

  public boolean hasNext() {
    return more;
  }

  public boolean hasPrevious() {
    return offset > 0;
  }
}
