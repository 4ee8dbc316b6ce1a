package org.reportingcentre.desktop.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportingcentre.desktop.access.Wording;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.protocol.SupportNeed;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.MotivationStrand;

/** Search and filters over the sample directory, without a stage. */
class DirectoryViewModelTest {
  private final DirectoryViewModel vm = new DirectoryViewModel(Messages.forLocale(Locale.UK));

  DirectoryViewModelTest() {
    vm.show(DirectorySource.sample());
  }

  private List<String> shown() {
    return vm.shown.stream().map(SupportService::id).toList();
  }

  @Test
  void theSampleIsShownWholeAndSaysWhereItCameFrom() {
    assertEquals(10, vm.shown.size());
    assertEquals("Showing 10 of 10 services", vm.count.get());
    assertTrue(vm.source.get().contains("sample directory"), vm.source.get());
  }

  @Test
  void aStrandKeepsItsSpecialistsAndTheServicesForEveryone() {
    vm.strand.set(Optional.of(MotivationStrand.DISABILITY));

    assertTrue(shown().contains("access-voice-advocacy"));
    assertTrue(shown().contains("victim-support"), "a service with no strands is for everyone");
    assertTrue(!shown().contains("open-doors-lgbt") && !shown().contains("faith-together"));
  }

  @Test
  void needLanguageAndWordsNarrowTogetherAndClearingShowsAllAgain() {
    vm.need.set(Optional.of(SupportNeed.HOUSING));
    assertEquals(List.of("riverside-advice-hub", "roots-traveller-support"), shown());

    vm.language.set(Optional.of("pl"));
    assertEquals(List.of("riverside-advice-hub"), shown());

    vm.search.set("TRAVELLER");
    assertEquals(List.of(), shown());
    assertEquals("No services match. Try fewer words or clear the filters.", vm.count.get());

    vm.clear();
    assertEquals(10, shown().size());
  }

  @Test
  void searchWordsMustAllAppear() {
    vm.search.set("advice housing");
    assertEquals(List.of("riverside-advice-hub"), shown());
  }

  @Test
  void britishSignLanguageHasItsNameAndLanguagesAreNamedInTheScreensLanguage() {
    assertEquals("British Sign Language", vm.languageName("bfi"));
    assertTrue(vm.languages.contains("bfi"));
    DirectoryViewModel polish = new DirectoryViewModel(Messages.forLocale(new Locale("pl")));
    assertEquals("polski", polish.languageName("pl"));
  }

  @Test
  void aScreenReaderHearsTheWholeEntryAndNationalNumbersAreMarked() {
    SupportService emergency =
        vm.shown.stream().filter(s -> s.id().equals("emergency-999")).findFirst().orElseThrow();

    String spoken = vm.spoken(emergency);

    assertTrue(spoken.startsWith("Emergency services (999). National public number."), spoken);
    assertTrue(spoken.contains("Phone: 999"), spoken);
  }

  @Test
  void easyReadModeShowsTheEasyReadTextWhereTheEntryHasIt() {
    DirectoryViewModel easy = new DirectoryViewModel(Wording.messages(Locale.UK, true));
    easy.show(DirectorySource.sample());
    SupportService victimSupport =
        easy.shown.stream().filter(s -> s.id().equals("victim-support")).findFirst().orElseThrow();
    SupportService harbour =
        easy.shown.stream()
            .filter(s -> s.id().equals("harbour-community-languages"))
            .findFirst()
            .orElseThrow();

    assertEquals(victimSupport.easyRead().orElseThrow(), easy.description(victimSupport));
    assertEquals(victimSupport.helpsWith(), vm.description(victimSupport));
    assertEquals(harbour.helpsWith(), easy.description(harbour), "no easy read: the usual words");
  }
}
