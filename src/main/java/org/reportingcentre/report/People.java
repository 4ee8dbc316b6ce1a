package org.reportingcentre.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The people involved: the victim (unless anonymous), the offenders and any witnesses. */
public record People(Optional<Victim> victim, Offenders offenders, List<Witness> witnesses) {
  public People {
    victim = Values.opt(victim);
    Objects.requireNonNull(offenders, "offenders");
    witnesses = Values.list(witnesses);
  }
}
