package org.reportingcentre.desktop.kiosk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.report.Reference;

/**
 * The printed receipt: reference, centre, date and support numbers. It is given nothing of the
 * incident, so it cannot show any: a receipt left in a public printer tells nobody what happened.
 */
final class KioskReceipt {
  private KioskReceipt() {}

  static Node build(
      Messages words,
      List<SupportNumber> numbers,
      Reference reference,
      String centreName,
      LocalDate date) {
    VBox receipt = new VBox();
    receipt.setId("receipt");
    receipt.getStyleClass().add("kiosk-page");
    receipt
        .getChildren()
        .addAll(
            line(words.get("receipt.heading")),
            line(words.get("receipt.reference", reference.toString())),
            line(words.get("receipt.centre", centreName)),
            line(words.get("receipt.date", date.toString())),
            line(words.get("receipt.keep")));
    for (String support : supportLines(words, numbers)) {
      receipt.getChildren().add(line(support));
    }
    receipt.getChildren().get(0).getStyleClass().add("subheading");
    return receipt;
  }

  /**
   * The support numbers as lines, "name: phone": from the directory when the centre has one, else
   * the national numbers in the kiosk's own words.
   */
  static List<String> supportLines(Messages words, List<SupportNumber> numbers) {
    if (!numbers.isEmpty()) {
      return numbers.stream()
          .map(n -> words.get("done.support.line", n.name(), n.phone()))
          .toList();
    }
    int count = Integer.parseInt(words.get("support.count"));
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      lines.add(
          words.get(
              "done.support.line",
              words.get("support." + i + ".name"),
              words.get("support." + i + ".phone")));
    }
    return lines;
  }

  private static Label line(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    return label;
  }
}
