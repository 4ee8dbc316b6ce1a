package org.reportingcentre.store;

import static org.reportingcentre.store.jooq.Tables.AUDIT_HEAD;
import static org.reportingcentre.store.jooq.Tables.CENTRE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.reportingcentre.protocol.ExchangeFormat;
import org.reportingcentre.report.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The centre's encrypted store, open for one user. The database is an AES-encrypted H2 file whose
 * key is the random data key from the {@link KeyRing}; closing the store drops the key from memory.
 */
public final class CentreStore implements AutoCloseable {
  /** The database file name (H2 adds {@code .mv.db}). */
  public static final String DATABASE_NAME = "centre";

  private static final Logger LOG = LoggerFactory.getLogger(CentreStore.class);
  private static final String DB_USER = "RC";
  private static final int DATA_KEY_BYTES = 32;

  private final Path folder;
  private final KeyRing keyRing;
  private final byte[] dataKey;
  private final JdbcConnectionPool pool;
  private final DSLContext dsl;
  private final Session session;
  private final StoreOptions options;
  private final ExchangeFormat format = new ExchangeFormat();
  private final StoreSeal seal;
  private boolean closed;

  private CentreStore(
      Path folder,
      KeyRing keyRing,
      byte[] dataKey,
      JdbcConnectionPool pool,
      Session session,
      StoreOptions options,
      StoreSeal seal) {
    this.folder = folder;
    this.seal = seal;
    this.keyRing = keyRing;
    this.dataKey = dataKey;
    this.pool = pool;
    this.dsl = DSL.using(pool, SQLDialect.H2, quietSettings());
    this.session = session;
    this.options = options;
  }

  /** A new store and its recovery key, which must be shown once and then forgotten. */
  public record Created(CentreStore store, RecoveryKey recoveryKey) {}

  /** True if the folder already holds a store (or part of one). */
  public static boolean exists(Path folder) {
    return Files.exists(folder.resolve(KeyRing.FILE_NAME))
        || Files.exists(folder.resolve(DATABASE_NAME + ".mv.db"));
  }

  /** Sets up a new store for a centre with its first manager. */
  public static Created create(
      Path folder,
      String centreCode,
      String centreName,
      String manager,
      char[] password,
      StoreOptions options)
      throws StoreException {
    if (!Reference.isValidCentreCode(centreCode)) {
      throw new StoreException.BadRequest(
          "The centre code must be 2 to 6 capital letters, like TWL.");
    }
    if (centreName == null || centreName.isBlank() || centreName.length() > 200) {
      throw new StoreException.BadRequest("Give the centre a name of up to 200 characters.");
    }
    KeyRing.checkUserName(manager);
    KeyRing.checkPassword(password);
    if (exists(folder)) {
      throw new StoreException.NotSetUp(
          "There is already a store in " + folder + ". Nothing was changed.");
    }
    try {
      Files.createDirectories(folder);
      restrictToOwner(folder);
    } catch (IOException e) {
      throw new StoreException.CannotWrite("The folder " + folder + " cannot be created.", e);
    }
    byte[] dataKey = new byte[DATA_KEY_BYTES];
    options.random().nextBytes(dataKey);
    RecoveryKey recoveryKey = RecoveryKey.generate(options.random());
    JdbcConnectionPool pool = null;
    try {
      KeyRing ring =
          KeyRing.create(
              folder.resolve(KeyRing.FILE_NAME),
              centreCode,
              dataKey,
              manager,
              password,
              recoveryKey,
              options.random(),
              options.kdfIterations());
      pool = openDatabase(folder, dataKey, false);
      migrate(pool);
      DSLContext dsl = DSL.using(pool, SQLDialect.H2, quietSettings());
      dsl.insertInto(CENTRE)
          .set(CENTRE.CODE, centreCode)
          .set(CENTRE.NAME, centreName.strip())
          .set(CENTRE.CREATED_AT, options.clock().instant().atOffset(ZoneOffset.UTC))
          .execute();
      AuditEntry setup =
          new JooqAuditLog(dsl, options.clock())
              .append(manager, AuditAction.SETUP, centreCode, "store created");
      StoreSeal seal = new StoreSeal(folder, dataKey, ring.storeId());
      seal.write(new StoreSeal.Head(setup.seq(), setup.hash()));
      CentreStore store =
          new CentreStore(
              folder, ring, dataKey, pool, new Session(manager, Role.MANAGER), options, seal);
      return new Created(store, recoveryKey);
    } catch (StoreException | RuntimeException e) {
      if (pool != null) {
        pool.dispose();
      }
      Arrays.fill(dataKey, (byte) 0);
      deleteQuietly(folder.resolve(DATABASE_NAME + ".mv.db"));
      deleteQuietly(folder.resolve(KeyRing.FILE_NAME));
      deleteQuietly(folder.resolve(StoreSeal.FILE_NAME));
      if (e instanceof StoreException se) {
        throw se;
      }
      throw translate((RuntimeException) e);
    }
  }

