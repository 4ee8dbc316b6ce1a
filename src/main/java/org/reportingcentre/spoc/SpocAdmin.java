package org.reportingcentre.spoc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reportingcentre.protocol.DirectoryDocument;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.report.OutcomeStatus;
import org.reportingcentre.report.Reference;

/**
 * What SPOC staff do from the command line: centres and their enrolment codes, outcomes, the
 * directory, counts. Works on the store directly, so it works while a server runs on it.
 */
public final class SpocAdmin {
  /** How long a new enrolment code works for. */
  public static final Duration ENROLMENT_CODE_VALIDITY = Duration.ofDays(7);

  private static final long MAX_DIRECTORY_BYTES = 5L * 1024 * 1024;
  private static final int MAX_MESSAGE = 2_000;

  private final SpocStore store;
  private final Secrets secrets;
  private final Clock clock;
  private final ObjectMapper mapper = ExchangeFormat.newObjectMapper();

  public SpocAdmin(SpocStore store, Secrets secrets, Clock clock) {
    this.store = store;
    this.secrets = secrets;
    this.clock = clock;
  }

  /** A one-time enrolment code, shown once: the store keeps only its hash. */
  public record IssuedCode(String centreCode, String enrolmentCode, Instant expiresAt) {
    @Override
    public String toString() {
      return "IssuedCode[" + centreCode + ", expires " + expiresAt + "]";
    }
  }

  /** Adds a centre and gives it its first enrolment code. */
  public IssuedCode addCentre(String centreCode, String centreName) throws AdminException {
    checkCentreCode(centreCode);
    String name = Objects.requireNonNullElse(centreName, "").strip();
    if (name.isEmpty() || name.length() > 200) {
      throw new AdminException("Give the centre a name of 1 to 200 characters.");
    }
    if (!store.addCentre(centreCode, name, clock.instant())) {
      throw new AdminException(
          "There is already a centre "
              + centreCode
              + ". To give it a new enrolment code, use: spoc centre new-code "
              + centreCode);
    }
    return issueCode(centreCode);
  }

  /** A new enrolment code for a known centre, such as after a token was revoked or lost. */
  public IssuedCode newEnrolmentCode(String centreCode) throws AdminException {
    requireCentre(centreCode);
    return issueCode(centreCode);
  }

  private IssuedCode issueCode(String centreCode) {
    String code = secrets.newEnrolmentCode();
    Instant now = clock.instant();
    Instant expires = now.plus(ENROLMENT_CODE_VALIDITY);
    store.addEnrolmentCode(
        centreCode, Secrets.sha256(Secrets.normaliseEnrolmentCode(code)), now, expires);
    return new IssuedCode(centreCode, code, expires);
  }

  public List<SpocStore.CentreSummary> centres() {
    return store.centres(clock.instant());
  }

  /**
   * Revokes every token of the centre and withdraws its unused codes. Its reports stay.
   *
   * @return how many tokens were revoked
   */
  public int revoke(String centreCode) throws AdminException {
    requireCentre(centreCode);
    return store.revokeCentre(centreCode, clock.instant());
  }

  /** Records an outcome that the report's centre will pull. */
  public SpocStore.StoredOutcome setOutcome(
      String reference, OutcomeStatus status, Optional<String> messageForVictim)
      throws AdminException {
    Reference parsed;
    try {
      parsed = Reference.parse(reference);
    } catch (IllegalArgumentException e) {
      throw new AdminException(e.getMessage());
    }
    Optional<String> message = messageForVictim.map(String::strip).filter(m -> !m.isEmpty());
    if (message.filter(m -> m.length() > MAX_MESSAGE).isPresent()) {
      throw new AdminException(
          "The message is too long: the most is " + MAX_MESSAGE + " characters.");
    }
    return store
        .recordOutcome(parsed, status, message, clock.instant())
        .orElseThrow(
            () ->
                new AdminException(
                    "No report with the reference " + parsed + " has reached this SPOC."));
  }

  /** Checks a directory file and publishes it as the next version. */
  public SpocStore.PublishedDirectory loadDirectory(Path file) throws AdminException {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_DIRECTORY_BYTES) {
        throw new AdminException(
            "The directory file is larger than " + MAX_DIRECTORY_BYTES + " bytes.");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new AdminException("There is no file " + file + ".");
    } catch (IOException e) {
      throw new AdminException("The file " + file + " cannot be read: " + e.getMessage(), e);
    }
    DirectoryDocument document;
    try {
      document =
          mapper
              .reader()
              .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .readValue(bytes, DirectoryDocument.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      String reason = Optional.ofNullable(e.getOriginalMessage()).orElse("");
      int cut = reason.indexOf('\n');
      throw new AdminException(
          "The directory file is not in the directory format"
              + where
              + ": "
              + (cut > 0 ? reason.substring(0, cut) : reason),
          e);
    } catch (IOException e) {
      throw new AdminException("The file " + file + " cannot be read: " + e.getMessage(), e);
    }
    if (document == null || document.services().isEmpty()) {
      throw new AdminException("The directory file has no services in it.");
    }
    Set<String> ids = new HashSet<>();
    for (SupportService service : document.services()) {
      if (service.id().isBlank() || service.name().isBlank()) {
        throw new AdminException("Every service needs an id and a name.");
      }
      if (!ids.add(service.id())) {
        throw new AdminException("Two services have the id \"" + service.id() + "\".");
      }
    }
    try {
      return store.publishDirectory(mapper.writeValueAsString(document), clock.instant());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A directory could not be written as JSON", e);
    }
  }

  public List<SpocStore.StatusCount> stats() {
    return store.countsByCentreAndStatus();
  }

  /** Referrals, newest first, of one centre or of all. */
  public List<SpocStore.StoredReferral> referrals(Optional<String> centreCode, int limit)
      throws AdminException {
    if (centreCode.isPresent()) {
      checkCentreCode(centreCode.get());
    }
    if (limit < 1 || limit > 100_000) {
      throw new AdminException("--limit must be from 1 to 100000.");
    }
    return store.referrals(centreCode, limit);
  }

  public List<SpocStore.CentreCount> referralCounts() {
    return store.referralCounts();
  }

  private void requireCentre(String centreCode) throws AdminException {
    checkCentreCode(centreCode);
    if (store.centreName(centreCode).isEmpty()) {
      throw new AdminException("There is no centre " + centreCode + " at this SPOC.");
    }
  }

  private static void checkCentreCode(String centreCode) throws AdminException {
    if (!Reference.isValidCentreCode(centreCode)) {
      throw new AdminException("A centre code is 2 to 6 capital letters, like TWL.");
    }
  }
}
