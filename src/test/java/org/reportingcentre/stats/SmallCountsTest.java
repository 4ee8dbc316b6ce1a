package org.reportingcentre.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmallCountsTest {
  private final SmallCounts suppress = new SmallCounts(true);
  private final SmallCounts show = new SmallCounts(false);

  @Test
  void countsFromOneToFourAreHiddenAndZeroAndFiveAreShown() {
    assertEquals("0", suppress.count(0).text());
    for (int n = 1; n <= 4; n++) {
      assertEquals("<5", suppress.count(n).text());
      assertEquals(Optional.empty(), suppress.count(n).value());
      assertEquals(Integer.toString(n), show.count(n).text());
    }
    assertEquals("5", suppress.count(5).text());
  }

  @Test
  void whatWouldRevealAHiddenCountIsWithheld() {
    assertEquals("withheld", suppress.share(3, 40).text());
    assertEquals("withheld", suppress.change(12, 3).text());
    assertEquals("withheld", suppress.rate(new Statistics.Rate("Kingsway", 4, 12_400)).text());
    assertEquals("withheld", suppress.days(Optional.of(Duration.ofDays(3)), 2).text());
    assertEquals("8%", show.share(3, 40).text());
    assertEquals("+9", show.change(12, 3).text());
    assertEquals("32.3", show.rate(new Statistics.Rate("Kingsway", 4, 12_400)).text());
    assertEquals("-", suppress.share(0, 0).text());
  }
}
