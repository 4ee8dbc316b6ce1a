package org.reportingcentre.desktop.kiosk;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.centre.KioskSession;
import org.reportingcentre.centre.SyncStateService;
import org.reportingcentre.desktop.access.AccessSettings;
import org.reportingcentre.desktop.access.Languages;
import org.reportingcentre.desktop.access.Pictograms;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.common.Navigator;
import org.reportingcentre.desktop.common.Printing;
import org.reportingcentre.desktop.common.Scheduler;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.store.CentreStore;

/**
 * Kiosk mode on the open store: people report alone; leaving needs a staff password. The kiosk's
 * mode and language are the display bar's: bound both ways to {@link AccessSettings}, so each visit
 * starts in the defaults and a switch on either side redraws the kiosk over its answers.
 */
public final class KioskMode implements Navigator.Screen {
  /** What the kiosk takes from the app. */
  public record Services(
      Navigator nav,
      AccessSettings access,
      Pictograms pictograms,
      Printing printing,
      Threads threads,
      Scheduler scheduler,
      Clock clock,
      Supplier<CentreStore> store,
      Runnable sent,
      Runnable lock) {}

  private final Services services;
  private final BooleanProperty active;
  private KioskViewModel kiosk;
  private List<SupportNumber> numbers = List.of();

  /**
   * @param active set while kiosk mode is on (the window then refuses to close)
   */
  public KioskMode(Services services, BooleanProperty active) {
    this.services = services;
    this.active = active;
  }

  /** The kiosk, while it is on. */
  public Optional<KioskViewModel> current() {
    return Optional.ofNullable(kiosk);
  }

  public void start() {
    Navigator nav = services.nav();
    // Nothing is redrawn while the display settings are joined to the kiosk's.
    nav.leave();
    CentreStore store = services.store().get();
    KioskSession session = CentreServices.on(store).kiosk();
    kiosk =
        new KioskViewModel(
            new KioskViewModel.Services(
                session,
                store.centreCode(),
                Languages.OFFERED,
                services.threads(),
                services.scheduler(),
                services.clock(),
                KioskTimings.defaults(),
                session::staffMayLeave,
                nav::stopSpeaking,
                services.lock()));
    loadSupportNumbers(kiosk, CentreServices.on(store).sync());
    kiosk.reference.addListener(
        (o, was, sent) -> {
          if (sent != null) {
            services.sent().run();
          }
        });
    services.access().mode.bindBidirectional(kiosk.mode);
    services.access().locale.bindBidirectional(kiosk.language);
    active.set(true);
    kiosk.start();
    nav.show(this);
  }

  /** Kiosk mode ends: the visit is wiped, the display settings are the defaults again. */
  public void end() {
    if (kiosk == null) {
      return;
    }
    services.nav().leave();
    kiosk.end();
    services.access().mode.unbindBidirectional(kiosk.mode);
    services.access().locale.unbindBidirectional(kiosk.language);
    kiosk = null;
    active.set(false);
  }

  /** The kiosk in the current words, over the same visit, the keyboard where it was. */
  @Override
  public Navigator.Page build(Form form) {
    Node area = services.nav().area();
    Scene scene = area.getScene();
    Node focused = scene == null ? null : scene.getFocusOwner();
    String focusedId = focused != null && isInside(focused, area) ? focused.getId() : null;
    KioskView view =
        new KioskView(
            kiosk,
            services.pictograms(),
            services.printing()::print,
            services.store().get().centreName(),
            () -> numbers,
            services.clock(),
            Optional.ofNullable(focusedId));
    return Navigator.Page.of(view.root(), view.title())
        .whenShown(view::keepFocus)
        .onDispose(view::dispose);
  }

  private static boolean isInside(Node node, Node parent) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == parent) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the numbers to call from the directory the SPOC published, in the background: the kiosk
   * works meanwhile (showing the national numbers), and shows these once they are read. A missing
   * or unreadable directory leaves the national numbers.
   */
  private void loadSupportNumbers(KioskViewModel visit, SyncStateService syncState) {
    numbers = List.of();
    services
        .threads()
        .run(
            () -> supportNumbers(syncState),
            read -> {
              if (kiosk != visit) {
                return; // the kiosk has ended since
              }
              numbers = read;
              if (kiosk.page.get() == KioskViewModel.Page.DONE) {
                services.nav().show(this);
              }
            },
            failed -> {});
  }

  /** Numbers to call from the directory the SPOC published, if the centre has it yet. */
  static List<SupportNumber> supportNumbers(SyncStateService syncState) {
    return syncState.directory().stream()
        .flatMap(d -> d.directory().services().stream())
        .filter(service -> service.phone().isPresent())
        .sorted(Comparator.comparing((SupportService service) -> !service.nationalPublicNumber()))
        .map(service -> new SupportNumber(service.name(), service.phone().orElseThrow()))
        .limit(6)
        .toList();
  }
}
