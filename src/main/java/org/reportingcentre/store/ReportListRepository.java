package org.reportingcentre.store;

import java.time.ZoneId;
import java.util.List;

/**
 * The report list, searched and counted in the database: one page at a time, from the reports and
 * their de-identified facts. Dates in a query are days in {@code zone}.
 */
public interface ReportListRepository {
  /**
   * One page of the list.
   *
   * @param detailed with channel, recorder, strands and ward (a manager's list); without, the rows
   *     hold reference, date and status only
   */
  ReportListPage page(ReportQuery query, boolean detailed, ZoneId zone);

  /** How many reports match in all. */
  long count(ReportQuery query, ZoneId zone);

  /** The wards the facts name, in order. */
  List<String> wards();

  /** Who recorded reports (user names and {@code kiosk}), in order. */
  List<String> recorders();
}
