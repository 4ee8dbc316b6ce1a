package org.reportingcentre.desktop.reports;

import java.util.List;
import java.util.Map;
import org.reportingcentre.centre.ReportDesk;
import org.reportingcentre.centre.ReportPage;
import org.reportingcentre.report.CorrectableField;
import org.reportingcentre.report.Reference;
import org.reportingcentre.store.ReportListPage;
import org.reportingcentre.store.ReportQuery;
import org.reportingcentre.store.StoreException;

/**
 * What the report screens ask of the store: the calls of {@link ReportDesk}, as an interface so the
 * accessibility audit can draw the screens with no store behind them.
 */
public interface DeskService {
  /** True for a manager: filters by answers, the report page and corrections. */
  boolean detailed();

  ReportListPage page(ReportQuery query) throws StoreException;

  long count(ReportQuery query) throws StoreException;

  List<String> wards() throws StoreException;

  List<String> recorders() throws StoreException;

  ReportPage open(Reference reference) throws StoreException;

  /** Corrects a report; {@code words} says a coded value as the manager was shown it. */
  List<CorrectableField> correct(
      Reference reference, Map<CorrectableField, String> values, ReportDesk.Wording words)
      throws StoreException;

  static DeskService of(ReportDesk desk) {
    return new DeskService() {
      @Override
      public boolean detailed() {
        return desk.detailed();
      }

      @Override
      public ReportListPage page(ReportQuery query) throws StoreException {
        return desk.page(query);
      }

      @Override
      public long count(ReportQuery query) throws StoreException {
        return desk.count(query);
      }

      @Override
      public List<String> wards() throws StoreException {
        return desk.wards();
      }

      @Override
      public List<String> recorders() throws StoreException {
        return desk.recorders();
      }

      @Override
      public ReportPage open(Reference reference) throws StoreException {
        return desk.open(reference);
      }

      @Override
      public List<CorrectableField> correct(
          Reference reference, Map<CorrectableField, String> values, ReportDesk.Wording words)
          throws StoreException {
        return desk.correct(reference, values, words);
      }
    };
  }
}
