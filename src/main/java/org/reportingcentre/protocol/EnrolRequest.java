package org.reportingcentre.protocol;

import java.util.Objects;

/**
 * A centre asks for its token with the one-time enrolment code the SPOC gave it.
 *
 * @param centreCode the centre's code, such as {@code TWL}; must be the centre the code was made
 *     for
 * @param enrolmentCode as printed by {@code spoc centre add}; case, spaces and dashes do not matter
 */
public record EnrolRequest(String centreCode, String enrolmentCode) {
  public EnrolRequest {
    Objects.requireNonNull(centreCode, "centreCode");
    Objects.requireNonNull(enrolmentCode, "enrolmentCode");
  }
}