  /** The first manager in the keyring: the one made at set-up, unless removed since. */
  public static String firstManager(Path folder) throws StoreException {
    return KeyRing.load(folder.resolve(KeyRing.FILE_NAME), new java.security.SecureRandom(), 0)
        .users()
        .stream()
        .filter(u -> u.role() == Role.MANAGER)
        .map(KeyRing.User::name)
        .findFirst()
        .orElseThrow(() -> new StoreException.Damaged("The keyring has no manager.", null));
  }

  /** Opens the store for a user. A failure of any kind leaves every file as it was. */
  public static CentreStore open(Path folder, String user, char[] password, StoreOptions options)
      throws StoreException {
    String throttleKey = folder.toAbsolutePath().normalize().toString();
    waitForThrottle(throttleKey, options);
    KeyRing ring =
        KeyRing.load(folder.resolve(KeyRing.FILE_NAME), options.random(), options.kdfIterations());
    byte[] dataKey;
    try {
      dataKey = ring.unlock(user, password);
    } catch (StoreException.WrongCredentials e) {
      options.throttle().recordFailure(throttleKey);
      LOG.info("A sign-in to the store failed (wrong user name or password)");
      throw e;
    }
    options.throttle().recordSuccess(throttleKey);
    Role role = ring.roleOf(user).orElseThrow();
    return openUnlocked(folder, ring, dataKey, new Session(user, role), options);
  }

  /** Opens the store with the recovery key, as a manager, to reset a lost password. */
  public static CentreStore openWithRecovery(Path folder, RecoveryKey key, StoreOptions options)
      throws StoreException {
    String throttleKey = folder.toAbsolutePath().normalize().toString();
    waitForThrottle(throttleKey, options);
    KeyRing ring =
        KeyRing.load(folder.resolve(KeyRing.FILE_NAME), options.random(), options.kdfIterations());
    byte[] dataKey;
    try {
      dataKey = ring.unlockWithRecovery(key);
    } catch (StoreException.WrongCredentials e) {
      options.throttle().recordFailure(throttleKey);
      throw e;
    }
    options.throttle().recordSuccess(throttleKey);
    CentreStore store =
        openUnlocked(folder, ring, dataKey, new Session(Session.RECOVERY, Role.MANAGER), options);
    store
        .audit()
        .append(
            Session.RECOVERY,
            AuditAction.RECOVER,
            ring.centreCode(),
            "opened with the recovery key");
    return store;
  }

  private static void waitForThrottle(String throttleKey, StoreOptions options)
      throws StoreException {
    Duration delay = options.throttle().delayBeforeAttempt(throttleKey);
    if (!delay.isZero()) {
      try {
        options.sleeper().sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException.WrongCredentials();
      }
    }
  }

  private static CentreStore openUnlocked(
      Path folder, KeyRing ring, byte[] dataKey, Session session, StoreOptions options)
      throws StoreException {
    JdbcConnectionPool pool = null;
    try {
      StoreSeal seal = new StoreSeal(folder, dataKey, ring.storeId());
      checkAgainstSeal(folder, dataKey, seal);
      pool = openDatabase(folder, dataKey, true);
      migrate(pool);
      CentreStore store = new CentreStore(folder, ring, dataKey, pool, session, options, seal);
      store.sealAuditHead();
      return store;
    } catch (StoreException e) {
      Arrays.fill(dataKey, (byte) 0);
      throw e;
    } catch (RuntimeException e) {
      if (pool != null) {
        pool.dispose();
      }
      Arrays.fill(dataKey, (byte) 0);
      throw translate(e);
    }
  }

