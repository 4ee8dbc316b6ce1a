package org.reportingcentre.spoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportValidator;

class TestReportsTest {
  @Test
  void everyKindOfTestReportPassesTheDomainValidation() {
    ReportValidator validator = new ReportValidator(Clock.systemUTC());
    for (Report report : TestReports.reports("TWL", 0, 9)) {
      assertEquals(List.of(), validator.validate(report), report.meta().reference().toString());
    }
  }

  @Test
  void theSameCentreAndNumberGiveTheSameReportAndDifferentNumbersDifferentOnes() {
    ExchangeFormat format = new ExchangeFormat();
    assertEquals(
        format.contentHash(TestReports.report("TWL", 5)),
        format.contentHash(TestReports.report("TWL", 5)));
    assertNotEquals(TestReports.idFor("TWL", 5), TestReports.idFor("TWL", 6));
    assertEquals(4, TestReports.idFor("ABC", 7).version());
  }
}
