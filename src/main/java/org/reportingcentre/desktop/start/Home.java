package org.reportingcentre.desktop.start;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Navigator;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.Draft;

/**
 * Home, where a signed-in volunteer or manager starts: a new report, a draft to resume, the kiosk,
 * Lock, and the links each feature adds ({@link HomeLinks}).
 */
public final class Home implements Navigator.Screen {
  /** What home's own buttons and lines do, decided by the features they open. */
  public interface Actions {
    void startReport();

    void resume(Draft draft);

    void startKiosk();

    void lock();

    /** "N reports have news" was pressed. */
    void openNews();

    /** Fills the lines about sending (news from the SPOC, and for managers the state). */
    void showSending(HomeViewModel vm);
  }

  private final Navigator nav;
  private final Threads threads;
  private final Clock clock;
  private final Supplier<CentreStore> store;
  private final Actions actions;
  private final List<HomeLinks> links;

  /**
   * @param links the features' links, in the order they are listed
   */
  public Home(
      Navigator nav,
      Threads threads,
      Clock clock,
      Supplier<CentreStore> store,
      Actions actions,
      List<HomeLinks> links) {
    this.nav = nav;
    this.threads = threads;
    this.clock = clock;
    this.store = store;
    this.actions = actions;
    this.links = List.copyOf(links);
  }

  public void show() {
    nav.show(this);
  }

  @Override
  public Navigator.Page build(Form form) {
    nav.stopSpeaking();
    CentreStore open = store.get();
    HomeViewModel vm =
        new HomeViewModel(
            form.text(),
            CentreServices.on(open, clock).drafts(),
            CentreServices.on(open).reports(),
            threads,
            open.session().isManager());
    actions.showSending(vm);
    HomeView view =
        new HomeView(
            form,
            vm,
            open.session().user(),
            open.centreName(),
            actions::startReport,
            actions::resume,
            actions::lock,
            actions::startKiosk);
    view.onNews(actions::openNews);
    for (HomeLinks feature : links) {
      feature.addTo(view);
    }
    return view.page();
  }
}
