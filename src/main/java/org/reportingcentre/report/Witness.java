package org.reportingcentre.report;

import java.util.Optional;

/** Someone else who saw it. Every part is optional. */
public record Witness(Optional<String> name, Optional<String> contact, Optional<String> notes) {
  public Witness {
    name = Values.text(name);
    contact = Values.text(contact);
    notes = Values.text(notes);
  }
}
