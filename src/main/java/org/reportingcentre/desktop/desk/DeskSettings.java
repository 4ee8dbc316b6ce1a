package org.reportingcentre.desktop.desk;

import org.reportingcentre.centre.StatisticsData;
import org.reportingcentre.store.Population;
import org.reportingcentre.store.StoreException;

/** The statistics settings the manager keeps: population figures and small-count suppression. */
public interface DeskSettings {
  Population population();

  boolean suppressSmallCounts();

  void setAreaPopulation(long people) throws StoreException;

  void setWardPopulation(String ward, long people) throws StoreException;

  void setSuppressSmallCounts(boolean suppress) throws StoreException;

  /** The real thing: the store's statistics tables (each change audited there). */
  static DeskSettings of(StatisticsData data) {
    return new DeskSettings() {
      @Override
      public Population population() {
        return data.population();
      }

      @Override
      public boolean suppressSmallCounts() {
        return data.suppressSmallCounts();
      }

      @Override
      public void setAreaPopulation(long people) throws StoreException {
        data.setAreaPopulation(people);
      }

      @Override
      public void setWardPopulation(String ward, long people) throws StoreException {
        data.setWardPopulation(ward, people);
      }

      @Override
      public void setSuppressSmallCounts(boolean suppress) throws StoreException {
        data.setSuppressSmallCounts(suppress);
      }
    };
  }
}
