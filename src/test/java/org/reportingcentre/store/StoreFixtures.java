package org.reportingcentre.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.reportingcentre.report.Answer;
import org.reportingcentre.report.Channel;
import org.reportingcentre.report.ContactDetails;
import org.reportingcentre.report.EqualityMonitoring;
import org.reportingcentre.report.FormVariant;
import org.reportingcentre.report.History;
import org.reportingcentre.report.Incident;
import org.reportingcentre.report.IncidentDate;
import org.reportingcentre.report.IncidentType;
import org.reportingcentre.report.Location;
import org.reportingcentre.report.LocationType;
import org.reportingcentre.report.MotivationStrand;
import org.reportingcentre.report.Needs;
import org.reportingcentre.report.Offenders;
import org.reportingcentre.report.People;
import org.reportingcentre.report.Reference;
import org.reportingcentre.report.Report;
import org.reportingcentre.report.ReportMeta;
import org.reportingcentre.report.Reporter;
import org.reportingcentre.report.ReporterRole;
import org.reportingcentre.report.Victim;

/** Real stores in temporary folders, and reports to put in them. */
final class StoreFixtures {
  static final String CENTRE = "TWL";
  static final String MANAGER = "amira";
  static final char[] MANAGER_PASSWORD = "correct horse battery".toCharArray();

  /** Delays the throttle asked for, instead of sleeping through them. */
  static final List<Duration> SLEPT = new ArrayList<>();

  private StoreFixtures() {}

  static StoreOptions options() {
    return new StoreOptions(
        Clock.systemUTC(),
        new SecureRandom(),
        UnlockThrottle.inMemory(),
        SLEPT::add,
        KeyRing.MIN_ITERATIONS);
  }

  static CentreStore.Created create(Path folder) throws StoreException {
    return CentreStore.create(
        folder, CENTRE, "Townsley Library", MANAGER, MANAGER_PASSWORD.clone(), options());
  }

  static Report report(Reference reference, String description) {
    Instant created = Instant.parse("2026-03-02T10:15:30Z");
    return new Report(
        new ReportMeta(
            UUID.randomUUID(),
            reference,
            reference.centreCode(),
            MANAGER,
            Channel.IN_PERSON,
            FormVariant.STANDARD,
            "en",
            created,
            Optional.of(created.plusSeconds(900)),
            1),
        new Reporter(ReporterRole.VICTIM, Optional.empty(), false),
        new Incident(
            description,
            Optional.of("They shouted about my headscarf"),
            EnumSet.of(MotivationStrand.RELIGION),
            Optional.empty(),
            EnumSet.of(IncidentType.VERBAL_ABUSE),
            Optional.empty(),
            IncidentDate.on(LocalDate.of(2026, 3, 1)),
            Answer.NO,
            Location.of(LocationType.STREET),
            Answer.NO,
            Answer.NO,
            EnumSet.noneOf(org.reportingcentre.report.EvidenceKind.class),
            Optional.empty()),
        new People(
            Optional.of(
                new Victim(
                    Optional.of("Zainab Testperson"),
                    new ContactDetails(
                        Optional.of("07700 900123"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                    Optional.empty(),
                    EqualityMonitoring.notAsked())),
            Offenders.unknown(),
            List.of()),
        new History(Answer.NO, Answer.NO, Optional.empty()),
        List.of(),
        Needs.none(),
        List.of(),
        Optional.empty());
  }

  /** Starts a JVM that opens the store and keeps it open until its input is closed. */
  static Process holdOpenInAnotherProcess(Path folder) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            HoldStoreOpen.class.getName(),
            folder.toString(),
            MANAGER);
    builder.environment().put("RC_PASSWORD", new String(MANAGER_PASSWORD));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
    String line;
    while ((line = out.readLine()) != null && !line.equals("open")) {
      // Skip start-up output until the store is open.
    }
    if (line == null) {
      throw new IllegalStateException("The holding process could not open the store");
    }
    return process;
  }

  /** SHA-256 of every file under the folder, by relative path. */
  static Map<String, String> hashes(Path folder) throws IOException {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] digest;
        try {
          digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
        result.put(folder.relativize(file).toString(), HexFormat.of().formatHex(digest));
      }
    }
    return result;
  }

  /** True if any file under the folder contains the bytes. */
  static boolean anyFileContains(Path folder, byte[] needle) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] haystack = Files.readAllBytes(file);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
          for (int j = 0; j < needle.length; j++) {
            if (haystack[i + j] != needle[j]) {
              continue outer;
            }
          }
          return true;
        }
      }
    }
    return false;
  }
}
