package org.reportingcentre.report;

import java.util.Objects;
import java.util.Optional;

/**
 * Where it happened. Address, postcode and ward are optional: a person may give only an area.
 *
 * @param platform for online incidents: the website, app or game
 * @param otherDescription when the type is {@link LocationType#OTHER}
 */
public record Location(
    LocationType type,
    Optional<String> platform,
    Optional<String> otherDescription,
    Optional<String> address,
    Optional<String> postcode,
    Optional<String> ward) {
  public Location {
    Objects.requireNonNull(type, "type");
    platform = Values.text(platform);
    otherDescription = Values.text(otherDescription);
    address = Values.text(address);
    postcode = Values.text(postcode);
    ward = Values.text(ward);
  }

  public static Location of(LocationType type) {
    return new Location(
        type,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
