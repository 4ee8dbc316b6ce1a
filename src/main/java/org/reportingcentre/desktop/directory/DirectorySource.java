package org.reportingcentre.desktop.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.reportingcentre.protocol.DirectoryDocument;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.protocol.SupportService;
import org.reportingcentre.store.OutboxRepository;

/**
 * Where the directory of support services comes from: the copy the SPOC published, cached at the
 * last sync, or, before the centre has one, the sample directory built into the application (a copy
 * of {@code sample-data/directory.json}, put there by the build).
 */
public final class DirectorySource {
  static final String SAMPLE_RESOURCE = "directory.json";

  private DirectorySource() {}

  /**
   * A directory to show.
   *
   * @param spocVersion the SPOC's version number; empty for the built-in sample
   */
  public record Loaded(List<SupportService> services, Optional<Integer> spocVersion) {
    public Loaded {
      services = List.copyOf(services);
    }
  }

  /** The SPOC's directory if the centre has one with services in it, else the sample. */
  public static Loaded choose(Optional<OutboxRepository.CachedDirectory> cached) {
    return cached
        .map(OutboxRepository.CachedDirectory::directory)
        .filter(d -> !d.services().isEmpty())
        .map(d -> new Loaded(d.services(), Optional.of(d.version())))
        .orElseGet(DirectorySource::sample);
  }

  /** The sample directory built into the application. */
  public static Loaded sample() {
    try (InputStream in = DirectorySource.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The built-in sample directory is missing");
      }
      DirectoryDocument document =
          ExchangeFormat.newObjectMapper().readValue(in, DirectoryDocument.class);
      return new Loaded(document.services(), Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException("The built-in sample directory cannot be read", e);
    }
  }
}
