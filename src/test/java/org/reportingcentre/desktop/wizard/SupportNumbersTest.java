package org.reportingcentre.desktop.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportingcentre.desktop.common.Form;
import org.reportingcentre.desktop.testing.WizardFixture;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.Reference;
import org.reportingcentre.testing.ScreenTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The confirmation page and the receipt give the numbers from the SPOC's directory as cached at the
 * centre, and the national numbers when the centre has none yet.
 */
@ScreenTest
@ExtendWith(ApplicationExtension.class)
class SupportNumbersTest {
  private static final Reference REFERENCE = new Reference("TWL", 1234);
  private static final List<SupportService> DIRECTORY =
      List.of(
          service("local-line", "Townsley Hate Crime Advice Line", "01632 960 123", false),
          service("no-phone", "Townsley Drop-in", null, false),
          service("victim-support", "Victim Support", "08 08 16 89 111", true));
  private final WizardFixture fixture = new WizardFixture();
  private Stage stage;

  private static SupportService service(String id, String name, String phone, boolean national) {
    return new SupportService(
        id,
        name,
        "Support after hate incidents",
        Set.of(),
        Optional.ofNullable(phone),
        Optional.empty(),
        List.of("en"),
        Optional.empty(),
        false,
        national);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private List<String> confirmationNumbers(FxRobot robot, List<SupportService> directory) {
    return robot
        .interact(
            () -> {
              WizardView view =
                  new WizardView(
                      new Form(fixture.text),
                      fixture.vm,
                      fixture.steps,
                      () -> {},
                      r -> {},
                      () -> directory);
              stage.setScene(new Scene(view.root(), 1000, 760));
              stage.show();
              fixture.vm.sent.set(REFERENCE);
            })
        .lookup("#support-numbers")
        .queryAs(VBox.class)
        .getChildren()
        .stream()
        .map(n -> ((Label) n).getText())
        .toList();
  }

  @Test
  void theConfirmationPageListsTheCachedDirectoryNationalNumbersFirst(FxRobot robot) {
    assertEquals(
        List.of(
            "Victim Support: 08 08 16 89 111", "Townsley Hate Crime Advice Line: 01632 960 123"),
        confirmationNumbers(robot, DIRECTORY),
        "only services with a phone, national first");
  }

  @Test
  void withoutADirectoryTheConfirmationPageGivesTheNationalNumbers(FxRobot robot) {
    List<String> numbers = confirmationNumbers(robot, List.of());

    assertEquals(4, numbers.size(), numbers.toString());
    assertEquals("If someone is hurt or in danger now, call 999.", numbers.get(0));
    assertEquals("Stop Hate UK 24-hour line: 0800 138 1625.", numbers.get(3));
  }

  private String receiptText(List<SupportService> directory) throws Exception {
    byte[] pdf =
        new ReceiptPdf(fixture.text)
            .render(REFERENCE, LocalDate.of(2026, 11, 20), "Townsley Library", directory);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theReceiptListsTheCachedDirectory() throws Exception {
    String text = receiptText(DIRECTORY);

    assertTrue(text.contains("Townsley Hate Crime Advice Line: 01632 960 123"), text);
    assertTrue(text.contains("Victim Support: 08 08 16 89 111"), text);
    assertFalse(text.contains("Stop Hate UK"), "the directory replaces the national list");
    assertFalse(text.contains("Townsley Drop-in"), "a service with no phone is not a number");
  }

  @Test
  void withoutADirectoryTheReceiptGivesTheNationalNumbers() throws Exception {
    String text = receiptText(List.of());

    assertTrue(text.contains("Victim Support, free and confidential: 08 08 16 89 111."), text);
    assertTrue(text.contains("Stop Hate UK 24-hour line: 0800 138 1625."), text);
  }

  @Test
  void aNameInAnotherScriptDoesNotStopTheReceipt() throws Exception {
    String text = receiptText(List.of(service("ur", "مدد لائن Help Line", "0800 000 0000", false)));

    assertTrue(text.contains("Help Line: 0800 000 0000"), text);
  }
}
