package org.reportingcentre.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a backup file holds, written inside it beside the files it describes. It carries no personal
 * data: ids, counts, times, sizes and checksums.
 *
 * @param lastAuditSeq the newest audit entry in the backup (the entry recording the backup itself)
 * @param lastAuditAt when that entry was written: a store whose newest entry is later is newer
 */
public record BackupManifest(
    String format,
    int version,
    UUID storeId,
    String centreCode,
    Instant createdAt,
    String createdBy,
    long reports,
    long lastAuditSeq,
    Instant lastAuditAt,
    List<FileEntry> files) {
  public static final String FORMAT = "reporting-centre-backup";
  public static final int VERSION = 1;

  /** One file of the store, with its size and SHA-256 in hex. */
  public record FileEntry(String name, long size, String sha256) {
    public FileEntry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  public BackupManifest {
    files = files == null ? List.of() : List.copyOf(files);
  }

  public Optional<FileEntry> file(String name) {
    return files.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