  /**
   * Opens the database read-only and compares its newest audit entry with the seal, so a file that
   * lost its end (or was swapped for an older copy) is refused before anything writes to it.
   */
  private static void checkAgainstSeal(Path folder, byte[] dataKey, StoreSeal seal)
      throws StoreException {
    if (!Files.exists(folder.resolve(DATABASE_NAME + ".mv.db"))) {
      throw new StoreException.Damaged(
          "The database file (" + DATABASE_NAME + ".mv.db) is missing. Restore it from a backup.",
          null);
    }
    StoreSeal.Head sealed =
        seal.read()
            .orElseThrow(
                () ->
                    new StoreException.Damaged(
                        "The store's seal file ("
                            + StoreSeal.FILE_NAME
                            + ") is missing. Nothing was changed. Restore the data folder from a"
                            + " backup.",
                        null));
    String url = jdbcUrl(folder) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
    StoreSeal.Head inDatabase;
    try (Connection readOnly = new org.h2.Driver().connect(url, credentials(dataKey))) {
      inDatabase =
          auditHead(DSL.using(readOnly, SQLDialect.H2, quietSettings()))
              .orElse(new StoreSeal.Head(0, ""));
    } catch (SQLException e) {
      throw translate(new DataAccessException("The database could not be opened", e));
    }
    boolean older = inDatabase.seq() < sealed.seq();
    boolean replaced = inDatabase.seq() == sealed.seq() && !inDatabase.hash().equals(sealed.hash());
    if (older || replaced) {
      LOG.warn("The database is behind its seal ({} < {})", inDatabase.seq(), sealed.seq());
      throw new StoreException.Damaged(
          "The database file is damaged: it is older than the last change this computer"
              + " recorded, so part of it has been lost or replaced. Nothing was changed."
              + " Restore the data folder from a backup.",
          null);
    }
  }

  private static java.util.Properties credentials(byte[] dataKey) {
    java.util.Properties properties = new java.util.Properties();
    properties.setProperty("user", DB_USER);
    properties.setProperty("password", jdbcPassword(dataKey));
    return properties;
  }

  private static Optional<StoreSeal.Head> auditHead(DSLContext dsl) {
    return dsl.select(AUDIT_HEAD.SEQ, AUDIT_HEAD.HASH)
        .from(AUDIT_HEAD)
        .fetchOptional(r -> new StoreSeal.Head(r.value1(), r.value2()));
  }

  /**
   * Moves the seal up to the newest audit entry; called after every committed change. If the seal
   * cannot be written the store still works: a database ahead of its seal is accepted at the next
   * opening (only one behind it is refused).
   */
  void sealAuditHead() {
    try {
      Optional<StoreSeal.Head> head = auditHead(dsl);
      if (head.isPresent()) {
        seal.write(head.get());
      }
    } catch (StoreException.CannotWrite e) {
      LOG.warn("The seal file could not be updated; the store goes on working");
    }
  }

  /**
   * Opens H2 on the encrypted file. The file password is the data key in hex; the database user's
   * password is derived from it, so neither is ever typed or stored. Commits are written at once
   * (WRITE_DELAY=0) so a killed process loses nothing committed, and H2's trace file is off: it
   * would write SQL, and so personal data, in clear beside the database.
   */
  private static JdbcConnectionPool openDatabase(Path folder, byte[] dataKey, boolean mustExist) {
    return openDatabase(folder, dataKey, mustExist, "");
  }

