package org.reportingcentre.desktop.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingcentre.centre.CentreServices;
import org.reportingcentre.desktop.common.Threads;
import org.reportingcentre.desktop.testing.AppFixture;
import org.reportingcentre.desktop.testing.ManualScheduler;
import org.reportingcentre.desktop.wizard.DescriptionViewModel;
import org.reportingcentre.desktop.wizard.StepId;
import org.reportingcentre.store.CentreStore;
import org.reportingcentre.store.KioskRefusedException;
import org.reportingcentre.testing.MutableClock;
import org.reportingcentre.testing.SlowTest;

/** The kiosk's flow without a screen: speech stops and nothing survives any way out of a visit. */
@SlowTest
class KioskViewModelTest {
  @TempDir Path folder;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:15:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler();
  private final List<String> events = new ArrayList<>();
  private CentreStore store;
  private KioskViewModel kiosk;

  @BeforeEach
  void open() throws Exception {
    AppFixture app = new AppFixture(folder).withStore();
    store = app.open(AppFixture.VOLUNTEER);
    kiosk =
        new KioskViewModel(
            new KioskViewModel.Services(
                CentreServices.on(store).kiosk(),
                "TWL",
                List.of(Locale.UK, Locale.forLanguageTag("pl")),
                Threads.sameThread(),
                scheduler,
                clock,
                KioskTimings.defaults(),
                (user, password) -> "staff".equals(user),
                () -> events.add("speech stopped"),
                () -> events.add("left")));
    kiosk.start();
    events.clear();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private UUID describe(String words) {
    kiosk.startReport();
    var wizard = kiosk.visit.get().wizard();
    wizard.current.set(StepId.DESCRIPTION);
    ((DescriptionViewModel) wizard.model(StepId.DESCRIPTION)).description.set(words);
    wizard.model(StepId.DESCRIPTION).store(wizard.answers());
    wizard.saveDraft();
    return kiosk.session().currentDraft().orElseThrow();
  }

  @Test
  void everyWayOutStopsSpeechAndDeletesTheDraft() {
    UUID first = describe("first person's words");
    kiosk.leaveQuickly();
    assertEquals(List.of("speech stopped"), events);
    assertTrue(store.drafts().find(first).isEmpty());

    kiosk.toWelcome();
    UUID second = describe("second person's words");
    assertNotEquals(first, second);
    scheduler.advance(Duration.ofMinutes(6));
    assertEquals(KioskViewModel.Page.WELCOME, kiosk.page.get());
    assertTrue(store.drafts().find(second).isEmpty());
    assertTrue(events.stream().filter("speech stopped"::equals).count() >= 2);

    describe("third person's words");
    kiosk.staffLeave("staff", "pw".toCharArray(), "wrong");
    assertEquals("left", events.get(events.size() - 1));
    assertEquals(List.of(), store.drafts().all());
  }

  @Test
  void aLanguageSwitchMidReportRewordsTheErrorsShowing() {
    kiosk.startReport();
    var wizard = kiosk.visit.get().wizard();
    wizard.current.set(StepId.DESCRIPTION);
    wizard.continueClicked();
    assertEquals("Enter what happened", wizard.errors.get(0).message());

    kiosk.chooseLanguage(Locale.forLanguageTag("pl"));

    assertEquals(StepId.DESCRIPTION, wizard.current.get());
    assertEquals("Wpisz, co się stało", wizard.errors.get(0).message());
  }

  @Test
  void aWrongStaffPasswordStaysAndSaysSo() {
    kiosk.openStaffPage();
    kiosk.staffLeave("someone", "pw".toCharArray(), "wrong");
    assertEquals("wrong", kiosk.staffError.get());
    assertEquals(KioskViewModel.Page.STAFF, kiosk.page.get());
    assertFalse(events.contains("left"));
  }

  @Test
  void aTypingSaveStillPendingAtQuickExitNeverReachesTheStore() {
    describe("words");
    var wizard = kiosk.visit.get().wizard();
    ((DescriptionViewModel) wizard.model(StepId.DESCRIPTION)).description.set("more words");
    kiosk.leaveQuickly();
    scheduler.advance(Duration.ofSeconds(5));
    assertEquals(List.of(), store.drafts().all());
  }

  @Test
  void theEndedVisitsServicesRefuseEvenIfSomethingStillHoldsThem() {
    kiosk.startReport();
    var stale = kiosk.visit.get().wizard();
    kiosk.leaveQuickly();
    kiosk.toWelcome();
    assertThrows(
        KioskRefusedException.class, () -> kiosk.session().drafts().open(UUID.randomUUID()));
    stale.saveDraft();
    assertFalse(stale.saveProblem.get().isEmpty(), "the old wizard can no longer save");
    assertEquals(List.of(), store.drafts().all());
  }
}
