package org.reportingcentre.store;

import java.util.List;

/**
 * One page of the report list and how many reports match in all.
 *
 * @param detailed false for a volunteer's list (reference, date and status only)
 */
public record ReportListPage(
    List<ReportRow> rows, long total, int offset, int limit, boolean detailed) {
  public ReportListPage {
    rows = List.copyOf(rows);
  }

  public boolean hasNext() {
    return offset + rows.size() < total;
  }

  public boolean hasPrevious() {
    return offset > 0;
  }
}