  private static JdbcConnectionPool openDatabase(
      Path folder, byte[] dataKey, boolean mustExist, String extraSettings) {
    String url = jdbcUrl(folder) + (mustExist ? ";IFEXISTS=TRUE" : "") + extraSettings;
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, DB_USER, jdbcPassword(dataKey));
    try (Connection probe = pool.getConnection()) {
      probe.isValid(1);
    } catch (SQLException e) {
      pool.dispose();
      throw new DataAccessException("The database could not be opened", e);
    }
    return pool;
  }

  /** jOOQ must never log statements: its bind values would put personal data in the log. */
  private static Settings quietSettings() {
    return new Settings().withExecuteLogging(false).withDiagnosticsLogging(false);
  }

  static String jdbcUrl(Path folder) {
    return "jdbc:h2:file:"
        + folder.toAbsolutePath().resolve(DATABASE_NAME)
        + ";CIPHER=AES;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
  }

  /** H2's "file password, space, user password". */
  static String jdbcPassword(byte[] dataKey) {
    return HexFormat.of().formatHex(dataKey)
        + " "
        + HexFormat.of().formatHex(hmac(dataKey, "h2-user-password"));
  }

  private static void migrate(JdbcConnectionPool pool) {
    Flyway.configure()
        .dataSource(pool)
        .locations("classpath:db/store")
        .loggers("slf4j")
        .load()
        .migrate();
  }

  static byte[] hmac(byte[] key, String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
    }
  }

  /**
   * What a database error thrown during work on an open store means, as a typed error with a plain
   * message (disk full, damaged file…), for callers that report it to a person.
   */
  public static StoreException describe(RuntimeException e) {
    return translate(e);
  }

  /** Turns what H2, Flyway or jOOQ threw into a typed store error with a plain message. */
  static StoreException translate(RuntimeException e) {
    SQLException sql = findSqlException(e);
    int code = sql == null ? 0 : sql.getErrorCode();
    String text = String.valueOf(sql == null ? e.getMessage() : sql.getMessage());
    LOG.debug("Store error {} ({})", code, e.getClass().getSimpleName());
    if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
      return new StoreException.InUse(e);
    }
    if (text.contains("No space left") || text.contains("Disk full")) {
      return new StoreException.CannotWrite(
          "The disk is full. Free some space and try again. Nothing was changed.", e);
    }
    if (code == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1
        || code == ErrorCode.DATABASE_NOT_FOUND_1) {
      return new StoreException.Damaged(
          "The database file (" + DATABASE_NAME + ".mv.db) is missing. Restore it from a backup.",
          e);
    }
    if (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_USER_OR_PASSWORD) {
      return new StoreException.Damaged(
          "The database file is damaged, or does not belong with this keyring. Nothing was changed."
              + " Restore the data folder from a backup.",
          e);
    }
    if (code == ErrorCode.FILE_CORRUPTED_1
        || code == ErrorCode.IO_EXCEPTION_1
        || code == ErrorCode.DATABASE_IS_READ_ONLY
        || code == ErrorCode.GENERAL_ERROR_1
        || e instanceof FlywayException) {
      return new StoreException.Damaged(
          "The database file is damaged and cannot be opened. Nothing was changed. Restore it from a"
              + " backup.",
          e);
    }
    return new StoreException.Damaged(
        "The store could not be opened (error " + code + "). Nothing was changed.", e);
  }

  private static SQLException findSqlException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  /**
   * Makes the data folder reachable by its owner only, where the file system has POSIX permissions:
   * the files are encrypted, but there is no reason for other accounts to read even that.
   */
  private static void restrictToOwner(Path folder) throws IOException {
    try {
      Files.setPosixFilePermissions(
          folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException e) {
      // Windows: the folder under %APPDATA% is already private to the user.
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // Best effort after a failed set-up; the error that caused it is what the user sees.
    }
  }

  public Session session() {
    return session;
  }

  public Path folder() {
    return folder;
  }

  public String centreCode() {
    return keyRing.centreCode();
  }

  public String centreName() {
    return dsl.select(CENTRE.NAME)
        .from(CENTRE)
        .where(CENTRE.CODE.eq(centreCode()))
        .fetchOne(CENTRE.NAME);
  }

  public ExchangeFormat format() {
    return format;
  }

  public AuditLog audit() {
    return new JooqAuditLog(dsl, options.clock());
  }

  /** The clock the store was opened with. */
  public Clock clock() {
    return options.clock();
  }

  /** Transactions and repositories on this open store, for the centre's services. */
  public UnitOfWork work() {
    return work(options.clock());
  }

  /** As {@link #work()}, with the times it records (audit entries, changes) from {@code clock}. */
  public UnitOfWork work(Clock clock) {
    return new JooqUnitOfWork(dsl, format, clock, this::sealAuditHead);
  }

  /**
   * Checks a password against the keyring without opening anything (slow by design: run it off the
   * UI thread).
   *
   * @return the user's role when the password is theirs; the password is left as it was
   */
  public Optional<Role> checkPassword(String user, char[] password) {
    try {
      Arrays.fill(keyRing.unlock(user, password), (byte) 0);
      return keyRing.roleOf(user);
    } catch (StoreException.WrongCredentials e) {
      return Optional.empty();
    }
  }

  public DraftRepository drafts() {
    return new JooqDraftRepository(dsl);
  }

  public UserAdmin users() {
    return new UserAdmin(keyRing, dataKey, session, audit(), this::sealAuditHead);
  }

  /** The open database, for the store's own work on its files (backup). */
  DSLContext dsl() {
    return dsl;
  }

  Optional<Role> roleOf(String user) {
    return keyRing.roleOf(user);
  }

  /** Closes the database and wipes the data key from memory. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    pool.dispose();
    Arrays.fill(dataKey, (byte) 0);
  }
}
