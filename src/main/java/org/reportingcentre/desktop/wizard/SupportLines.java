package org.reportingcentre.desktop.wizard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportingcentre.desktop.common.Messages;
import org.reportingcentre.protocol.SupportService;

/**
 * Where to get support, one line each, for the confirmation page and the receipt: the services with
 * a phone number from the SPOC's directory as cached at the centre (national numbers first), or the
 * national numbers in the app's own words when the centre has no directory yet.
 */
public final class SupportLines {
  /** As many as fit on a receipt beside the rest. */
  static final int MOST = 6;

  private SupportLines() {}

  public static List<String> of(Messages text, List<SupportService> directory) {
    List<String> lines = new ArrayList<>();
    directory.stream()
        .filter(service -> service.phone().isPresent())
        .sorted(Comparator.comparing((SupportService service) -> !service.nationalPublicNumber()))
        .limit(MOST)
        .forEach(
            service ->
                lines.add(text.get("support.line", service.name(), service.phone().orElseThrow())));
    if (lines.isEmpty()) {
      for (String line : text.get("receipt.support.body").split("\\|")) {
        lines.add(line.strip());
      }
    }
    return lines;
  }
}
