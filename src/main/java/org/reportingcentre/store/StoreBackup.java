package org.reportingcentre.store;

import static org.reportingcentre.store.jooq.Tables.AUDIT_ENTRY;
import static org.reportingcentre.store.jooq.Tables.AUDIT_HEAD;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jooq.Record2;
import org.reportingcentre.protocol.ExchangeFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backup to one file and restore from it. The file is a zip of the store as it rests on disk: the
 * H2 database still encrypted under the data key (a consistent copy made by H2's {@code BACKUP
 * TO}), the keyring that wraps that key, and a manifest with checksums. Nothing in it is readable
 * without a user's password or the recovery key.
 *
 * <p>A restore checks the whole file before touching anything, opens the copy with the user's
 * password in a folder beside the data folder, and only then swaps the folders; the store it
 * replaces is kept beside it. It refuses to replace a store that has changed since the backup was
 * made unless the caller confirms.
 */
public final class StoreBackup {
  static final String MANIFEST = "manifest.json";
  static final String DATABASE_FILE = CentreStore.DATABASE_NAME + ".mv.db";

  /** The store's files a backup holds, besides the manifest. */
  private static final List<String> FILES =
      List.of(KeyRing.FILE_NAME, StoreSeal.FILE_NAME, DATABASE_FILE);

  private static final Set<String> ENTRIES =
      Set.of(MANIFEST, KeyRing.FILE_NAME, StoreSeal.FILE_NAME, DATABASE_FILE);
  private static final Set<String> STORE_FILES =
      Set.of(
          DATABASE_FILE,
          KeyRing.FILE_NAME,
          KeyRing.FILE_NAME + ".new",
          StoreSeal.FILE_NAME,
          StoreSeal.FILE_NAME + ".new",
          CentreStore.DATABASE_NAME + ".trace.db",
          CentreStore.DATABASE_NAME + ".lock.db");
  private static final ObjectMapper JSON = ExchangeFormat.newObjectMapper();
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final Logger LOG = LoggerFactory.getLogger(StoreBackup.class);

  /** Asked before a store that changed after the backup is replaced. */
  @FunctionalInterface
  public interface Confirmation {
    /**
     * @param explanation what would be lost, in plain words
     * @return true to replace it anyway
     */
    boolean replaceNewer(String explanation);
  }

  /**
   * What a restore did.
   *
   * @param previous where the replaced store was kept, if there was one
   */
  public record Restored(BackupManifest manifest, Optional<Path> previous) {}

  private StoreBackup() {}

