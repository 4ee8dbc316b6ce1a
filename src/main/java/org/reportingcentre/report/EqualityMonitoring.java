package org.reportingcentre.report;

import java.util.Optional;

/**
 * Equality monitoring answers. Each is optional (not asked or skipped), and each code list has its
 * own "prefer not to say".
 */
public record EqualityMonitoring(
    Optional<Gender> gender,
    Optional<TransHistory> transHistory,
    Optional<Ethnicity> ethnicity,
    Optional<Religion> religion,
    Optional<SexualOrientation> sexualOrientation,
    Optional<DisabilityStatus> disability) {
  public EqualityMonitoring {
    gender = Values.opt(gender);
    transHistory = Values.opt(transHistory);
    ethnicity = Values.opt(ethnicity);
    religion = Values.opt(religion);
    sexualOrientation = Values.opt(sexualOrientation);
    disability = Values.opt(disability);
  }

  public static EqualityMonitoring notAsked() {
    return new EqualityMonitoring(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
