package org.reportingcentre.desktop.reports;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Navigator;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.start.HomeLinks;
import org.reportingcentre.desktop.start.HomeView;
import org.reportingcentre.report.LocalZone;
import org.reportingcentre.report.Reference;
import org.reportingcentre.store.CentreStore;

/**
 * The report list and each report's page, for everyone signed in (a volunteer's list shows
 * reference, date and status only).
 */
public final class ReportScreens implements HomeLinks {
  private final Navigator nav;
  private final Threads threads;
  private final Clock clock;
  private final Supplier<CentreStore> store;
  private final Consumer<Reference> referral;
  private final Runnable home;

  /** The list last shown, whose filters the next one keeps (back from a report, a redraw). */
  private ReportsViewModel list;

  /**
   * @param referral opens the referral of a report's person to support services
   */
  public ReportScreens(
      Navigator nav,
      Threads threads,
      Clock clock,
      Supplier<CentreStore> store,
      Consumer<Reference> referral,
      Runnable home) {
    this.nav = nav;
    this.threads = threads;
    this.clock = clock;
    this.store = store;
    this.referral = referral;
    this.home = home;
  }

  @Override
  public void addTo(HomeView view) {
    view.addDeskLink("desk-reports", nav.form().text().get("reports.link"), this::showReports);
  }

  /** The whole list, with no filters. */
  public void showReports() {
    list = null;
    nav.show(new ListScreen(false));
  }

  /** The list showing only reports with news from the SPOC ("N reports have news"). */
  public void showReportsWithNews() {
    list = null;
    nav.show(new ListScreen(true));
  }

  private void backToList() {
    nav.show(new ListScreen(false));
  }

  public void showReport(Reference reference) {
    nav.show(
        form -> {
          ReportPageViewModel vm = new ReportPageViewModel(form.text(), desk(), threads, reference);
          ReportPageView view = new ReportPageView(form, vm, this::backToList, referral, home);
          return view.page().whenShown(vm::load);
        });
  }

  private DeskService desk() {
    return DeskService.of(CentreServices.on(store.get(), clock).desk(LocalZone.ZONE));
  }

  /** The list over a new view model that keeps the filters of the one before. */
  private final class ListScreen implements Navigator.Screen {
    private boolean onlyWithNews;

    ListScreen(boolean onlyWithNews) {
      this.onlyWithNews = onlyWithNews;
    }

    @Override
    public Navigator.Page build(Form form) {
      ReportsViewModel previous = list;
      ReportsViewModel vm = new ReportsViewModel(form.text(), desk(), threads);
      list = vm;
      if (previous != null) {
        vm.keepFiltersOf(previous);
      }
      if (onlyWithNews) {
        vm.withNews.set(true);
        // Set once: a redraw keeps it as one of the filters.
        onlyWithNews = false;
      }
      ReportsView view = new ReportsView(form, vm, this::open, home);
      return view.page().whenShown(vm::start);
    }

    private void open(Reference reference) {
      showReport(reference);
    }
  }
}