  /**
   * Writes a backup of an open store to a new file (managers only). The backup is recorded in the
   * audit log first, so the backup holds the record of its own making.
   */
  public static BackupManifest create(CentreStore store, Path file, Clock clock)
      throws StoreException {
    store.session().requireManager("make a backup");
    Path target = file.toAbsolutePath();
    if (Files.exists(target)) {
      throw new StoreException.BadRequest(
          "The file " + file + " already exists. Choose a new name; nothing was written.");
    }
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new StoreException.BadRequest(
          "The folder for " + file + " does not exist. Nothing was written.");
    }
    Path work = null;
    Path part = null;
    try {
      work = Files.createTempDirectory(parent, ".backup-");
      store
          .audit()
          .append(
              store.session().user(),
              AuditAction.BACKUP,
              "backup",
              "encrypted backup to " + target.getFileName());
      store.sealAuditHead();
      Path h2Zip = work.resolve("h2.zip");
      store.dsl().execute("BACKUP TO " + org.jooq.impl.DSL.inline(h2Zip.toString()));
      Path database = work.resolve(DATABASE_FILE);
      try (ZipFile zip = new ZipFile(h2Zip.toFile())) {
        ZipEntry entry = zip.getEntry(DATABASE_FILE);
        if (entry == null) {
          throw new IOException("H2's backup has no " + DATABASE_FILE);
        }
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, database);
        }
      }
      Path keyring = work.resolve(KeyRing.FILE_NAME);
      Files.copy(store.folder().resolve(KeyRing.FILE_NAME), keyring);
      Path seal = work.resolve(StoreSeal.FILE_NAME);
      Files.copy(store.folder().resolve(StoreSeal.FILE_NAME), seal);
      Record2<Long, java.time.OffsetDateTime> head = lastAudit(store);
      KeyRing ring = KeyRing.load(keyring, new java.security.SecureRandom(), 0);
      BackupManifest manifest =
          new BackupManifest(
              BackupManifest.FORMAT,
              BackupManifest.VERSION,
              ring.storeId(),
              ring.centreCode(),
              clock.instant(),
              store.session().user(),
              store.work().repositories().reports().count(),
              head.value1(),
              head.value2().toInstant(),
              List.of(describe(keyring), describe(seal), describe(database)));
      part = parent.resolve("." + target.getFileName() + ".part");
      Files.deleteIfExists(part);
      createPrivate(part);
      try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.WRITE);
          ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        for (Path each : List.of(keyring, seal, database)) {
          zip.putNextEntry(stored(each));
          Files.copy(each, zip);
          zip.closeEntry();
        }
      }
      try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      moveAtomically(part, target, false);
      part = null;
      return manifest;
    } catch (IOException | RuntimeException e) {
      LOG.warn("A backup could not be written ({})", e.getClass().getSimpleName());
      throw new StoreException.CannotWrite(
          "The backup could not be written to "
              + file
              + ". Is the disk full or read-only? No backup was made.",
          e);
    } finally {
      deleteTree(part);
      deleteTree(work);
    }
  }

  private static Record2<Long, java.time.OffsetDateTime> lastAudit(CentreStore store) {
    return store
        .dsl()
        .select(AUDIT_HEAD.SEQ, AUDIT_ENTRY.AT)
        .from(AUDIT_HEAD)
        .join(AUDIT_ENTRY)
        .on(AUDIT_ENTRY.SEQ.eq(AUDIT_HEAD.SEQ))
        .fetchOne();
  }

  /**
   * Restores a backup into a data folder. Nothing in the folder changes unless every check passes:
   * the file is whole (manifest, entries, checksums), the keyring opens with the user's password
   * for a manager, the database opens with its key, and its audit chain is intact.
   *
   * @param user the manager restoring; empty for the first manager in the backup's keyring
   */
  public static Restored restore(
      Path file,
      Path dataFolder,
      Optional<String> user,
      char[] password,
      Confirmation confirmation,
      StoreOptions options)
      throws StoreException {
    Path folder = dataFolder.toAbsolutePath().normalize();
    Path parent = folder.getParent();
    if (parent == null) {
      throw new StoreException.BadRequest("Choose a data folder, not the top of the disk.");
    }
    if (!Files.isRegularFile(file)) {
      throw new StoreException.BadRequest("There is no file " + file + ". Nothing was changed.");
    }
    if (isInUse(folder)) {
      throw new StoreException.InUse(null);
    }
    Path staging = null;
    try {
      Files.createDirectories(parent);
      staging = Files.createTempDirectory(parent, "." + folder.getFileName() + ".restoring-");
      BackupManifest manifest = unpack(file, staging);
      KeyRing ring =
          KeyRing.load(
              staging.resolve(KeyRing.FILE_NAME), options.random(), options.kdfIterations());
      if (!ring.storeId().equals(manifest.storeId())) {
        throw damaged(file, "its keyring belongs to another store");
      }
      String who = user.orElseGet(() -> firstManager(ring));
      if (ring.roleOf(who).filter(r -> r == Role.MANAGER).isEmpty()
          && ring.roleOf(who).isPresent()) {
        throw new StoreException.NotAllowed("restore a backup");
      }
      Optional<String> newer = newerThan(folder, manifest, who, password, options);
      if (newer.isPresent() && !confirmation.replaceNewer(newer.get())) {
        throw new StoreException.BadRequest(newer.get() + " Nothing was changed.");
      }
      try (CentreStore restored = CentreStore.open(staging, who, password, options)) {
        AuditVerification audit = restored.audit().verify();
        if (!audit.intact()) {
          throw damaged(file, "its audit log does not verify");
        }
        restored
            .audit()
            .append(
                who,
                AuditAction.RESTORE,
                "backup",
                "restored from backup made "
                    + manifest.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    + " ("
                    + file.getFileName()
                    + ")");
        restored.sealAuditHead();
      }
      Optional<Path> previous = swap(folder, staging, options.clock());
      staging = null;
      return new Restored(manifest, previous);
    } catch (IOException e) {
      LOG.warn("A restore could not write its files ({})", e.getClass().getSimpleName());
      throw new StoreException.CannotWrite(
          "The backup could not be restored: the files could not be written beside "
              + folder
              + ". Is the disk full, or the folder above it read-only? Nothing was changed.",
          e);
    } finally {
      deleteTree(staging);
    }
  }

  /**
   * What checking a backup found: it is whole and opens with the user's password.
   *
   * @param newer why replacing the open store would lose changes, if it would
   */
  public record Checked(BackupManifest manifest, Optional<String> newer) {}

  /**
   * Checks a backup against the open store without changing anything (managers only): the file is
   * whole, its keyring opens with this user's password for a manager, and whether the open store
   * has changes made after it. The app asks before restoring, then closes the store and calls
   * {@link #restore}, which checks everything again.
   */
  public static Checked check(CentreStore current, Path file, char[] password, StoreOptions options)
      throws StoreException {
    current.session().requireManager("restore a backup");
    if (!Files.isRegularFile(file)) {
      throw new StoreException.BadRequest("There is no file " + file + ". Nothing was changed.");
    }
    Path folder = current.folder().toAbsolutePath().normalize();
    Path staging = null;
    byte[] key = null;
    try {
      staging =
          Files.createTempDirectory(folder.getParent(), "." + folder.getFileName() + ".check-");
      BackupManifest manifest = unpack(file, staging);
      KeyRing ring =
          KeyRing.load(
              staging.resolve(KeyRing.FILE_NAME), options.random(), options.kdfIterations());
      if (!ring.storeId().equals(manifest.storeId())) {
        throw damaged(file, "its keyring belongs to another store");
      }
      String who = current.session().user();
      if (ring.roleOf(who).filter(r -> r == Role.MANAGER).isEmpty()) {
        throw new StoreException.BadRequest(
            "The backup has no manager called "
                + who
                + ". Restore it from the command line with the name of one of its managers."
                + " Nothing was changed.");
      }
      key = ring.unlock(who, password);
      KeyRing own =
          KeyRing.load(
              folder.resolve(KeyRing.FILE_NAME), options.random(), options.kdfIterations());
      Record2<Long, java.time.OffsetDateTime> head = lastAudit(current);
      LastChange last = new LastChange(own.storeId(), head.value1(), head.value2().toInstant());
      return new Checked(manifest, newer(folder, last, manifest));
    } catch (IOException e) {
      LOG.warn("A backup could not be checked ({})", e.getClass().getSimpleName());
      throw new StoreException.CannotWrite(
          "The backup could not be checked: there is no room to unpack it beside "
              + folder
              + ". Nothing was changed.",
          e);
    } finally {
      if (key != null) {
        Arrays.fill(key, (byte) 0);
      }
      deleteTree(staging);
    }
  }

  /**
   * Reads the whole backup into the staging folder, checking it on the way.
   *
   * @throws StoreException.BadRequest if the file is damaged, truncated or not a backup
   */
  static BackupManifest unpack(Path file, Path staging) throws StoreException, IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<String> names = zip.stream().map(ZipEntry::getName).sorted().toList();
      if (!Set.copyOf(names).equals(ENTRIES) || names.size() != ENTRIES.size()) {
        throw damaged(file, "it does not hold the files a backup holds");
      }
      BackupManifest manifest;
      try (InputStream in = zip.getInputStream(zip.getEntry(MANIFEST))) {
        manifest = JSON.readValue(in.readAllBytes(), BackupManifest.class);
      } catch (IOException | RuntimeException e) {
        throw damaged(file, "its manifest cannot be read");
      }
      if (!BackupManifest.FORMAT.equals(manifest.format())
          || manifest.version() != BackupManifest.VERSION
          || manifest.storeId() == null
          || manifest.lastAuditAt() == null
          || manifest.createdAt() == null) {
        throw damaged(file, "it is not a backup this version can read");
      }
      for (String name : FILES) {
        BackupManifest.FileEntry expected =
            manifest.file(name).orElseThrow(() -> damaged(file, "its manifest misses " + name));
        Path target = staging.resolve(name);
        MessageDigest sha = sha256();
        try (InputStream in =
            new DigestInputStream(new Unreadable(zip.getInputStream(zip.getEntry(name))), sha)) {
          Files.copy(in, target);
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        if (Files.size(target) != expected.size() || !actual.equals(expected.sha256())) {
          throw damaged(file, name + " does not match its checksum");
        }
      }
      return manifest;
    } catch (ZipException | java.io.EOFException | Unreadable.Failure e) {
      throw damaged(file, "it is truncated or not a backup file");
    }
  }

  /** Tells a failure to read the backup (damaged) from a failure to write the copy (disk). */
  private static final class Unreadable extends java.io.FilterInputStream {
    static final class Failure extends IOException {
      private static final long serialVersionUID = 1L;

      Failure(IOException cause) {
        super(cause);
      }
    }

    Unreadable(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw new Failure(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        throw new Failure(e);
      }
    }
  }

  /**
   * Why the store in the folder should not be replaced without asking, if it should not: it has
   * audit entries newer than the backup, or it cannot be checked with these credentials.
   */
  private static Optional<String> newerThan(
      Path folder, BackupManifest manifest, String user, char[] password, StoreOptions options) {
    if (!CentreStore.exists(folder)) {
      return Optional.empty();
    }
    Optional<LastChange> last = lastChange(folder, user, password, options);
    if (last.isEmpty()) {
      return Optional.of(
          "There is a store in "
              + folder
              + " that could not be opened with this user name and password to check whether it"
              + " is newer than the backup, so it may hold reports the backup does not.");
    }
    return newer(folder, last.get(), manifest);
  }

  private static Optional<String> newer(Path folder, LastChange last, BackupManifest manifest) {
    boolean sameStoreFurtherOn =
        last.storeId().equals(manifest.storeId()) && last.seq() > manifest.lastAuditSeq();
    if (sameStoreFurtherOn || last.at().isAfter(manifest.lastAuditAt())) {
      return Optional.of(
          "The store in "
              + folder
              + " was last changed at "
              + last.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
              + ", after the backup was made ("
              + manifest.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
              + "). Restoring would lose those changes.");
    }
    return Optional.empty();
  }

  /** A store's newest audit entry. */
  private record LastChange(java.util.UUID storeId, long seq, Instant at) {}

  /** The newest audit entry of a store, read without writing a byte to it. */
  private static Optional<LastChange> lastChange(
      Path folder, String user, char[] password, StoreOptions options) {
    byte[] key = null;
    try {
      KeyRing ring =
          KeyRing.load(
              folder.resolve(KeyRing.FILE_NAME), options.random(), options.kdfIterations());
      key = ring.unlock(user, password);
      String url = CentreStore.jdbcUrl(folder) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
      try (Connection connection =
              DriverManager.getConnection(url, "RC", CentreStore.jdbcPassword(key));
          PreparedStatement query =
              connection.prepareStatement(
                  "SELECT e.seq, e.at FROM audit_head h JOIN audit_entry e ON e.seq = h.seq");
          ResultSet row = query.executeQuery()) {
        return row.next()
            ? Optional.of(
                new LastChange(
                    ring.storeId(),
                    row.getLong(1),
                    row.getObject(2, java.time.OffsetDateTime.class).toInstant()))
            : Optional.empty();
      }
    } catch (StoreException | SQLException | RuntimeException e) {
      LOG.info(
          "The current store could not be checked before a restore ({})",
          e.getClass().getSimpleName());
      return Optional.empty();
    } finally {
      if (key != null) {
        Arrays.fill(key, (byte) 0);
      }
    }
  }

  /**
   * Puts the staged store in place of the folder: the folder is renamed aside (kept), then the
   * staged folder renamed to it. Files in the folder that are not part of the store go with it.
   */
  private static Optional<Path> swap(Path folder, Path staging, Clock clock) throws IOException {
    if (!Files.exists(folder)) {
      moveAtomically(staging, folder, true);
      return Optional.empty();
    }
    try (Stream<Path> others = Files.list(folder)) {
      for (Path other : others.toList()) {
        String name = other.getFileName().toString();
        if (!STORE_FILES.contains(name)) {
          copyTree(other, staging.resolve(name));
        }
      }
    }
    Path aside = asideFor(folder, clock);
    moveAtomically(folder, aside, true);
    try {
      moveAtomically(staging, folder, true);
    } catch (IOException e) {
      // Put the old store back, so the folder is as it was.
      moveAtomically(aside, folder, true);
      throw e;
    }
    if (!CentreStore.exists(aside)) {
      deleteTree(aside);
      return Optional.empty();
    }
    return Optional.of(aside);
  }

  /**
   * Where the replaced store is kept: "data.before-restore-20261125-211826", or with "-2", "-3"
   * added when a restore in the same second already kept one there (a second restore must not fail,
   * nor the first one's store be lost).
   */
  private static Path asideFor(Path folder, Clock clock) {
    String name = folder.getFileName() + ".before-restore-" + STAMP.format(clock.instant());
    Path aside = folder.resolveSibling(name);
    for (int n = 2; Files.exists(aside, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
      aside = folder.resolveSibling(name + "-" + n);
    }
    return aside;
  }

  /** True if another program holds the store's database open (H2 locks the file). */
  static boolean isInUse(Path folder) {
    Path database = folder.resolve(DATABASE_FILE);
    if (!Files.exists(database)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(database, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String firstManager(KeyRing ring) {
    return ring.users().stream()
        .filter(u -> u.role() == Role.MANAGER)
        .map(KeyRing.User::name)
        .findFirst()
        .orElse("");
  }

  private static StoreException.BadRequest damaged(Path file, String why) {
    return new StoreException.BadRequest(
        "The backup file "
            + file.getFileName()
            + " cannot be restored: "
            + why
            + ". It may be damaged or incomplete. Nothing was changed.");
  }

  /**
   * An entry kept as it is, not compressed: the database is encrypted and would not shrink, and
   * storing saves compressing and uncompressing hundreds of megabytes.
   */
  private static ZipEntry stored(Path file) throws IOException {
    CRC32 crc = new CRC32();
    try (InputStream in = new CheckedInputStream(Files.newInputStream(file), crc)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    ZipEntry entry = new ZipEntry(file.getFileName().toString());
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(Files.size(file));
    entry.setCompressedSize(Files.size(file));
    entry.setCrc(crc.getValue());
    return entry;
  }

  private static BackupManifest.FileEntry describe(Path file) throws IOException {
    MessageDigest sha = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return new BackupManifest.FileEntry(
        file.getFileName().toString(), Files.size(file), HexFormat.of().formatHex(sha.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static void createPrivate(Path path) throws IOException {
    try {
      Files.createFile(
          path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      // A file system without owner-only permissions (Windows): the folder's own rights apply.
      Files.createFile(path);
    }
  }

  private static void moveAtomically(Path from, Path to, boolean folder) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      if (folder) {
        throw e;
      }
      Files.move(from, to);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path each : all.toList()) {
        Path target = to.resolve(from.relativize(each).toString());
        if (Files.isDirectory(each)) {
          Files.createDirectories(target);
        } else {
          Files.copy(each, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      List<Path> paths = new ArrayList<>(all.toList());
      paths.sort(Comparator.reverseOrder());
      for (Path path : paths) {
        Files.deleteIfExists(path);
      }
    } catch (NoSuchFileException ignored) {
      // Already gone.
    } catch (IOException e) {
      LOG.warn("A temporary folder could not be removed ({})", e.getClass().getSimpleName());
    }
  }
}
