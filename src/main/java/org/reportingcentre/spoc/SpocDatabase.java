package org.reportingcentre.spoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The SPOC's database, open and migrated: a small connection pool, Flyway's migrations from {@code
 * db/spoc}, and a jOOQ context in the right dialect. Close it to release the database.
 */
public final class SpocDatabase implements AutoCloseable {
  static final String H2_FILE_NAME = "spoc";
  static final String H2_SECRET_FILE = "db.secret";
  private static final String H2_USER = "spoc";
  private static final int MAX_CONNECTIONS = 32;

  private final JdbcConnectionPool pool;
  private final DSLContext dsl;
  private final SQLDialect dialect;

  private SpocDatabase(JdbcConnectionPool pool, SQLDialect dialect) {
    this.pool = pool;
    this.dialect = dialect;
    // Names are rendered unquoted so that H2 (upper case) and PostgreSQL (lower case) both fold
    // them the way they folded the same names in the migrations.
    // Execute logging is off: at DEBUG it would write every bind value, the reports included.
    Settings settings =
        new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false);
    this.dsl = DSL.using(pool, dialect, settings);
  }

  /** Opens the store at {@code location}, making and migrating it if needed. */
  public static SpocDatabase open(StoreLocation location) throws SpocStoreException {
    try {
      SpocDatabase database =
          location instanceof StoreLocation.H2Folder h2
              ? openH2Folder(h2.dataDir())
              : openJdbc((StoreLocation.Jdbc) location);
      database.migrate();
      return database;
    } catch (FlywayException e) {
      throw new SpocStoreException(
          "The SPOC database could not be brought up to date: " + firstLine(e.getMessage()), e);
    } catch (RuntimeException e) {
      throw new SpocStoreException("The SPOC database could not be opened: " + describe(e), e);
    }
  }

  private static SpocDatabase openH2Folder(Path dataDir) throws SpocStoreException {
    String password = h2Password(dataDir);
    // WRITE_DELAY=0: H2 otherwise keeps commits in memory for up to half a second, and a SPOC
    // killed in that time loses reports it has already given receipts for (docs/adr/0106).
    String url =
        "jdbc:h2:file:"
            + dataDir.resolve(H2_FILE_NAME)
            + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=0;WRITE_DELAY=0";
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url);
    source.setUser(H2_USER);
    source.setPassword(password);
    return new SpocDatabase(pool(source), SQLDialect.H2);
  }

  private static SpocDatabase openJdbc(StoreLocation.Jdbc jdbc) throws SpocStoreException {
    String url = jdbc.url();
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return new SpocDatabase(pool(postgresSource(jdbc)), SQLDialect.POSTGRES);
    }
    if (lower.startsWith("jdbc:h2:")) {
      JdbcDataSource source = new JdbcDataSource();
      source.setURL(url);
      source.setUser(jdbc.user().orElse(H2_USER));
      source.setPassword(jdbc.password().orElse(""));
      return new SpocDatabase(pool(source), SQLDialect.H2);
    }
    throw new SpocStoreException(
        "The SPOC runs on PostgreSQL (jdbc:postgresql://…) or H2 (jdbc:h2:…), not on "
            + StoreLocation.redacted(url.length() > 40 ? url.substring(0, 40) + "…" : url),
        null);
  }

  /**
   * PostgreSQL's pooled data source, found by name: the driver is a runtime dependency only, so
   * nothing else in the code depends on it.
   */
  private static ConnectionPoolDataSource postgresSource(StoreLocation.Jdbc jdbc)
      throws SpocStoreException {
    try {
      Class<?> type = Class.forName("org.postgresql.ds.PGConnectionPoolDataSource");
      Object source = type.getConstructor().newInstance();
      type.getMethod("setUrl", String.class).invoke(source, jdbc.url());
      if (jdbc.user().isPresent()) {
        type.getMethod("setUser", String.class).invoke(source, jdbc.user().get());
      }
      if (jdbc.password().isPresent()) {
        type.getMethod("setPassword", String.class).invoke(source, jdbc.password().get());
      }
      return (ConnectionPoolDataSource) source;
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw new SpocStoreException(
          "The PostgreSQL address is not right: " + describe(e.getCause()), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new SpocStoreException("The PostgreSQL driver is missing from this build.", e);
    }
  }

  private static JdbcConnectionPool pool(ConnectionPoolDataSource source) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(source);
    pool.setMaxConnections(MAX_CONNECTIONS);
    pool.setLoginTimeout(30);
    return pool;
  }

  /**
   * The embedded database's password: random, made on first use, kept in a file only the owner can
   * read. With AUTO_SERVER the database listens on a TCP port, so it must not be open to anyone who
   * finds that port; an admin command on the same machine reads the same file.
   */
  private static String h2Password(Path dataDir) throws SpocStoreException {
    Path secret = dataDir.resolve(H2_SECRET_FILE);
    try {
      boolean posix = dataDir.getFileSystem().supportedFileAttributeViews().contains("posix");
      if (!Files.exists(dataDir)) {
        // The folder holds every report in clear: only its owner may look inside.
        if (posix) {
          Files.createDirectories(
              dataDir,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectories(dataDir);
        }
      }
      if (!Files.exists(secret)) {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        try {
          if (posix) {
            Files.createFile(
                secret,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          } else {
            Files.createFile(secret);
          }
          Files.writeString(secret, HexFormat.of().formatHex(bytes), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException raced) {
          // another process made it first: use theirs
        }
      }
      String password = Files.readString(secret, StandardCharsets.US_ASCII).strip();
      if (password.isEmpty()) {
        throw new SpocStoreException(
            "The file " + secret + " is empty. Restore it from a backup of the data folder.", null);
      }
      return password;
    } catch (IOException e) {
      throw new SpocStoreException(
          "The SPOC data folder " + dataDir + " cannot be used: " + e.getMessage(), e);
    }
  }

  private void migrate() {
    QuietLogs.apply();
    Flyway.configure().dataSource(pool).locations("classpath:db/spoc").load().migrate();
  }

  public DSLContext dsl() {
    return dsl;
  }

  public SQLDialect dialect() {
    return dialect;
  }

  public DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.dispose();
  }

  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return firstLine(
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int cut = text.indexOf('\n');
    return cut < 0 ? text : text.substring(0, cut);
  }
}
