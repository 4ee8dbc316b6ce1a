package org.reportingcentre.desktop.directory;

import java.util.function.Supplier;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.centre.SyncStateService;
import org.reportingcentre.desktop.common.Navigator;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.start.HomeLinks;
import org.reportingcentre.desktop.start.HomeView;
import org.reportingcentre.report.LocalZone;
import org.reportingcentre.report.Reference;
import org.reportingcentre.store.CentreStore;

/**
 * The directory of support services the SPOC published, for every signed-in user, and referring a
 * report's person to the services they agreed to.
 */
public final class DirectoryScreens implements HomeLinks {
  private final Navigator nav;
  private final Threads threads;
  private final Supplier<CentreStore> store;
  private final Runnable home;

  public DirectoryScreens(
      Navigator nav, Threads threads, Supplier<CentreStore> store, Runnable home) {
    this.nav = nav;
    this.threads = threads;
    this.store = store;
    this.home = home;
  }

  @Override
  public void addTo(HomeView view) {
    view.addDeskLink("directory", nav.form().text().get("home.directory"), this::showDirectory);
  }

  public void showDirectory() {
    nav.show(
        form -> {
          DirectoryViewModel vm = new DirectoryViewModel(form.text());
          DirectoryView view = new DirectoryView(form, vm, home);
          SyncStateService syncState = CentreServices.on(store.get()).sync();
          vm.load(threads, () -> DirectorySource.choose(syncState.directory()));
          return view.page();
        });
  }

  /** The report's page opens this. */
  public void showReferral(Reference reference) {
    nav.show(
        form -> {
          CentreStore open = store.get();
          SyncStateService syncState = CentreServices.on(open).sync();
          ReferralViewModel vm =
              new ReferralViewModel(
                  form.text(),
                  reference,
                  CentreServices.on(open).referrals(),
                  threads,
                  () -> DirectorySource.choose(syncState.directory()),
                  LocalZone.ZONE);
          ReferralView view = new ReferralView(form, vm, home);
          vm.load();
          return view.page();
        });
  }
}
