package org.reportingcentre.report;

import java.util.Optional;

/** How to reach a person. Every part is optional. */
public record ContactDetails(
    Optional<String> phone,
    Optional<String> email,
    Optional<String> address,
    Optional<String> postcode) {
  public ContactDetails {
    phone = Values.text(phone);
    email = Values.text(email);
    address = Values.text(address);
    postcode = Values.text(postcode);
  }

  public static ContactDetails none() {
    return new ContactDetails(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public boolean nothingGiven() {
    return phone.isEmpty() && email.isEmpty() && address.isEmpty() && postcode.isEmpty();
  }
}
