package org.reportingcentre.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reportingcentre.report.MotivationStrand;

/**
 * One entry of the directory of support services.
 *
 * @param id stable across directory versions, such as {@code victim-support}
 * @param helpsWith what they help with, in plain words
 * @param strands the motivation strands they specialise in; empty means everyone
 * @param languages languages they work in, as BCP 47 tags
 * @param nationalPublicNumber true for real, public national numbers (999, 101, Victim Support);
 *     false for the local entries
 * @param needs what they help with, as codes to filter by; empty when not given
 * @param easyRead the same as {@code helpsWith} in easy-read words (short sentences, one idea
 *     each), where the entry has it; shown in easy-read mode
 */
public record SupportService(
    String id,
    String name,
    String helpsWith,
    Set<MotivationStrand> strands,
    Optional<String> phone,
    Optional<String> hours,
    List<String> languages,
    Optional<String> website,
    boolean easyReadAvailable,
    boolean nationalPublicNumber,
    Set<SupportNeed> needs,
    Optional<String> easyRead) {
  public SupportService {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(helpsWith, "helpsWith");
    strands = strands == null ? Set.of() : Set.copyOf(strands);
    phone = phone == null ? Optional.empty() : phone;
    hours = hours == null ? Optional.empty() : hours;
    languages = languages == null ? List.of() : List.copyOf(languages);
    website = website == null ? Optional.empty() : website;
    needs = needs == null ? Set.of() : Set.copyOf(needs);
    easyRead = easyRead == null ? Optional.empty() : easyRead;
  }

  /** An entry with no needs and no easy-read words (the fields a directory entry had first). */
  public SupportService(
      String id,
      String name,
      String helpsWith,
      Set<MotivationStrand> strands,
      Optional<String> phone,
      Optional<String> hours,
      List<String> languages,
      Optional<String> website,
      boolean easyReadAvailable,
      boolean nationalPublicNumber) {
    this(
        id,
        name,
        helpsWith,
        strands,
        phone,
        hours,
        languages,
        website,
        easyReadAvailable,
        nationalPublicNumber,
        Set.of(),
        Optional.empty());
  }
}
